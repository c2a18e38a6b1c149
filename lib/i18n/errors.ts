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
type Values = Record<string, string | number>;

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
  // Discussions, notifications and proposed claims (lib/replies, lib/proposals, their forms).
  "You have already reported this reply; the moderators have your report.":
    "already_reported_reply",
  "That reply is not in this thread.": "reply_not_in_thread",
  "Not in this thread.": "not_in_thread",
  "That reply was deleted or hidden: it takes no new replies.": "reply_closed",
  "Only its author can change this reply.": "author_only_reply",
  "A moderator hid this reply; it can no longer be changed.": "reply_hidden",
  "A reply can be edited for 15 minutes after posting; this one no longer can.":
    "reply_edit_window",
  "Write a reply.": "write_reply",
  "Say what is wrong.": "say_what_is_wrong",
  "Reply posted.": "reply_posted",
  "Reply updated.": "reply_updated",
  "Reply deleted.": "reply_deleted",
  "Reported. The moderators will look at it.": "reply_reported",
  "Hidden. Its author sees why.": "reply_hidden_done",
  "Restored.": "restored",
  "Marked read.": "marked_read",
  "All marked read.": "all_marked_read",
  "Only its author can change this claim.": "author_only_claim",
  "A moderator has hidden this claim.": "claim_hidden",
  "People have voted on this claim or added evidence, so its wording stays as they read it. Propose a new claim, or add a translation if a language is missing.":
    "claim_argued",
  "Write the claim in Chinese or in English (or both).": "claim_text_required",
  "This claim is already written in that language.": "already_translated",
  "Only the claim's author or a moderator can accept a translation.":
    "accept_translation_forbidden",
  "This claim is already hidden.": "claim_already_hidden",
  "This claim is not hidden.": "claim_not_hidden",
  "Choose a claim of this room's tree.": "choose_room_claim",
  "A claim cannot move under itself or a claim of its own branch.": "move_into_branch",
  "Choose a claim outside this one's branch (or merge the other way).": "merge_into_branch",
  "No paragraph of this essay by that id.": "no_paragraph",
  "Quote the paragraph exactly, character for character.": "quote_exactly",
  "The essay's own claims change only with a new version of its map.": "essay_claim_fixed",
  "This claim was merged into another.": "claim_merged",
  "Choose whether it supports or opposes the claim above.": "choose_relation",
  "Choose supports or opposes.": "choose_relation_short",
  "Choose the kind of claim.": "choose_kind",
  "Choose the paragraph the quote comes from.": "choose_paragraph",
  "Change at least one field.": "change_a_field",
  "Choose the language of the translation.": "choose_translation_lang",
  "Write the translation.": "write_translation",
  "Choose the claim to move it under.": "choose_move_target",
  "Choose the claim to keep.": "choose_survivor",
  "Is yours one of these? Open it to argue there, or save yours.": "similar_found",
  "Claim proposed. It is in the tree now.": "claim_proposed",
  "Claim updated.": "claim_updated",
  "Translation suggested. The claim's author or a moderator can accept it.":
    "translation_suggested",
  "Translation accepted.": "translation_accepted",
  "Claim hidden.": "claim_hidden_done",
  "Claim restored.": "claim_restored",
  "Claim moved.": "claim_moved",
  "Merged. Its evidence and votes are on the claim kept.": "claim_merged_done",
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
  // The claim page: evidence, votes and ratings (actions' answers and schema field errors).
  "Evidence added.": "evidence_added",
  "Evidence updated.": "evidence_updated",
  "Evidence deleted. It stays in the history.": "evidence_deleted",
  "Vote saved.": "vote_saved",
  "Vote cleared.": "vote_cleared",
  "Rating saved.": "rating_saved",
  "Rating cleared.": "rating_cleared",
  "Choose whether this supports or rebuts the claim.": "evidence_stance",
  "Give a web address starting with http:// or https://.": "evidence_url",
  "Give the source a title.": "evidence_title",
  "Quote the passage from the source.": "evidence_quote",
  "Explain how this bears on the claim.": "evidence_explanation",
  "Choose the kind of source.": "evidence_source_type",
  "Give agreement from -2 to 2.": "vote_agreement",
  "Give impact from 0 to 4.": "vote_impact",
  "Rate from 1 to 5.": "rate_strength",
  "Give agreement (-2 to 2) or impact (0 to 4).": "vote_either",
  'Say "before" (before reading) or "now".': "stance_phase",
  "Give a number from -2 to 2.": "stance_value",
  "Give a whole number from -2 to 2.": "stance_value",
  ...EDGE_CODE_OF_MESSAGE,
  // Classes, co-teachers, assignments and rooms (lib/classes.ts, lib/co-teachers.ts, …).
  "This student made their own account: only they can change its password (they can reset it themselves).":
    "own_account",
  "The whole class argues one side on this assignment; edit the assignment instead.":
    "whole_class_side",
  "Send the sign-in form as application/x-www-form-urlencoded.": "sign_in_form_type",
};

/** Messages that carry a number (a limit): the pattern's group is the code's `{max}`. */
const CODE_OF_PATTERN: [RegExp, string][] = [
  [/^Use at most ([\d,]+) characters\.$/, "max_chars"],
  [/^Use a shorter link \(at most ([\d,]+) characters\)\.$/, "max_link"],
  [/^Quote at most ([\d,]+) characters; link to the rest\.$/, "max_quote"],
];

/** The code of an English message, and the values its translation needs. */
function codeOfMessage(message: string): { code?: string; values?: Values } {
  const code = CODE_OF_MESSAGE[message];
  if (code) return { code };
  for (const [pattern, patternCode] of CODE_OF_PATTERN) {
    const max = pattern.exec(message)?.[1];
    if (max) return { code: patternCode, values: { max: Number(max.replaceAll(",", "")) } };
  }
  return {};
}

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
  error.translation?.code ?? codeOfMessage(error.message).code ?? CODE_OF_STATUS[error.status];

// Keys are built from codes at run time: checked with `has`, not by the type of the messages.
type Loose = { (key: string, values?: Values): string; has: (key: string) => boolean };
const translator = (locale: UiLocale) =>
  createTranslator({ locale, messages: messagesOf(locale), namespace: "errors" }) as Loose;

/** An English message (an error's, or a field's) in `locale`; as it is if it has no code. */
export function sayMessage(
  message: string,
  locale: UiLocale,
  code?: string,
  values: Values = {},
): string {
  if (locale === "en") return message;
  if (!code) ({ code, values = {} } = codeOfMessage(message));
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
  const found = error.translation ?? codeOfMessage(error.message);
  const said = sayMessage(error.message, locale, found.code ?? errorCode(error), found.values);
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
