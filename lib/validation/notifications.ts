import { z } from "zod";

/** Which notifications to mark read: some of one's own by id, or all of them. */
export const markReadSchema = z.union([
  z.object({ all: z.literal(true) }).strict(),
  z.object({ ids: z.array(z.number().int().positive()).min(1).max(500) }).strict(),
]);
