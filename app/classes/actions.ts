"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { validatedAction, type ActionState } from "@/lib/action";
import { createAssignment, giveFeedback, releaseGrades } from "@/lib/assignments";
import { answerInvitation, inviteCoTeacher, removeTeacher } from "@/lib/co-teachers";
import {
  createClass,
  createStudents,
  joinWithCode,
  removeStudent,
  resetStudentPassword,
  setJoining,
} from "@/lib/classes";
import { AppError } from "@/lib/errors";
import { fieldErrors } from "@/lib/http";
import { reportEvidence, setHidden } from "@/lib/moderation";
import {
  assignmentSchema,
  classSchema,
  coTeacherSchema,
  invitationAnswerSchema,
  joinSchema,
  rosterSchema,
} from "@/lib/validation/classes";

const id = z.string().min(1);
const checkbox = z.preprocess((v) => v === "on" || v === "true", z.boolean());
const count = z.preprocess(
  (v) => (v === "" || v === undefined ? 0 : Number(v)),
  z.number().int("Use a whole number.").min(0).max(100),
);

export const createClassAction = validatedAction(
  classSchema.extend({ anonymous: checkbox }),
  async (input, viewer) => {
    const created = await createClass(viewer, input);
    redirect(`/classes/${created.id}`);
  },
);

export const joinClassAction = validatedAction(joinSchema, async ({ code }, viewer) => {
  const joined = await joinWithCode(viewer, code);
  redirect(`/classes/${joined.classId}`);
});

export const joiningAction = validatedAction(
  z.object({ classId: id, action: z.enum(["rotate", "enable", "disable"]) }),
  async ({ classId, action }, viewer) => {
    await setJoining(viewer, classId, action);
    return action === "rotate"
      ? "New join code made; the old one no longer works."
      : action === "enable"
        ? "Joining is on."
        : "Joining is off.";
  },
);

export type CreatedStudent = { id: string; name: string; username: string; password: string };

/** Returns the new accounts to show once; the state carries them back to the form. */
export type StudentsState = ActionState & { students?: CreatedStudent[] };

export async function createStudentsAction(
  _previous: StudentsState,
  formData: FormData,
): Promise<StudentsState> {
  const names = String(formData.get("names") ?? "")
    .split(/\r?\n|,/)
    .map((n) => n.trim())
    .filter(Boolean);
  let students: CreatedStudent[] = [];
  const state = await validatedAction(
    rosterSchema.extend({ classId: id }),
    async (input, viewer) => {
      students = await createStudents(viewer, input.classId, input.names);
      return `${students.length} account${students.length === 1 ? "" : "s"} made. Print or copy the passwords now: they are shown only once.`;
    },
  )({}, objectForm({ classId: formData.get("classId"), names }));
  return { ...state, students };
}

/** validatedAction reads a FormData; this passes structured values through it. */
function objectForm(values: Record<string, unknown>): FormData {
  const form = new FormData();
  form.set("__json", JSON.stringify(values));
  return form;
}

export const resetPasswordAction = validatedAction(
  z.object({ classId: id, studentId: id }),
  async ({ classId, studentId }, viewer) => {
    const { password } = await resetStudentPassword(viewer, classId, studentId);
    return `New one-time password: ${password}`;
  },
);

export const removeStudentAction = validatedAction(
  z.object({ classId: id, studentId: id }),
  async ({ classId, studentId }, viewer) => {
    await removeStudent(viewer, classId, studentId);
    return "Student removed. Their contributions stay in the class room.";
  },
);

export const addCoTeacherAction = validatedAction(
  coTeacherSchema.extend({ classId: id }),
  async ({ classId, username }, viewer) => {
    const { studentOfTheClass } = await inviteCoTeacher(viewer, classId, username);
    return `${username} is invited; they become a teacher when they accept.${studentOfTheClass ? " They are a student here: accepting ends their student enrolment." : ""}`;
  },
);

export const removeTeacherAction = validatedAction(
  z.object({ classId: id, teacherId: id }),
  async ({ classId, teacherId }, viewer) => {
    await removeTeacher(viewer, classId, teacherId);
    return "Co-teacher removed.";
  },
);

export const answerInvitationAction = validatedAction(
  invitationAnswerSchema.extend({ classId: id }),
  async ({ classId, answer }, viewer) => {
    await answerInvitation(viewer, classId, answer === "accept");
    return answer === "accept" ? "You now teach this class." : "Invitation declined.";
  },
);

const createAssignment_ = validatedAction(
  z.object({
    classId: id,
    title: z.string(),
    instructions: z.string().optional(),
    dueLocal: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "Give the due date and time."),
    timeZone: z.string(),
    offset: z.string().regex(/^[+-]\d{2}:\d{2}$/),
    sideMode: z.string(),
    wholeClassSide: z.string().optional(),
    sides: z.record(z.string(), z.string()),
    targetClaimIds: z.array(z.string()),
    minEvidence: count,
    minClaimVotes: count,
    minEvidenceRatings: count,
    maxPoints: z.preprocess((v) => (v === "" ? 100 : Number(v)), z.number().int().min(1).max(1000)),
  }),
  async ({ classId, dueLocal, offset, wholeClassSide, sides, ...rest }, viewer) => {
    const parsed = assignmentSchema.safeParse({
      ...rest,
      dueAt: `${dueLocal}:00${offset}`,
      wholeClassSide:
        wholeClassSide === "support" || wholeClassSide === "rebut" ? wholeClassSide : null,
      sides: Object.fromEntries(
        Object.entries(sides).filter(([, side]) => side === "support" || side === "rebut"),
      ),
    });
    if (!parsed.success)
      throw new AppError(400, "Please fix the fields marked below.", fieldErrors(parsed.error));
    await createAssignment(viewer, classId, parsed.data);
    return "Assignment set.";
  },
);

/** Per-student sides arrive as `side:<userId>` fields and target claims as repeated `target`. */
export async function createAssignmentAction(
  previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const values: Record<string, unknown> = {
    sides: {},
    targetClaimIds: formData.getAll("target").map(String),
  };
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("side:")) (values.sides as Record<string, unknown>)[key.slice(5)] = value;
    else if (key !== "target") values[key] = value;
  }
  return createAssignment_(previous, objectForm(values));
}

export const feedbackAction = validatedAction(
  z.object({
    assignmentId: id,
    studentId: id,
    comment: z.string().max(5000).default(""),
    points: z.preprocess(
      (v) => (v === "" ? null : Number(v)),
      z.number({ error: "Give points as a number." }).int().min(0).nullable(),
    ),
  }),
  async ({ assignmentId, ...input }, viewer) => {
    await giveFeedback(viewer, assignmentId, input);
    return "Feedback saved.";
  },
);

export const releaseAction = validatedAction(
  z.object({ assignmentId: id, release: checkbox }),
  async ({ assignmentId, release }, viewer) => {
    await releaseGrades(viewer, assignmentId, release);
    return release ? "Grades released to students." : "Grades hidden from students.";
  },
);

export const reportAction = validatedAction(
  z.object({ evidenceId: id, reason: z.string().trim().min(1, "Say what is wrong.").max(1000) }),
  async ({ evidenceId, reason }, viewer) => {
    await reportEvidence(viewer, evidenceId, reason);
    return "Reported to the moderators. Thank you.";
  },
);

export const hideAction = validatedAction(
  z.object({ evidenceId: id, hidden: checkbox, reason: z.string().max(1000).default("") }),
  async ({ evidenceId, hidden, reason }, viewer) => {
    await setHidden(viewer, evidenceId, hidden, reason);
    return hidden ? "Hidden: it has left the tally." : "Restored: it counts again.";
  },
);
