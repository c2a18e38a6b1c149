"use client";

import { useTranslations } from "next-intl";
import { useActionState, useCallback, useRef, useState } from "react";
import { deleteEvidenceAction } from "@/app/(site)/debates/[slug]/claims/[id]/actions";
import type { EvidenceItem } from "@/lib/evidence";
import { FormMessage } from "../forms/submit-button";
import { EvidenceForm } from "./evidence-form";

/** Edit and delete, for the author of an item only (the data layer checks again). */
export function OwnerControls({ item }: { item: EvidenceItem }) {
  const t = useTranslations("evidence.owner");
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<string>();
  const editButton = useRef<HTMLButtonElement>(null);
  const [state, action, pending] = useActionState(deleteEvidenceAction, {});
  // A saved edit closes the form, says so, and gives focus back to where editing began.
  const onSaved = useCallback((message: string) => {
    setEditing(false);
    setSaved(message);
    editButton.current?.focus();
  }, []);
  return (
    <div className="space-y-3">
      <div className="flex gap-3 text-sm">
        <button
          ref={editButton}
          type="button"
          onClick={() => {
            setEditing(!editing);
            setSaved(undefined);
          }}
          aria-expanded={editing}
          className="text-blue-800 underline"
        >
          {editing ? t("cancel") : t("edit")}
        </button>
        <form action={action} onSubmit={(e) => !confirm(t("confirmDelete")) && e.preventDefault()}>
          <input type="hidden" name="evidenceId" value={item.id} />
          <button type="submit" disabled={pending} className="text-oppose underline">
            {t("delete")}
          </button>
        </form>
        <FormMessage state={saved ? { ok: true, message: saved } : state} />
      </div>
      {editing && <EvidenceForm mode="edit" evidenceId={item.id} values={item} onSaved={onSaved} />}
    </div>
  );
}
