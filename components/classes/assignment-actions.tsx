import { useTranslations } from "next-intl";
import {
  deleteAssignmentAction,
  duplicateAssignmentAction,
} from "@/app/(site)/classes/assignment-actions";
import { ActionButton } from "../forms/action-button";

/** Copy or delete an assignment; deleting asks first, since feedback and grades go with it. */
export function AssignmentActions({
  assignmentId,
  title,
}: {
  assignmentId: string;
  title: string;
}) {
  const t = useTranslations("classes.progress");
  return (
    <>
      <ActionButton
        action={duplicateAssignmentAction}
        fields={{ assignmentId }}
        label={t("duplicate")}
      />
      <ActionButton
        action={deleteAssignmentAction}
        fields={{ assignmentId }}
        label={t("delete")}
        tone="danger"
        confirm={t("deleteConfirm", { title })}
      />
    </>
  );
}
