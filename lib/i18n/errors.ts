import { createTranslator } from "next-intl";
import type { AppError } from "../errors";
import { EDGE_CODE_OF_MESSAGE } from "../edge/edge-errors";
import type { UiLocale } from "./locale";
import { messagesOf } from "./messages";
import fieldTemplates from "./messages/en/validation.json";

/**
 * Errors in the reader's language. Every JSON error and action message carries a stable `code`;
 * English keeps the exact text the data layer wrote (clients and tests read it), other languages
 * say the code's message from lib/i18n/messages/<locale>/errors.json.
 *
 * Most errors are thrown with English text only, from modules other work also changes: their
 * codes come from the table below, keyed by that text, so that no call site has to change.
 * A new error names its code where it is thrown (AppError's `translation`) or is added here.
 */
const CODE_OF_MESSAGE: Record<string, string> = {
  "Sign in to do that.": "unauthenticated",
  "You are not allowed to do that.": "forbidden",
  "Some fields need attention.": "invalid",
  "Invalid input": "invalid",
  "The body must be JSON.": "body_not_json",
  "Something went wrong on our side.": "internal",
  "Too many attempts. Please wait and try again.": "too_many_attempts",
  "Too many writes. Please slow down.": "too_many_writes",
  "Cross-site requests are refused.": "cross_site",
  "That username is taken.": "username_taken",
  "Only moderators can do that here.": "moderators_only",
  "Only its author can ask for a review.": "author_only_review",
  "This item is not hidden: there is nothing to review.": "not_hidden",
  "You have already asked for a review; the moderators have your request.": "review_asked",
  "This report is already closed.": "report_closed",
  "You have already reported this item; the moderators have your report.": "already_reported",
  "Choose a new password first (your account has a one-time password).": "must_change_password",
  "You cannot rate your own evidence; others judge its strength.": "own_evidence",
  "You already recorded where you stood before reading; record where you stand now instead.":
    "stance_before_recorded",
  "That join code does not match an open class.": "join_code",
  "That member is a teacher.": "member_is_teacher",
  "You have already cited this source for this claim.": "duplicate_source",
  "Only its author can change this evidence.": "author_only_evidence",
  "You are not a member of this class.": "not_a_member",
  "Only the class's teachers can do that.": "teachers_only",
  "This room belongs to a class you are not in.": "room_of_other_class",
  "This claim was revised: argue on the claims that replaced it.": "claim_revised",
  "No account with that username.": "no_such_username",
  "You already teach this class.": "already_teacher_self",
  "They already teach this class.": "already_teacher",
  "The class's owner cannot be removed.": "owner_stays",
  "A class needs at least one teacher.": "last_teacher",
  "No debate by that name.": "no_such_debate",
  "That username and recovery code do not match.": "recovery_mismatch",
  "That is not your password.": "wrong_password",
  "This account signs in without a password, so it has no recovery codes.": "no_password",
  "This server has as many live connections as it takes; try again shortly.": "live_full",
  "Your session has ended. Sign in again to continue.": "session_ended",
  "The form was sent damaged. Reload and try again.": "form_damaged",
  "Please fix the fields marked below.": "fix_fields",
  "Saved.": "saved",
  ...EDGE_CODE_OF_MESSAGE,
  // Classes, co-teachers, assignments and rooms (lib/classes.ts, lib/co-teachers.ts, …).
  "This student made their own account: only they can change its password (they can reset it themselves).":
    "own_account",
  "The whole class argues one side on this assignment; edit the assignment instead.":
    "whole_class_side",
  "A moderator has hidden this claim.": "claim_hidden",
  "Send the sign-in form as application/x-www-form-urlencoded.": "sign_in_form_type",
};

const CODE_OF_STATUS: Record<AppError["status"], string> = {
  400: "invalid",
  401: "unauthenticated",
  403: "forbidden",
  404: "not_found",
  409: "conflict",
  413: "too_large",
  415: "unsupported_media_type",
  429: "rate_limited",
  503: "unavailable",
};

/** The stable code of an error, for clients that act on it. */
export const errorCode = (error: AppError): string =>
  error.translation?.code ?? CODE_OF_MESSAGE[error.message] ?? CODE_OF_STATUS[error.status];

type Values = Record<string, string | number>;
// Keys are built from codes at run time: checked with `has`, not by the type of the messages.
type Loose = { (key: string, values?: Values): string; has: (key: string) => boolean };
const translator = (locale: UiLocale) =>
  createTranslator({ locale, messages: messagesOf(locale), namespace: "errors" }) as Loose;

/** An English message (an error's, or a field's) in `locale`; as it is if it has no code. */
export function sayMessage(
  message: string,
  locale: UiLocale,
  code = CODE_OF_MESSAGE[message],
  values: Values = {},
): string {
  if (locale === "en") return message;
  if (!code) return sayFieldMessage(message, locale) ?? message;
  const t = translator(locale);
  if (!t.has(`codes.${code}`)) return message;
  const what = values.what;
  const thing = typeof what === "string" && t.has(`things.${what}`) ? t(`things.${what}`) : what;
  return t(`codes.${code}`, { ...values, ...(thing !== undefined ? { what: thing } : {}) });
}

/** An error's message in `locale`: its code's, else the one for its status. */
export function errorMessage(error: AppError, locale: UiLocale): string {
  if (locale === "en") return error.message;
  const said = sayMessage(error.message, locale, errorCode(error), error.translation?.values);
  return said !== error.message
    ? said
    : sayMessage(error.message, locale, CODE_OF_STATUS[error.status]);
}

/**
 * Field errors in `locale`: those of the table above, and the schemas' (lib/validation), whose
 * English wording is lib/i18n/messages/en/validation.json. Also Conform's reply (`null` where
 * a field has no error).
 */
export function errorFields<Fields extends Record<string, string[] | null | undefined>>(
  fields: Fields | undefined,
  locale: UiLocale,
): Fields | undefined {
  if (!fields || locale === "en") return fields;
  return Object.fromEntries(
    Object.entries(fields).map(([k, messages]) => [
      k,
      messages ? messages.map((m) => sayMessage(m, locale)) : messages,
    ]),
  ) as Fields;
}

/*
 * The schemas' field messages, keyed by their English text in validation.json: the plain ones
 * by the text itself, those with values ("Use at most {max} characters.", "Row {line}:
 * {message}") by a pattern made from the template, so the schemas keep writing English and
 * no call site changes. A value named `message` is itself a field message, said in turn.
 */
type FieldKey = keyof typeof fieldTemplates;
const PLACEHOLDER = /\{(\w+)\}/g;
const NUMERIC = new Set(["min", "max", "count", "line", "earlier"]);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function patternOf(template: string): RegExp {
  let source = "";
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const name = match[1]!;
    source += escape(template.slice(last, match.index));
    source += NUMERIC.has(name) ? `(?<${name}>-?[\\d,]+)` : `(?<${name}>.+?)`;
    last = match.index + match[0].length;
  }
  return new RegExp(`^${source}${escape(template.slice(last))}$`);
}

const FIELD_KEY_OF_TEXT = new Map<string, FieldKey>();
const FIELD_PATTERNS: { key: FieldKey; pattern: RegExp; literal: number }[] = [];
for (const [key, text] of Object.entries(fieldTemplates) as [FieldKey, string][]) {
  if (!text.includes("{")) FIELD_KEY_OF_TEXT.set(text, key);
  else
    FIELD_PATTERNS.push({
      key,
      pattern: patternOf(text),
      literal: text.replace(PLACEHOLDER, "").length,
    });
}
// The most specific first: "Row {line}: username …" before "Row {line}: {message}".
FIELD_PATTERNS.sort((a, b) => b.literal - a.literal);

/** Which field message `message` is, with its values; undefined for a text of no schema. */
export function fieldMessageOf(message: string): { key: FieldKey; values: Values } | undefined {
  const key = FIELD_KEY_OF_TEXT.get(message);
  if (key) return { key, values: {} };
  for (const { key, pattern } of FIELD_PATTERNS) {
    const match = pattern.exec(message);
    if (match) return { key, values: { ...match.groups } };
  }
}

function sayFieldMessage(message: string, locale: UiLocale): string | undefined {
  const field = fieldMessageOf(message);
  if (!field) return undefined;
  const values = { ...field.values };
  if (typeof values.message === "string") values.message = sayMessage(values.message, locale);
  const t = createTranslator({
    locale,
    messages: messagesOf(locale),
    namespace: "validation",
  }) as Loose;
  return t(field.key, values);
}
