import type { ComponentProps } from "react";
import { ClientMessages } from "../i18n/client-messages";
import { MindPanelClient } from "./mind-panel-client";

/** The change-of-mind panel, given only its own messages ("mind") in the browser. */
export function MindPanel(props: ComponentProps<typeof MindPanelClient>) {
  return (
    <ClientMessages namespaces={["mind"]}>
      <MindPanelClient {...props} />
    </ClientMessages>
  );
}
