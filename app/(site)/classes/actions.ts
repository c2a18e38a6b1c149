"use server";

import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { validatedAction, type ActionState } from "@/lib/action";
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
  feedbackSchema,
  invitationAnswerSchema,
  joiningSchema,
  joinSchema,
  rosterSchema,
} from "@/lib/validation/classes";
import { rosterCsvSchema } from "@/lib/validation/roster-import";
import { checkbox } from "@/lib/validation/form-values";
import { hideSchema, reportSchema } from "@/lib/validation/moderation";

const id = z.string().min(1);
/** What a class action answers, in the reader's interface language. */
const say = () => getTranslations("classes.actions");

export const createClassAction = validatedAction(classSchema, async (input, viewer) => {
  const created = await createClass(viewer, input);
  redirect(`/classes/${created.id}`);
});

export const joinClassAction = validatedAction(joinSchema, async ({ code }, viewer) => {
  const joined = await joinWithCode(viewer, code);
  redirect(`/classes/${joined.classId}`);
});

export const joiningAction = validatedAction(
  joiningSchema.extend({ classId: id }),
  async ({ classId, action }, viewer) => {
    await setJoining(viewer, classId, action);
    const t = await say();
    return action === "rotate"
      ? t("newCode")
      : action === "enable"
        ? t("joiningOn")
        : t("joiningOff");
  },
);

export type CreatedStudent = { id: string; name: string; username: string; password: string };

/** Returns the new accounts to show once; the state carries them back to the form. */
export type StudentsState = ActionState & { students?: CreatedStudent[] };

const classRoster = rosterSchema.extend({ classId: id });

export const createStudentsAction = validatedAction<typeof classRoster, StudentsState>(
  classRoster,
  async (input, viewer) => {
    const students = await createStudents(viewer, input.classId, input.names);
    return { message: await accountsMade(students.length), students };
  },
);

const accountsMade = async (count: number) => (await say())("accountsMade", { count });

const classRosterCsv = z.object({ classId: id, csv: rosterCsvSchema });

/** A roster as CSV (pasted, or a file the browser read into the form): all rows or none. */
export const importRosterAction = validatedAction<typeof classRosterCsv, StudentsState>(
  classRosterCsv,
  async (input, viewer) => {
    const students = await createStudents(viewer, input.classId, input.csv);
    return { message: await accountsMade(students.length), students };
  },
);

export const resetPasswordAction = validatedAction(
  z.object({ classId: id, studentId: id }),
  async ({ classId, studentId }, viewer) => {
    const { password } = await resetStudentPassword(viewer, classId, studentId);
    return (await say())("newPassword", { password });
  },
);

export const removeStudentAction = validatedAction(
  z.object({ classId: id, studentId: id }),
  async ({ classId, studentId }, viewer) => {
    await removeStudent(viewer, classId, studentId);
    return (await say())("studentRemoved");
  },
);

export const addCoTeacherAction = validatedAction(
  coTeacherSchema.extend({ classId: id }),
  async ({ classId, username }, viewer) => {
    const { studentOfTheClass } = await inviteCoTeacher(viewer, classId, username);
    const t = await say();
    return `${t("invited", { username })}${studentOfTheClass ? t("invitedStudent") : ""}`;
  },
);

export const removeTeacherAction = validatedAction(
  z.object({ classId: id, teacherId: id }),
  async ({ classId, teacherId }, viewer) => {
    await removeTeacher(viewer, classId, teacherId);
    return (await say())("teacherRemoved");
  },
);

export const answerInvitationAction = validatedAction(
  invitationAnswerSchema.extend({ classId: id }),
  async ({ classId, answer }, viewer) => {
    await answerInvitation(viewer, classId, answer === "accept");
    const t = await say();
    return answer === "accept" ? t("nowTeach") : t("declined");
  },
);

export const feedbackAction = validatedAction(
  feedbackSchema.extend({ assignmentId: id }),
  async ({ assignmentId, ...input }, viewer) => {
    await giveFeedback(viewer, assignmentId, input);
    return (await say())("feedbackSaved");
  },
);

export const releaseAction = validatedAction(
  z.object({ assignmentId: id, release: checkbox }),
  async ({ assignmentId, release }, viewer) => {
    await releaseGrades(viewer, assignmentId, release);
    const t = await say();
    return release ? t("released") : t("hidden");
  },
);

export const reportAction = validatedAction(
  reportSchema.extend({ evidenceId: id }),
  async ({ evidenceId, reason }, viewer) => {
    await reportEvidence(viewer, evidenceId, reason);
    return (await say())("reported");
  },
);

export const hideAction = validatedAction(
  hideSchema.extend({ evidenceId: id, hidden: checkbox }),
  async ({ evidenceId, hidden, reason }, viewer) => {
    await setHidden(viewer, evidenceId, hidden, reason);
    const t = await say();
    return hidden ? t("hiddenItem") : t("restoredItem");
  },
);
