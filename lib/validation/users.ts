import { z } from "zod";

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, "Use at least 3 characters.")
  .max(32, "Use at most 32 characters.")
  .regex(/^[a-z0-9][a-z0-9_.-]*$/, "Use letters, digits, dots, dashes or underscores.");

export const passwordSchema = z
  .string()
  .min(10, "Use at least 10 characters.")
  .max(200, "Use at most 200 characters.");

/*
 * Control characters, text-direction overrides and marks (U+202A–U+202E, U+2066–U+2069,
 * U+200E/F, U+061C) and zero-width characters (U+200B–U+200D, U+2060, U+FEFF) make a name
 * that reads differently from what it is: an impersonation, or text around it turned backwards.
 * They are all Unicode controls (Cc) or format characters (Cf); line and paragraph separators
 * break a name onto two lines.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

/** A name shown to other people: visible characters only. */
export const visibleName = (max: number, empty: string) =>
  z
    .string(empty)
    .trim()
    .min(1, empty)
    .max(max, `Use at most ${max} characters.`)
    .refine(
      (name) => !INVISIBLE.test(name),
      "Use visible characters only: no control, zero-width or text-direction characters.",
    );

export const displayNameSchema = visibleName(60, "Tell others what to call you.");

export const signUpSchema = z.object({
  username: usernameSchema,
  password: passwordSchema,
  displayName: displayNameSchema,
});

export const signInSchema = z.object({
  username: z.string().trim().toLowerCase().min(1, "Enter your username.").max(64),
  password: z.string().min(1, "Enter your password.").max(200),
});

export type SignUpInput = z.infer<typeof signUpSchema>;

/** A form that sets a password asks for it twice; the API takes it once. */
export const withConfirmation = <Shape extends { password: typeof passwordSchema }>(
  schema: z.ZodObject<Shape>,
) =>
  schema.extend({ confirm: z.string().max(200) }).refine(
    (form) => {
      const { password, confirm } = form as { password: string; confirm: string };
      return password === confirm;
    },
    {
      message: "The two passwords differ.",
      path: ["confirm"],
    },
  );
