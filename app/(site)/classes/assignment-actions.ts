"use server";

import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { jsonForm, validatedAction, type ActionState } from "@/lib/action";
import {
  deleteAssignment,
  duplicateAssignment,
  setStudentSide,
  updateAssignment,
} from "@/lib/assignments/edits";
import { createAssignment } from "@/lib/assignments/create";
import { assignmentSchema, sideSchema } from "@/lib/validation/classes";
import { zonedToIso } from "@/lib/zoned-time";

const id = z.string().min(1);
/** What an assignment action answers, in the reader's interface language. */
const say = () => getTranslations("classes.actions");
const stance = (v: FormDataEntryValue | null) => (v === "support" || v === "rebut" ? v : null);
const number = (v: FormDataEntryValue | null) => (v === null || v === "" ? undefined : Number(v));

/**
 * The assignment form's fields as the API's JSON body, so both are checked by one schema: the
 * due time arrives as a wall-clock time in the teacher's zone, per-student sides as
 * `side:<userId>` fields, target claims as repeated `target` fields.
 */
function assignmentBody(form: FormData) {
  const dueLocal = String(form.get("dueLocal") ?? "");
  const timeZone = String(form.get("timeZone") ?? "UTC");
  const sides: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    const side = stance(value);
    if (key.startsWith("side:") && side) sides[key.slice(5)] = side;
  }
  return {
    classId: form.get("classId"),
    assignmentId: form.get("assignmentId") || undefined,
    title: form.get("title"),
    instructions: form.get("instructions") ?? "",
    debate: form.get("debate") || undefined,
    dueAt: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(dueLocal)
      ? zonedToIso(dueLocal, timeZone)
      : undefined,
    timeZone,
    sideMode: form.get("sideMode") || undefined,
    wholeClassSide: stance(form.get("wholeClassSide")),
    sides,
    targetClaimIds: form.getAll("target").map(String),
    minEvidence: number(form.get("minEvidence")),
    minClaimVotes: number(form.get("minClaimVotes")),
    minEvidenceRatings: number(form.get("minEvidenceRatings")),
    minReplies: number(form.get("minReplies")),
    maxPoints: number(form.get("maxPoints")),
    // Confirmed in the browser's dialog (a hidden field) or, without script, by a checkbox.
    confirmPastDue: form.getAll("confirmPastDue").includes("on"),
  };
}

const saveAssignment = validatedAction(
  assignmentSchema.and(z.object({ classId: id, assignmentId: id.optional() })),
  async ({ classId, assignmentId, ...input }, viewer) => {
    if (assignmentId) {
      await updateAssignment(viewer, assignmentId, input);
      return (await say())("assignmentSaved");
    }
    await createAssignment(viewer, classId, input);
    return (await say())("assignmentSet");
  },
);

/** Sets a new assignment, or saves an edited one when the form carries its id. */
export async function saveAssignmentAction(
  previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return saveAssignment(previous, jsonForm(assignmentBody(formData)));
}

export const deleteAssignmentAction = validatedAction(
  z.object({ assignmentId: id }),
  async ({ assignmentId }, viewer) => {
    await deleteAssignment(viewer, assignmentId);
    return (await say())("assignmentDeleted");
  },
);

export const duplicateAssignmentAction = validatedAction(
  z.object({ assignmentId: id }),
  async ({ assignmentId }, viewer) => {
    await duplicateAssignment(viewer, assignmentId);
    return (await say())("copied");
  },
);

export const setSideAction = validatedAction(
  z.object({
    assignmentId: id,
    studentId: id,
    side: z.preprocess((v) => (v === "" ? null : v), sideSchema.shape.side),
  }),
  async ({ assignmentId, ...input }, viewer) => {
    await setStudentSide(viewer, assignmentId, input);
    const t = await say();
    return input.side ? t("sideSaved") : t("sideCleared");
  },
);
