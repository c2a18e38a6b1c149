import {
  removeStudentAction,
  removeTeacherAction,
  resetPasswordAction,
} from "@/app/classes/actions";
import { Panel } from "@/components/panel";
import type { roster } from "@/lib/classes";
import { ActionButton } from "../forms/action-button";

/** The class's people; its teachers also manage them here (reset, remove). */
export function RosterPanel({
  members,
  classId,
  teacher,
}: {
  members: Awaited<ReturnType<typeof roster>>;
  classId: string;
  teacher: boolean;
}) {
  return (
    <Panel id="roster" title={`People (${members.length})`}>
      <ul className="divide-y divide-stone-200">
        {members.map((m) => (
          <li key={m.id} className="flex flex-wrap items-center gap-2 py-2 text-sm">
            <span className="font-medium">{m.name}</span>
            {m.username && <span className="font-mono text-stone-600">{m.username}</span>}
            <span className="text-stone-600">{m.role}</span>
            {teacher && m.pseudonym && m.role === "student" && (
              <span className="text-stone-600">(shown to classmates as {m.pseudonym})</span>
            )}
            {teacher && m.mustChangePassword && (
              <span className="text-amber-800">has not chosen a password yet</span>
            )}
            {teacher && m.role === "teacher" && !m.owner && (
              <span className="ml-auto">
                <ActionButton
                  action={removeTeacherAction}
                  fields={{ classId, teacherId: m.id }}
                  label="Remove co-teacher"
                  tone="danger"
                  confirm={`Remove ${m.name} as a teacher of this class?`}
                />
              </span>
            )}
            {teacher && m.role === "student" && (
              <span className="ml-auto flex flex-wrap gap-2">
                {m.managed && (
                  <ActionButton
                    action={resetPasswordAction}
                    fields={{ classId, studentId: m.id }}
                    label="Reset password"
                    confirm={`Give ${m.name} a new one-time password?`}
                  />
                )}
                <ActionButton
                  action={removeStudentAction}
                  fields={{ classId, studentId: m.id }}
                  label="Remove"
                  tone="danger"
                  confirm={`Remove ${m.name} from the class?`}
                />
              </span>
            )}
          </li>
        ))}
      </ul>
    </Panel>
  );
}
