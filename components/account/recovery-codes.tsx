"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { ActionState } from "@/lib/action";

/** What a form that makes recovery codes answers: the codes, shown once. */
export type CodesState = ActionState & { codes?: string[]; username?: string };

/** Ten fresh codes with print and download; focus moves here so a screen reader hears them. */
export function RecoveryCodes({
  codes,
  username,
  children,
}: {
  codes: string[];
  username: string;
  children?: React.ReactNode;
}) {
  const t = useTranslations("account.recovery");
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const download = () => {
    const text = `${t("fileTitle", { username })}\n\n${codes.join("\n")}\n`;
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([text], { type: "text/plain" }));
    link.download = `agora-recovery-codes-${username}.txt`;
    link.click();
    URL.revokeObjectURL(link.href);
  };
  return (
    <section
      aria-labelledby="recovery-codes-heading"
      className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4"
      data-testid="recovery-codes"
    >
      <h2 id="recovery-codes-heading" ref={heading} tabIndex={-1} className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <p className="text-sm text-stone-800">{t("shownOnce")}</p>
      <ol className="grid grid-cols-2 gap-x-6 gap-y-1 font-mono text-base">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
      <div className="flex flex-wrap gap-2 print:hidden">
        <button type="button" onClick={() => window.print()} className={BUTTON}>
          {t("print")}
        </button>
        <button type="button" onClick={download} className={BUTTON}>
          {t("download")}
        </button>
      </div>
      {children}
    </section>
  );
}

const BUTTON =
  "rounded-md border border-stone-400 bg-white px-3 py-1.5 text-sm text-stone-900 hover:bg-stone-100";
