import { NextResponse } from "next/server";
import { todoFor } from "@/lib/assignments/todo";
import { route } from "@/lib/http";
import { requireViewer } from "@/lib/session";

export const GET = route(async (_request: Request, ctx: RouteContext<"/api/classes/[id]/todo">) =>
  NextResponse.json({ assignments: await todoFor(await requireViewer(), (await ctx.params).id) }),
);
