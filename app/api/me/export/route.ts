import { exportStream } from "@/lib/account/export-stream";
import { unauthenticated } from "@/lib/errors";
import { route, uiLocaleOfHeaders } from "@/lib/http";
import { currentViewer } from "@/lib/session";
import { exportFormatSchema } from "@/lib/validation/account";

/**
 * Download my data: `?format=json` (a file) or `?format=html` (a readable page, its headings in
 * the reader's interface language), streamed.
 */
export const GET = route(async (request: Request) => {
  const viewer = await currentViewer();
  if (!viewer) throw unauthenticated();
  const format = exportFormatSchema.parse(
    new URL(request.url).searchParams.get("format") ?? undefined,
  );
  const date = new Date().toISOString().slice(0, 10);
  return new Response(exportStream(viewer, format, uiLocaleOfHeaders(request.headers)), {
    headers: {
      "Content-Type":
        format === "json" ? "application/json; charset=utf-8" : "text/html; charset=utf-8",
      "Content-Disposition":
        format === "json" ? `attachment; filename="agora-data-${date}.json"` : "inline",
      "Cache-Control": "private, no-store",
    },
  });
});
