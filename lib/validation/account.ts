import { z } from "zod";
import { passwordSchema } from "./users";

/** A recovery code as printed ("k7m2p-x9q4r"), typed with or without the dash, any case. */
export const recoveryCodeSchema = z
  .string()
  .trim()
  .toLowerCase()
  .transform((code) => code.replace(/[\s-]/g, ""))
  .pipe(z.string().regex(/^[a-z0-9]{10}$/, "A recovery code has ten letters and digits."));

export const recoverAccountSchema = z.object({
  username: z.string().trim().toLowerCase().min(1, "Enter your username.").max(64),
  code: recoveryCodeSchema,
  password: passwordSchema,
});

/** Re-entering the password guards what a stolen session must not do on its own. */
const currentPassword = z.string().min(1, "Enter your password.").max(200);

export const renewRecoveryCodesSchema = z.object({ password: currentPassword });

export const deleteAccountSchema = z.object({
  password: currentPassword,
  // A form sends a checked box as "on" and omits an unchecked one; the API sends a boolean.
  deleteContributions: z
    .union([z.boolean(), z.literal("on")])
    .optional()
    .transform((value) => value === true || value === "on"),
});

export const exportFormatSchema = z.enum(["json", "html"]).default("json");
