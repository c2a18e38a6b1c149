import { z } from "zod";

/*
 * One schema per operation serves the JSON route and the form's server action. A form sends
 * every value as text; these read the text a form sends and the typed value the API sends
 * the same way, so both entrances accept and refuse the same things with the same words.
 */

/** A checkbox: a form sends "on" (or nothing when unchecked), the API a boolean. */
export const checkbox = z
  .union([z.boolean(), z.enum(["on", "true", "false"])])
  .optional()
  .transform((value) => value === true || value === "on" || value === "true");

/** A whole number in a form's text field, or a number from the API. */
export const wholeNumber = (message: string) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() !== "" ? Number(value) : value),
    z.number(message).int(message),
  );

/**
 * An answer that may be left empty: "" or nothing from a form (a radio group left unset, an
 * empty points box) and null from the API mean "no answer".
 */
export const optionalAnswer = <T extends z.ZodType>(answer: T) =>
  z.preprocess((value) => (value === "" ? null : value), answer.nullable());
