import "server-only";
import { inArray } from "drizzle-orm";
import { db } from "@/db";
import { feedback } from "@/db/schema";
import { requireTeacher } from "../access";
import { studentsOf } from "../classes";
import { csvFile, csvText } from "../csv";
import type { Viewer } from "../session";
import { assignmentsOf } from "./rows";

// Every gradebook cell is quoted text, points included.
const cell = (value: string | number | null) => csvText(value === null ? "" : String(value));

/** Gradebook: one row per student, one column per assignment (points; blank when ungraded). */
export async function gradebookCsv(viewer: Viewer, classId: string): Promise<string> {
  await requireTeacher(classId, viewer);
  const [rows, students] = await Promise.all([assignmentsOf(classId), studentsOf(classId)]);
  const ids = rows.map((r) => r.a.id);
  const grades = ids.length
    ? await db.select().from(feedback).where(inArray(feedback.assignmentId, ids))
    : [];
  const header = ["Student", "Username", ...rows.map((r) => `${r.a.title} (/${r.a.maxPoints})`)];
  const lines = students.map((s) => [
    s.name,
    s.username,
    ...rows.map(
      (r) => grades.find((g) => g.assignmentId === r.a.id && g.studentId === s.id)?.points ?? null,
    ),
  ]);
  return csvFile([header, ...lines].map((line) => line.map(cell).join(",")));
}
