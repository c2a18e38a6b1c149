import { NextResponse } from "next/server";
import { writeRoute } from "@/lib/api-guard";
import { readJson } from "@/lib/http";
import { claimVoteSchema } from "@/lib/validation/evidence";

/**
 * The vote route minus the vote: same-origin check, session check, write budget and zod parse,
 * then an answer. `npm run bench` divides vote throughput by this route's. Compiled only into
 * the bench's own build (`*.bench.ts`, next.config.ts).
 */
export const PUT = writeRoute(async (request, _ctx: unknown, viewer) => {
  const answers = claimVoteSchema.parse(await readJson(request));
  return NextResponse.json({ ...answers, user: viewer.id });
});
