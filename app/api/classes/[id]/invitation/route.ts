import { NextResponse } from "next/server";
import { writeRoute } from "@/lib/api-guard";
import { answerInvitation } from "@/lib/co-teachers";
import { readJson } from "@/lib/http";
import { invitationAnswerSchema } from "@/lib/validation/classes";

/** The invitee's `{answer: "accept" | "decline"}` to an invitation to co-teach. */
export const POST = writeRoute(
  async (request, ctx: RouteContext<"/api/classes/[id]/invitation">, viewer) => {
    const { answer } = invitationAnswerSchema.parse(await readJson(request));
    return NextResponse.json(
      await answerInvitation(viewer, (await ctx.params).id, answer === "accept"),
    );
  },
);
