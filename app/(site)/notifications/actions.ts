"use server";

import { z } from "zod";
import { validatedAction } from "@/lib/action";
import { markRead } from "@/lib/notifications/read";

export const markReadAction = validatedAction(
  z.object({ id: z.coerce.number().int().positive() }),
  async ({ id }, viewer) => {
    await markRead(viewer, [id]);
    return "Marked read.";
  },
);

export const markAllReadAction = validatedAction(z.object({}), async (_input, viewer) => {
  await markRead(viewer, "all");
  return "All marked read.";
});
