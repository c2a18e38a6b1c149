"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import {
  addEvidenceAction,
  editEvidenceAction,
} from "@/app/(site)/debates/[slug]/claims/[id]/actions";
import { sourceTypes } from "@/db/schema/enums";
import { EVIDENCE_LIMITS } from "@/lib/limits";
import { ErrorSummary } from "../forms/error-summary";
import { controlProps, Field, FieldError } from "../forms/field";
import { FormMessage, SubmitButton } from "../forms/submit-button";
import { useActionForm } from "../forms/use-action-form";

type Values = {
  stance: string;
  url: string;
  title: string;
  quote: string;
  explanation: string;
  sourceType: string;
};

type Props =
  | { mode: "add"; claimId: string; roomId: string; values?: undefined; evidenceId?: undefined }
  | {
      mode: "edit";
      evidenceId: string;
      values: Values;
      /** Called with the confirmation once the edit is saved (the form closes). */
      onSaved: (message: string) => void;
      claimId?: undefined;
      roomId?: undefined;
    };

const EVIDENCE_FIELDS = ["stance", "url", "title", "quote", "explanation", "sourceType"] as const;

const textArea =
  "w-full rounded-md border border-stone-400 bg-white px-3 py-2 text-stone-900 aria-[invalid]:border-oppose";

/**
 * Attach evidence to a claim, or edit one's own. A refused form keeps what was typed, with a
 * summary of the errors at its top and each error beside its field.
 */
export function EvidenceForm(props: Props) {
  const t = useTranslations("evidence");
  const { state, fields, formProps } = useActionForm(
    props.mode === "add" ? addEvidenceAction : editEvidenceAction,
    {
      id: props.mode === "add" ? "new-evidence" : `edit-${props.evidenceId}`,
      fields: EVIDENCE_FIELDS,
    },
  );
  const v = props.values;
  const onSaved = props.mode === "edit" ? props.onSaved : undefined;
  useEffect(() => {
    if (state.ok && state.message) onSaved?.(state.message);
  }, [state, onSaved]);
  const stance = typed(fields.stance.initialValue) ?? v?.stance ?? "support";
  return (
    <form
      {...formProps}
      className="space-y-3"
      aria-label={props.mode === "add" ? t("form.add") : t("form.edit")}
    >
      <ErrorSummary state={state} formId={formProps.id} />
      {props.mode === "add" ? (
        <>
          <input type="hidden" name="claimId" value={props.claimId} />
          <input type="hidden" name="roomId" value={props.roomId} />
        </>
      ) : (
        <input type="hidden" name="evidenceId" value={props.evidenceId} />
      )}
      <fieldset aria-describedby={fields.stance.errors ? fields.stance.errorId : undefined}>
        <legend className="text-sm font-medium">{t("form.stance")}</legend>
        <div className="mt-1 flex gap-4">
          {(["support", "rebut"] as const).map((value, i) => (
            <label key={value} className="flex items-center gap-1.5 text-sm">
              <input
                key={fields.stance.key}
                // The summary's link leads to the first choice.
                id={i === 0 ? fields.stance.id : undefined}
                type="radio"
                name={fields.stance.name}
                value={value}
                defaultChecked={stance === value}
              />
              {value === "support" ? t("form.supports") : t("form.rebuts")}
            </label>
          ))}
        </div>
        <FieldError id={fields.stance.errorId} errors={fields.stance.errors} />
      </fieldset>
      <Field
        control={fields.url}
        label={t("form.url")}
        type="url"
        defaultValue={v?.url}
        placeholder="https://…"
        translate="no"
        hint={t("form.urlHint")}
      />
      <Field control={fields.title} label={t("form.title")} defaultValue={v?.title} />
      <Field
        control={fields.quote}
        label={t("form.quote")}
        hint={t("form.quoteHint", { max: EVIDENCE_LIMITS.quote })}
      >
        <textarea
          key={fields.quote.key}
          {...controlProps(fields.quote, v?.quote, true)}
          rows={3}
          className={textArea}
        />
      </Field>
      <Field control={fields.explanation} label={t("form.explanation")}>
        <textarea
          key={fields.explanation.key}
          {...controlProps(fields.explanation, v?.explanation)}
          rows={3}
          className={textArea}
        />
      </Field>
      <Field control={fields.sourceType} label={t("form.sourceType")}>
        <select
          key={fields.sourceType.key}
          {...controlProps(fields.sourceType, v?.sourceType ?? "news")}
          className={textArea}
        >
          {sourceTypes.map((type) => (
            <option key={type} value={type}>
              {t(`sourceType.${type}`)}
            </option>
          ))}
        </select>
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingText={t("form.saving")}>
          {props.mode === "add" ? t("form.add") : t("form.save")}
        </SubmitButton>
        <FormMessage state={state} successOnly />
      </div>
    </form>
  );
}

const typed = (value: unknown) => (typeof value === "string" ? value : undefined);
