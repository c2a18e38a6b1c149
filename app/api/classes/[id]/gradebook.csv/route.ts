import { gradebookCsv } from "@/lib/assignments/gradebook-csv";
import { route, uiLocaleOfHeaders } from "@/lib/http";
import { requireViewer } from "@/lib/session";

/** One row per student, one column per assignment (points, blank when ungraded). */
export const GET = route(
  async (request: Request, ctx: RouteContext<"/api/classes/[id]/gradebook.csv">) => {
    const { id } = await ctx.params;
    const csv = await gradebookCsv(await requireViewer(), id, uiLocaleOfHeaders(request.headers));
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": 'attachment; filename="gradebook.csv"',
      },
    });
  },
);
