import { NextResponse } from "next/server";
import { writeRoute } from "@/lib/api-guard";
import { createStudents } from "@/lib/classes";
import { readJson } from "@/lib/http";
import { rosterSchema } from "@/lib/validation/classes";

/** `{names: [...]}` → the new accounts with their one-time passwords, shown this once. */
export const POST = writeRoute(
  async (request, ctx: RouteContext<"/api/classes/[id]/students">, viewer) => {
    const { names } = rosterSchema.parse(await readJson(request));
    return NextResponse.json(
      { students: await createStudents(viewer, (await ctx.params).id, names) },
      { status: 201 },
    );
  },
);
