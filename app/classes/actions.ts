"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { jsonForm, validatedAction, type ActionState } from "@/lib/action";
import { giveFeedback, releaseGrades } from "@/lib/assignments/grades";
import { answerInvitation, inviteCoTeacher, removeTeacher } from "@/lib/co-teachers";
import {
  createClass,
  createStudents,
  joinWithCode,
  removeStudent,
  resetStudentPassword,
  setJoining,
} from "@/lib/classes";
import { reportEvidence, setHidden } from "@/lib/moderation";
import {
  classSchema,
  coTeacherSchema,
  invitationAnswerSchema,
  joinSchema,
  rosterSchema,
} from "@/lib/validation/classes";
import { rosterCsvSchema } from "@/lib/validation/roster-import";

const id = z.string().min(1);
const checkbox = z.preprocess((v) => v === "on" || v === "true", z.boolean());

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
      return accountsMade(students.length);
    },
  )({}, jsonForm({ classId: formData.get("classId"), names }));
  return { ...state, students };
}

const accountsMade = (n: number) =>
  `${n} account${n === 1 ? "" : "s"} made. Print or download the passwords now: they are shown only once.`;

/** A roster as CSV (pasted, or a file the browser read into the form): all rows or none. */
export async function importRosterAction(
  _previous: StudentsState,
  formData: FormData,
): Promise<StudentsState> {
  let students: CreatedStudent[] = [];
  const state = await validatedAction(
    z.object({ classId: id, csv: rosterCsvSchema }),
    async (input, viewer) => {
      students = await createStudents(viewer, input.classId, input.csv);
      return accountsMade(students.length);
    },
  )({}, formData);
  return { ...state, students };
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
