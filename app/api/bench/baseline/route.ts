import { NextResponse } from "next/server";
import { writeRoute } from "@/lib/api-guard";
import { assertBenchEnabled } from "@/lib/bench-routes";
import { readJson } from "@/lib/http";
import { claimVoteSchema } from "@/lib/validation/evidence";

/**
 * The vote route minus the vote: same-origin check, session check, write budget and zod parse,
 * then an answer. `npm run bench` divides vote throughput by this route's.
 */
export const PUT = writeRoute(async (request, _ctx: unknown, viewer) => {
  assertBenchEnabled();
  const answers = claimVoteSchema.parse(await readJson(request));
  return NextResponse.json({ ...answers, user: viewer.id });
});
