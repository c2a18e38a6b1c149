"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { saveAssignmentAction } from "@/app/(site)/classes/assignment-actions";
import { ErrorSummary } from "../forms/error-summary";
import { FieldError } from "../forms/field";
import { FormMessage, SubmitButton } from "../forms/submit-button";
import { useActionForm } from "../forms/use-action-form";
import { useBrowserTimeZone } from "../time/browser-time-zone";

export type DebateChoice = {
  slug: string;
  titleEn: string;
  claims: { id: string; textEn: string }[];
};

/** An assignment being edited, with its due time as a wall-clock time in its own zone. */
export type AssignmentDraft = {
  id: string;
  title: string;
  instructions: string;
  debate: string;
  dueLocal: string;
  timeZone: string;
  sideMode: string;
  wholeClassSide: string | null;
  targetClaimIds: string[];
  minEvidence: number;
  minClaimVotes: number;
  minEvidenceRatings: number;
  minReplies: number;
  maxPoints: number;
};

type Props = {
  classId: string;
  students: { id: string; name: string }[];
  debates: DebateChoice[];
  /** Edits this assignment; without it the form sets a new one. */
  draft?: AssignmentDraft;
};

/** Each way of giving sides, with its label in `classes.assignment`. */
const SIDE_MODES = [
  ["whole-class", "wholeClass"],
  ["balanced-random", "balancedRandom"],
  ["per-student", "perStudent"],
] as const;

const INPUT = "w-full rounded-md border border-stone-400 bg-white px-3 py-2";

export function AssignmentForm({ classId, students, debates, draft }: Props) {
  const uid = useId();
  const t = useTranslations("classes");
  // The action reads this form into JSON (lists, records); what was typed stays in the form
  // because the hook submits without React's reset, and the summary links by these ids.
  const { state, formProps } = useActionForm(saveAssignmentAction, { id: uid, fields: [] });
  const [due, setDue] = useState(draft?.dueLocal ?? "");
  // Checked as the teacher picks a time, on the browser's clock; the server checks again.
  const [pastDue, setPastDue] = useState(false);
  const [sideMode, setSideMode] = useState(draft?.sideMode ?? "balanced-random");
  const [debate, setDebate] = useState(draft?.debate ?? debates[0]?.slug ?? "");
  const browserZone = useBrowserTimeZone();
  const timeZone = draft?.timeZone ?? browserZone;
  const confirmPast = useRef<HTMLInputElement>(null);
  const idFor = (name: string) => `${uid}-${name}`;
  const e = state.fields;
  const claims = debates.find((d) => d.slug === debate)?.claims ?? [];
  const text = (name: keyof AssignmentDraft, label: string, extra: object = {}) => (
    <div className="space-y-1">
      <label htmlFor={idFor(name)} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={idFor(name)}
        name={name}
        defaultValue={draft ? String(draft[name] ?? "") : undefined}
        aria-invalid={e?.[name] ? true : undefined}
        aria-describedby={e?.[name] ? `${idFor(name)}-error` : undefined}
        className={INPUT}
        {...extra}
      />
      <FieldError id={`${idFor(name)}-error`} errors={e?.[name]} />
    </div>
  );
  return (
    <form
      {...formProps}
      className="space-y-4"
      aria-label={draft ? t("assignment.edit", { title: draft.title }) : t("assignment.set")}
      onSubmit={(ev) => {
        if (pastDue && confirmPast.current) {
          const when = due.replace("T", " ");
          if (!window.confirm(t("assignment.pastConfirm", { when }))) return ev.preventDefault();
          confirmPast.current.value = "on";
        }
        formProps.onSubmit(ev);
      }}
    >
      <ErrorSummary state={state} formId={formProps.id} />
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="confirmPastDue" ref={confirmPast} defaultValue="" />
      {draft && <input type="hidden" name="assignmentId" value={draft.id} />}
      <input type="hidden" name="timeZone" value={timeZone} />
      {text("title", t("assignment.title"))}
      <div className="space-y-1">
        <label htmlFor={idFor("instructions")} className="block text-sm font-medium">
          {t("assignment.instructions")}
        </label>
        <textarea
          id={idFor("instructions")}
          name="instructions"
          rows={3}
          defaultValue={draft?.instructions}
          className={INPUT}
        />
      </div>
      {draft ? (
        <input type="hidden" name="debate" value={draft.debate} />
      ) : (
        <div className="space-y-1">
          <label htmlFor={idFor("debate")} className="block text-sm font-medium">
            {t("assignment.debate")}
          </label>
          <select
            id={idFor("debate")}
            name="debate"
            value={debate}
            onChange={(ev) => setDebate(ev.target.value)}
            className={INPUT}
          >
            {debates.map((d) => (
              <option key={d.slug} value={d.slug} lang="en">
                {d.titleEn}
              </option>
            ))}
          </select>
          <FieldError id={`${idFor("debate")}-error`} errors={e?.debate} />
        </div>
      )}
      <div className="space-y-1">
        <label htmlFor={idFor("dueLocal")} className="block text-sm font-medium">
          {t.rich("assignment.due", {
            zone: timeZone,
            z: (chunks) => <span translate="no">{chunks}</span>,
          })}
        </label>
        <input
          id={idFor("dueLocal")}
          name="dueLocal"
          type="datetime-local"
          value={due}
          onChange={(ev) => {
            setDue(ev.target.value);
            setPastDue(ev.target.value !== "" && new Date(ev.target.value).getTime() < Date.now());
          }}
          aria-invalid={e?.dueAt ? true : undefined}
          aria-describedby={e?.dueAt ? `${idFor("dueLocal")}-error` : undefined}
          className={INPUT}
        />
        <FieldError id={`${idFor("dueLocal")}-error`} errors={e?.dueAt} />
        {e?.dueAt && (
          <label className="flex items-center gap-2 text-sm text-amber-900">
            <input type="checkbox" name="confirmPastDue" /> {t("assignment.confirmPast")}
          </label>
        )}
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">{t("assignment.sides")}</legend>
        {SIDE_MODES.map(([value, label]) => (
          <label key={value} className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="sideMode"
              value={value}
              checked={sideMode === value}
              onChange={() => setSideMode(value)}
            />{" "}
            {t(`assignment.${label}`)}
          </label>
        ))}
        {draft && sideMode !== draft.sideMode && sideMode !== "whole-class" && (
          <p className="text-sm text-amber-900">{t("assignment.dealtAfresh")}</p>
        )}
        {sideMode === "whole-class" && (
          <label className="block text-sm">
            {t("assignment.sideForEveryone")}{" "}
            <select
              name="wholeClassSide"
              defaultValue={draft?.wholeClassSide ?? ""}
              className="rounded border border-stone-400 px-2 py-1"
            >
              <option value="">{t("assignment.freeChoice")}</option>
              <option value="support">{t("sides.support")}</option>
              <option value="rebut">{t("sides.rebut")}</option>
            </select>
          </label>
        )}
        {sideMode === "per-student" &&
          (!draft || draft.sideMode !== "per-student") &&
          students.map((s) => (
            <label key={s.id} className="flex items-center justify-between gap-2 text-sm">
              <span translate="no">{s.name}</span>
              <select name={`side:${s.id}`} className="rounded border border-stone-400 px-2 py-1">
                <option value="support">{t("assignment.support")}</option>
                <option value="rebut">{t("assignment.rebut")}</option>
              </select>
            </label>
          ))}
      </fieldset>
      <details>
        <summary className="cursor-pointer text-sm font-medium">{t("assignment.targets")}</summary>
        <div className="mt-2 max-h-48 space-y-1 overflow-y-auto">
          {claims.map((c) => (
            <label key={c.id} className="flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                name="target"
                value={c.id}
                defaultChecked={draft?.targetClaimIds.includes(c.id)}
                className="mt-1"
              />{" "}
              <span lang="en">{c.textEn}</span>
            </label>
          ))}
        </div>
      </details>
      <fieldset className="grid gap-3 sm:grid-cols-5">
        <legend className="mb-1 text-sm font-medium">{t("assignment.requirements")}</legend>
        {text("minEvidence", t("requirements.evidence"), {
          type: "number",
          min: 0,
          defaultValue: draft?.minEvidence ?? 2,
        })}
        {text("minClaimVotes", t("requirements.claimVotes"), {
          type: "number",
          min: 0,
          defaultValue: draft?.minClaimVotes ?? 3,
        })}
        {text("minEvidenceRatings", t("requirements.evidenceRatings"), {
          type: "number",
          min: 0,
          defaultValue: draft?.minEvidenceRatings ?? 2,
        })}
        {text("minReplies", t("requirements.replies"), {
          type: "number",
          min: 0,
          defaultValue: draft?.minReplies ?? 0,
        })}
        {text("maxPoints", t("assignment.points"), {
          type: "number",
          min: 1,
          defaultValue: draft?.maxPoints ?? 100,
        })}
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingText={t("assignment.saving")}>
          {draft ? t("assignment.saveChanges") : t("assignment.setSubmit")}
        </SubmitButton>
        <FormMessage state={state} successOnly />
      </div>
    </form>
  );
}
