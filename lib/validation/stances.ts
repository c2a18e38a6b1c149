import { z } from "zod";
import { stancePhases } from "@/db/schema/stances";

/** A stance on the thesis, before reading or now: -2 (strongly disagree) … 2 (strongly agree). */
export const thesisStanceSchema = z.object({
  phase: z.enum(stancePhases, 'Say "before" (before reading) or "now".'),
  stance: z
    .number("Give a number from -2 to 2.")
    .int("Give a whole number from -2 to 2.")
    .min(-2, "Give a number from -2 to 2.")
    .max(2, "Give a number from -2 to 2."),
});
