import type { ComponentProps } from "react";
import { ClientMessages } from "../i18n/client-messages";
import { ProposeClaimFields } from "./propose-claim-fields";

/** Propose a pro or a con under a claim, with the words the form needs in the browser. */
export function ProposeClaimForm(props: ComponentProps<typeof ProposeClaimFields>) {
  return (
    <ClientMessages namespaces={["proposals"]}>
      <ProposeClaimFields {...props} />
    </ClientMessages>
  );
}
