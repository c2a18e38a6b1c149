"use client";

import { createPortal } from "react-dom";
import type { CreatedStudent } from "@/app/classes/actions";
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
  return (
    <div
      className="rounded-md border-2 border-dashed border-stone-400 p-4"
      data-testid="new-accounts"
    >
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <h3 className="font-semibold">New accounts — shown once</h3>
        <div className="flex gap-2">
          <button
            type="button"
            onClick={() => window.print()}
            className="rounded-md border border-stone-400 px-3 py-1 text-sm"
          >
            Print sheet
          </button>
          <button
            type="button"
            onClick={() => download(students, url, className)}
            className="rounded-md border border-stone-400 px-3 py-1 text-sm"
          >
            Download CSV
          </button>
        </div>
      </div>
      <table className="w-full text-left text-sm">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Username</th>
            <th scope="col">One-time password</th>
          </tr>
        </thead>
        <tbody>
          {students.map((s) => (
            <tr key={s.id} className="border-t border-stone-200">
              <td className="py-1">{s.name}</td>
              <td className="py-1 font-mono">{s.username}</td>
              <td className="py-1 font-mono">{s.password}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-2 text-xs text-stone-600">
        Students sign in at <span className="font-mono">{url}</span> and must choose their own
        password at once.
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
  return (
    <section className="print-sheet hidden print:block" aria-label="Printable account sheet">
      <h1 className="mb-4 text-lg font-bold">{className}: your Agora account</h1>
      <ul className="grid grid-cols-2 gap-3">
        {students.map((s) => (
          <li
            key={s.id}
            className="break-inside-avoid border border-dashed border-black p-3 text-sm"
          >
            <p className="font-semibold">{s.name}</p>
            <p>
              Username: <span className="font-mono">{s.username}</span>
            </p>
            <p>
              One-time password: <span className="font-mono">{s.password}</span>
            </p>
            <p className="break-all">
              Sign in at: <span className="font-mono">{url}</span>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

function download(students: CreatedStudent[], url: string, className: string) {
  const lines = [
    ["Name", "Username", "One-time password", "Sign-in URL"].map(csvText).join(","),
    ...students.map((s) => [s.name, s.username, s.password, url].map(csvText).join(",")),
  ];
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([csvFile(lines)], { type: "text/csv;charset=utf-8" }));
  link.download = `${className.replace(/[^\p{L}\p{N}]+/gu, "-") || "class"}-accounts.csv`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}
