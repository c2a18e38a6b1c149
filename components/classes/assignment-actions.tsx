import {
  deleteAssignmentAction,
  duplicateAssignmentAction,
} from "@/app/classes/assignment-actions";
import { ActionButton } from "../forms/action-button";

/** Copy or delete an assignment; deleting asks first, since feedback and grades go with it. */
export function AssignmentActions({
  assignmentId,
  title,
}: {
  assignmentId: string;
  title: string;
}) {
  return (
    <>
      <ActionButton
        action={duplicateAssignmentAction}
        fields={{ assignmentId }}
        label="Duplicate"
      />
      <ActionButton
        action={deleteAssignmentAction}
        fields={{ assignmentId }}
        label="Delete"
        tone="danger"
        confirm={`Delete “${title}”? Its feedback and grades are deleted with it; the class room's evidence and votes stay.`}
      />
    </>
  );
}
