"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import {
  proposeClaimAction,
  type ProposalState,
} from "@/app/(site)/debates/[slug]/claims/[id]/proposal-actions";
import { claimKinds } from "@/db/schema/enums";
import { linkTo, type View } from "@/lib/language";
import { CLAIM_LIMITS } from "@/lib/limits";
import { FieldError } from "../forms/field";
import { FormMessage, SubmitButton } from "../forms/submit-button";

type Props = {
  parentId: string;
  roomId: string;
  /** The debate's path and the page's view, to link to a similar claim. */
  base: string;
  view: View;
  paragraphs: { id: string; position: number }[];
};

const input =
  "w-full rounded-md border border-stone-400 bg-white px-3 py-2 text-stone-900 aria-[invalid]:border-oppose";

/**
 * Propose a pro or a con under this claim. The wording is kept in state so it survives the
 * "is yours one of these?" step, where the server shows similar claims before anything is saved.
 */
const EMPTY = {
  relation: "supports",
  kind: "factual",
  textZh: "",
  textEn: "",
  anchorParagraphId: "",
  anchorQuote: "",
};

/** The form itself (a client island); ./propose-claim-form.tsx gives it its messages. */
export function ProposeClaimFields({ parentId, roomId, base, view, paragraphs }: Props) {
  const t = useTranslations("proposals");
  const [state, action] = useActionState<ProposalState, FormData>(proposeClaimAction, {});
  const [values, setValues] = useState(EMPTY);
  // A saved proposal empties the form for the next one (state adjusted during render).
  const [saved, setSaved] = useState<string | undefined>(undefined);
  if (state.proposedId !== saved) {
    setSaved(state.proposedId);
    if (state.proposedId) setValues(EMPTY);
  }
  const hrefOf = (id: string) => linkTo(`${base}/claims/${id}`, view);
  const set = (name: keyof typeof values) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [name]: e.target.value }));
  const errors = state.fields;
  const similar = state.similar ?? [];
  const described = (name: string) =>
    errors?.[name]?.length ? `propose-${name}-error` : undefined;
  return (
    <form action={action} className="space-y-3" aria-label={t("formLabel")} noValidate>
      <input type="hidden" name="parentId" value={parentId} />
      <input type="hidden" name="roomId" value={roomId} />
      <fieldset>
        <legend className="text-sm font-medium">{t("it")}</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          {(["supports", "opposes"] as const).map((relation) => (
            <label key={relation} className="flex items-center gap-1.5 text-sm">
              <input
                type="radio"
                name="relation"
                value={relation}
                checked={values.relation === relation}
                onChange={set("relation")}
              />
              {t(relation)}
            </label>
          ))}
        </div>
        <FieldError id="propose-relation-error" errors={errors?.relation} />
      </fieldset>
      <div className="space-y-1">
        <label htmlFor="propose-kind" className="block text-sm font-medium">
          {t("kind")}
        </label>
        <select
          id="propose-kind"
          name="kind"
          value={values.kind}
          onChange={set("kind")}
          className={input}
        >
          {claimKinds.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <p className="text-xs text-stone-600">{t("hint", { max: CLAIM_LIMITS.text })}</p>
      {(["textZh", "textEn"] as const).map((name) => (
        <div key={name} className="space-y-1">
          <label htmlFor={`propose-${name}`} className="block text-sm font-medium">
            {t(name)}
          </label>
          <textarea
            id={`propose-${name}`}
            name={name}
            lang={name === "textZh" ? "zh-Hant" : "en"}
            rows={2}
            maxLength={CLAIM_LIMITS.text}
            value={values[name]}
            onChange={set(name)}
            aria-invalid={errors?.[name]?.length ? true : undefined}
            aria-describedby={described(name)}
            className={input}
          />
          <FieldError id={`propose-${name}-error`} errors={errors?.[name]} />
        </div>
      ))}
      <details className="rounded-md border border-stone-200 p-3">
        <summary className="cursor-pointer text-sm">{t("anchor")}</summary>
        <div className="mt-2 space-y-2">
          <label htmlFor="propose-anchor-paragraph" className="block text-sm font-medium">
            {t("paragraph")}
          </label>
          <select
            id="propose-anchor-paragraph"
            name="anchorParagraphId"
            value={values.anchorParagraphId}
            onChange={set("anchorParagraphId")}
            aria-describedby={described("anchorParagraphId")}
            className={input}
          >
            <option value="">{t("noParagraph")}</option>
            {paragraphs.map((p) => (
              <option key={p.id} value={p.id}>
                {t("paragraphN", { n: p.position + 1 })}
              </option>
            ))}
          </select>
          <FieldError id="propose-anchorParagraphId-error" errors={errors?.anchorParagraphId} />
          <label htmlFor="propose-anchor-quote" className="block text-sm font-medium">
            {t("quote")}
          </label>
          <textarea
            id="propose-anchor-quote"
            name="anchorQuote"
            rows={2}
            maxLength={CLAIM_LIMITS.anchorQuote}
            value={values.anchorQuote}
            onChange={set("anchorQuote")}
            aria-describedby={described("anchorQuote")}
            className={input}
          />
          <FieldError id="propose-anchorQuote-error" errors={errors?.anchorQuote} />
        </div>
      </details>
      {similar.length > 0 && (
        <section
          aria-label={t("similar")}
          className="rounded-md border border-amber-300 bg-amber-50 p-3"
        >
          <h3 className="text-sm font-semibold">{t("isYours")}</h3>
          <ul className="mt-2 space-y-1 text-sm">
            {similar.map((s) => (
              <li key={s.id}>
                <Link
                  href={hrefOf(s.id)}
                  lang={s.textEn ? "en" : "zh-Hant"}
                  className="underline underline-offset-4"
                >
                  {s.textEn || s.textZh}
                </Link>{" "}
                <span className="text-stone-600">
                  {t("alike", { percent: Math.round(s.similarity * 100) })}
                </span>
              </li>
            ))}
          </ul>
          <input type="hidden" name="confirmed" value="yes" />
        </section>
      )}
      <SubmitButton pendingText={t("checking")}>
        {similar.length > 0 ? t("saveMine") : t("propose")}
      </SubmitButton>
      <FormMessage state={state} />
      {state.proposedId && (
        <p className="text-sm">
          <Link href={hrefOf(state.proposedId)} className="underline underline-offset-4">
            {t("openYours")}
          </Link>
        </p>
      )}
    </form>
  );
}
