"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

/** Copies a text (the join link) and says so; falls back to selecting it where the clipboard is refused. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [copied, setCopied] = useState<"yes" | "no" | null>(null);
  const t = useTranslations("classes.join");
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        onClick={() =>
          navigator.clipboard.writeText(text).then(
            () => setCopied("yes"),
            () => setCopied("no"),
          )
        }
        className="rounded-md border border-stone-400 px-2.5 py-1 text-sm hover:bg-stone-100"
      >
        {label}
      </button>
      <span role="status" className="text-sm text-stone-700">
        {copied === "yes" ? t("copied") : copied === "no" ? t("copyByHand") : ""}
      </span>
    </span>
  );
}
