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

export const signUpSchema = z.object({
  username: usernameSchema,
  password: passwordSchema,
  displayName: z
    .string()
    .trim()
    .min(1, "Tell others what to call you.")
    .max(60, "Use at most 60 characters."),
});

export const signInSchema = z.object({
  username: z.string().trim().toLowerCase().min(1, "Enter your username.").max(64),
  password: z.string().min(1, "Enter your password.").max(200),
});
