import { z } from "zod";
import type { $ZodRawIssue } from "zod/v4/core";

/**
 * What a schema says where it gives no message of its own: zod's defaults ("Too small:
 * expected string to have >=1 characters") are replaced by our wording, every one of which is
 * in lib/i18n/messages/en/validation.json, so lib/i18n/errors.ts says it in the reader's
 * language. A schema's own message still wins. Imported by the modules that parse (lib/http.ts,
 * lib/form-reply.ts, lib/action.ts); the setting is the process's.
 */
function ourMessage(issue: $ZodRawIssue): string {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined || issue.input === null) return "Fill this in.";
      return TYPE_MESSAGES[issue.expected] ?? "This value is not valid.";
    case "too_small":
      if (issue.origin === "string")
        return Number(issue.minimum) <= 1
          ? "Fill this in."
          : `Use at least ${issue.minimum} characters.`;
      if (issue.origin === "array" || issue.origin === "set")
        return `Give at least ${issue.minimum} items.`;
      if (issue.origin === "number" || issue.origin === "int")
        return `Give at least ${issue.minimum}.`;
      return "This value is too small.";
    case "too_big":
      if (issue.origin === "string") return `Use at most ${issue.maximum} characters.`;
      if (issue.origin === "array" || issue.origin === "set")
        return `Give at most ${issue.maximum} items.`;
      if (issue.origin === "number" || issue.origin === "int")
        return `Give at most ${issue.maximum}.`;
      return "This value is too large.";
    case "invalid_value":
      return `Choose one of: ${issue.values.map(String).join(", ")}.`;
    case "invalid_format":
      return "This value is not in the right format.";
    case "unrecognized_keys":
      return `Unknown fields: ${issue.keys.join(", ")}.`;
    default:
      return "This value is not valid.";
  }
}

const TYPE_MESSAGES: Partial<Record<string, string>> = {
  string: "Give text here.",
  number: "Give a number.",
  int: "Give a whole number.",
  boolean: "Give yes or no (true or false).",
  array: "Give a list.",
  object: "Give an object of named fields.",
  record: "Give an object of named fields.",
};

z.config({ customError: ourMessage });
