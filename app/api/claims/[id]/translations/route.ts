import { NextResponse } from "next/server";
import { writeRoute } from "@/lib/api-guard";
import { readJson } from "@/lib/http";
import { suggestTranslation } from "@/lib/proposals/edit";
import { translationSchema } from "@/lib/validation/claims";

/** Suggest the wording of a reader's claim in the language it lacks. */
export const POST = writeRoute(
  async (request, ctx: RouteContext<"/api/claims/[id]/translations">, viewer) => {
    const input = translationSchema.parse(await readJson(request));
    return NextResponse.json(await suggestTranslation(viewer, (await ctx.params).id, input), {
      status: 201,
    });
  },
);
