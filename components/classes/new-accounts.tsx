"use client";

import { useTranslations } from "next-intl";
import { createPortal } from "react-dom";
import type { CreatedStudent } from "@/app/(site)/classes/actions";
import { csvFile, csvText } from "@/lib/csv";

type Props = { students: CreatedStudent[]; classId: string; className: string };

/** Where a student signs in; after choosing their password they land in their class. */
const signInUrl = (classId: string) =>
  `${window.location.origin}/sign-in?next=${encodeURIComponent(`/classes/${classId}`)}`;

/**
 * Accounts just made, with their one-time passwords. They exist only here, in this page's
 * memory (the database keeps hashes): shown once, then printable as a sheet of slips to hand
 * out and downloadable as CSV for the teacher's own records or an LMS.
 */
export function NewAccounts({ students, classId, className }: Props) {
  const url = signInUrl(classId);
  const t = useTranslations("classes.accounts");
  return (
    <div
      className="rounded-md border-2 border-dashed border-stone-400 p-4"
      data-testid="new-accounts"
    >
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <h3 className="font-semibold">{t("new")}</h3>
        <div className="flex gap-2">
          <button
            type="button"
            onClick={() => window.print()}
            className="rounded-md border border-stone-400 px-3 py-1 text-sm"
          >
            {t("print")}
          </button>
          <button
            type="button"
            onClick={() => download(students, url, className, t)}
            className="rounded-md border border-stone-400 px-3 py-1 text-sm"
          >
            {t("download")}
          </button>
        </div>
      </div>
      <table className="w-full text-left text-sm">
        <thead>
          <tr>
            <th scope="col">{t("name")}</th>
            <th scope="col">{t("username")}</th>
            <th scope="col">{t("password")}</th>
          </tr>
        </thead>
        <tbody>
          {students.map((s) => (
            <tr key={s.id} className="border-t border-stone-200">
              <td className="py-1" translate="no">
                {s.name}
              </td>
              <td className="py-1 font-mono" translate="no">
                {s.username}
              </td>
              <td className="py-1 font-mono" translate="no">
                {s.password}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-2 text-xs text-stone-600">
        {t.rich("signInAt", {
          url,
          mono: (chunks) => (
            <span className="font-mono" translate="no">
              {chunks}
            </span>
          ),
        })}
      </p>
      {createPortal(
        <PrintSheet students={students} url={url} className={className} />,
        document.body,
      )}
    </div>
  );
}

/**
 * The printed sheet: one slip per student to cut out and hand over. It sits at the end of the
 * body so that, while it exists, printing shows it alone (app/globals.css, `.print-sheet`).
 */
function PrintSheet({
  students,
  url,
  className,
}: {
  students: CreatedStudent[];
  url: string;
  className: string;
}) {
  const t = useTranslations("classes.accounts");
  const name = (chunks: React.ReactNode) => <span translate="no">{chunks}</span>;
  return (
    <section className="print-sheet hidden print:block" aria-label={t("sheet")}>
      <h1 className="mb-4 text-lg font-bold">{t.rich("sheetTitle", { className, name })}</h1>
      <ul className="grid grid-cols-2 gap-3">
        {students.map((s) => (
          <li
            key={s.id}
            className="break-inside-avoid border border-dashed border-black p-3 text-sm"
          >
            <p className="font-semibold" translate="no">
              {s.name}
            </p>
            <p>
              {t("slipUsername")}{" "}
              <span className="font-mono" translate="no">
                {s.username}
              </span>
            </p>
            <p>
              {t("slipPassword")}{" "}
              <span className="font-mono" translate="no">
                {s.password}
              </span>
            </p>
            <p className="break-all">
              {t("slipSignIn")}{" "}
              <span className="font-mono" translate="no">
                {url}
              </span>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The sheet as CSV, its headers in the teacher's interface language (as the gradebook's). */
function download(
  students: CreatedStudent[],
  url: string,
  className: string,
  t: ReturnType<typeof useTranslations<"classes.accounts">>,
) {
  const lines = [
    [t("name"), t("username"), t("password"), t("signInUrl")].map(csvText).join(","),
    ...students.map((s) => [s.name, s.username, s.password, url].map(csvText).join(",")),
  ];
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([csvFile(lines)], { type: "text/csv;charset=utf-8" }));
  link.download = `${className.replace(/[^\p{L}\p{N}]+/gu, "-") || "class"}-${t("fileName")}.csv`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}
