import type { ComponentProps } from "react";
import { ClientMessages } from "../i18n/client-messages";
import { LiveThread } from "./live-thread";

/** A discussion thread with the words it needs in the browser (the `replies` namespace only). */
export function Thread(props: ComponentProps<typeof LiveThread>) {
  return (
    <ClientMessages namespaces={["replies"]}>
      <LiveThread {...props} />
    </ClientMessages>
  );
}
