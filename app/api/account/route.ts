import { NextResponse } from "next/server";
import { deleteAccount } from "@/lib/account/deletion";
import { writeRoute } from "@/lib/api-guard";
import { readJson } from "@/lib/http";
import { deleteAccountSchema } from "@/lib/validation/account";

/** `DELETE {password, deleteContributions?}` → `{deleted: true}`; every session ends. */
export const DELETE = writeRoute(async (request, _ctx, viewer) => {
  const input = deleteAccountSchema.parse(await readJson(request));
  await deleteAccount(viewer, input);
  return NextResponse.json({ deleted: true });
});
