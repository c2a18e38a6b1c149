import { getTranslations } from "next-intl/server";
import {
  removeStudentAction,
  removeTeacherAction,
  resetPasswordAction,
} from "@/app/(site)/classes/actions";
import { Panel } from "@/components/panel";
import type { roster } from "@/lib/classes";
import { ActionButton } from "../forms/action-button";

/** The class's people; its teachers also manage them here (reset, remove). */
export async function RosterPanel({
  members,
  classId,
  teacher,
}: {
  members: Awaited<ReturnType<typeof roster>>;
  classId: string;
  teacher: boolean;
}) {
  const t = await getTranslations("classes.roster");
  return (
    <Panel id="roster" title={t("title", { count: members.length })}>
      <ul className="divide-y divide-stone-200">
        {members.map((m) => (
          <li key={m.id} className="flex flex-wrap items-center gap-2 py-2 text-sm">
            <span className="font-medium" translate="no">
              {m.name}
            </span>
            {m.username && (
              <span className="font-mono text-stone-600" translate="no">
                {m.username}
              </span>
            )}
            <span className="text-stone-600">{t("role", { role: m.role })}</span>
            {teacher && m.pseudonym && m.role === "student" && (
              <span className="text-stone-600">
                {t.rich("pseudonym", {
                  pseudonym: m.pseudonym,
                  name: (chunks) => <span translate="no">{chunks}</span>,
                })}
              </span>
            )}
            {teacher && m.mustChangePassword && (
              <span className="text-amber-800">{t("noPassword")}</span>
            )}
            {teacher && m.role === "teacher" && !m.owner && (
              <span className="ml-auto">
                <ActionButton
                  action={removeTeacherAction}
                  fields={{ classId, teacherId: m.id }}
                  label={t("removeTeacher")}
                  tone="danger"
                  confirm={t("removeTeacherConfirm", { name: m.name })}
                />
              </span>
            )}
            {teacher && m.role === "student" && (
              <span className="ml-auto flex flex-wrap gap-2">
                {m.managed && (
                  <ActionButton
                    action={resetPasswordAction}
                    fields={{ classId, studentId: m.id }}
                    label={t("reset")}
                    confirm={t("resetConfirm", { name: m.name })}
                  />
                )}
                <ActionButton
                  action={removeStudentAction}
                  fields={{ classId, studentId: m.id }}
                  label={t("remove")}
                  tone="danger"
                  confirm={t("removeConfirm", { name: m.name })}
                />
              </span>
            )}
          </li>
        ))}
      </ul>
    </Panel>
  );
}
