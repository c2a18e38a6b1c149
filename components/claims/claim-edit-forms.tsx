"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import {
  editClaimAction,
  mergeClaimAction,
  moveClaimAction,
  suggestTranslationAction,
} from "@/app/(site)/debates/[slug]/claims/[id]/proposal-actions";
import { claimKinds } from "@/db/schema/enums";
import { CLAIM_LIMITS } from "@/lib/limits";
import { FieldError } from "../forms/field";
import { FormMessage, SubmitButton } from "../forms/submit-button";

const input =
  "w-full rounded-md border border-stone-400 bg-white px-3 py-2 text-stone-900 aria-[invalid]:border-oppose";

type Wording = { textZh: string; textEn: string; kind: string };

/** Its author rewords a claim nobody has argued on yet. */
export function EditClaimForm({ claimId, values }: { claimId: string; values: Wording }) {
  const t = useTranslations("proposals");
  const [state, action] = useActionState(editClaimAction, {});
  const errors = state.fields;
  return (
    <form action={action} className="space-y-3" aria-label={t("editTitle")} noValidate>
      <input type="hidden" name="claimId" value={claimId} />
      {(["textZh", "textEn"] as const).map((name) => (
        <div key={name} className="space-y-1">
          <label htmlFor={`edit-claim-${name}`} className="block text-sm font-medium">
            {t(name)}
          </label>
          <textarea
            id={`edit-claim-${name}`}
            name={name}
            lang={name === "textZh" ? "zh-Hant" : "en"}
            rows={2}
            maxLength={CLAIM_LIMITS.text}
            defaultValue={values[name]}
            aria-describedby={errors?.[name]?.length ? `edit-claim-${name}-error` : undefined}
            className={input}
          />
          <FieldError id={`edit-claim-${name}-error`} errors={errors?.[name]} />
        </div>
      ))}
      <div className="space-y-1">
        <label htmlFor="edit-claim-kind" className="block text-sm font-medium">
          {t("kind")}
        </label>
        <select id="edit-claim-kind" name="kind" defaultValue={values.kind} className={input}>
          {claimKinds.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <SubmitButton pendingText={t("saving")}>{t("saveChanges")}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

/** Anyone suggests the wording in the language a reader's claim lacks. */
export function SuggestTranslationForm({ claimId, lang }: { claimId: string; lang: "zh" | "en" }) {
  const t = useTranslations("proposals");
  const [state, action] = useActionState(suggestTranslationAction, {});
  return (
    <form action={action} className="space-y-2" aria-label={t("suggestForm")} noValidate>
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="lang" value={lang} />
      <label htmlFor="translation-text" className="block text-sm font-medium">
        {lang === "zh" ? t("suggestZh") : t("suggestEn")}
      </label>
      <textarea
        id="translation-text"
        name="text"
        rows={2}
        maxLength={CLAIM_LIMITS.text}
        lang={lang === "zh" ? "zh-Hant" : "en"}
        aria-describedby={state.fields?.text?.length ? "translation-text-error" : undefined}
        className={input}
      />
      <FieldError id="translation-text-error" errors={state.fields?.text} />
      <SubmitButton pendingText={t("saving")}>{t("suggest")}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

/** A claim to choose, labelled with its own words (`lang`: the language they are in). */
type Choice = { id: string; label: string; lang: "zh-Hant" | "en" };

/** A moderator puts a claim under another parent, or merges it into the claim that stays. */
export function MoveOrMergeForm({
  claimId,
  mode,
  choices,
}: {
  claimId: string;
  mode: "move" | "merge";
  choices: Choice[];
}) {
  const t = useTranslations("proposals");
  const [state, action] = useActionState(mode === "move" ? moveClaimAction : mergeClaimAction, {});
  const field = mode === "move" ? "parentId" : "survivorId";
  const id = `${mode}-${field}`;
  return (
    <form
      action={action}
      className="space-y-2"
      aria-label={mode === "move" ? t("moveForm") : t("mergeForm")}
      noValidate
    >
      <input type="hidden" name="claimId" value={claimId} />
      <label htmlFor={id} className="block text-sm font-medium">
        {mode === "move" ? t("moveUnder") : t("mergeInto")}
      </label>
      <select
        id={id}
        name={field}
        className={input}
        aria-describedby={state.fields?.[field]?.length ? `${id}-error` : undefined}
      >
        {choices.map((c) => (
          <option key={c.id} value={c.id} lang={c.lang}>
            {c.label}
          </option>
        ))}
      </select>
      <FieldError id={`${id}-error`} errors={state.fields?.[field]} />
      <label htmlFor={`${mode}-reason`} className="block text-sm font-medium">
        {t("reasonLog")}
      </label>
      <input
        id={`${mode}-reason`}
        name="reason"
        maxLength={CLAIM_LIMITS.reason}
        className={input}
      />
      <SubmitButton pendingText={t("working")}>
        {mode === "move" ? t("move") : t("merge")}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
