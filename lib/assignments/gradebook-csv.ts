import "server-only";
import { inArray } from "drizzle-orm";
import { createTranslator } from "next-intl";
import { db } from "@/db";
import { feedback } from "@/db/schema";
import { requireTeacher } from "../access";
import { studentsOf } from "../classes";
import { csvFile, csvText } from "../csv";
import { defaultUiLocale, type UiLocale } from "../i18n/locale";
import { messagesOf } from "../i18n/messages";
import type { Viewer } from "../session";
import { assignmentsOf } from "./rows";

// Every gradebook cell is quoted text, points included.
const cell = (value: string | number | null) => csvText(value === null ? "" : String(value));

/**
 * Gradebook: one row per student, one column per assignment (points; blank when ungraded), its
 * headers in the teacher's interface language.
 */
export async function gradebookCsv(
  viewer: Viewer,
  classId: string,
  locale: UiLocale = defaultUiLocale,
): Promise<string> {
  await requireTeacher(classId, viewer);
  const [rows, students] = await Promise.all([assignmentsOf(classId), studentsOf(classId)]);
  const ids = rows.map((r) => r.a.id);
  const grades = ids.length
    ? await db.select().from(feedback).where(inArray(feedback.assignmentId, ids))
    : [];
  const t = createTranslator({ locale, messages: messagesOf(locale), namespace: "csv.gradebook" });
  const header = [
    t("student"),
    t("username"),
    ...rows.map((r) => t("assignment", { title: r.a.title, points: r.a.maxPoints })),
  ];
  const lines = students.map((s) => [
    s.name,
    s.username,
    ...rows.map(
      (r) => grades.find((g) => g.assignmentId === r.a.id && g.studentId === s.id)?.points ?? null,
    ),
  ]);
  return csvFile([header, ...lines].map((line) => line.map(cell).join(",")));
}
