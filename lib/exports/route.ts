import "server-only";
import { z } from "zod";
import { invalid } from "../errors";
import { route } from "../http";
import { currentViewer } from "../session";
import { roomExport, type RoomExport } from "./data";
import { toAif, toArgdown, toCsv, toJson } from "./formats";

const querySchema = z.object({
  room: z.string().min(1).max(100).optional(),
  lang: z.enum(["zh", "en"]).optional(),
});

type Format = {
  extension: string;
  contentType: string;
  render: (data: RoomExport, lang: "zh" | "en") => string;
  needsLang?: boolean;
};

const FORMATS = {
  json: { extension: "json", contentType: "application/json; charset=utf-8", render: toJson },
  csv: { extension: "csv", contentType: "text/csv; charset=utf-8", render: toCsv },
  argdown: {
    extension: "argdown",
    contentType: "text/plain; charset=utf-8",
    render: toArgdown,
    needsLang: true,
  },
  aif: { extension: "aif.json", contentType: "application/json; charset=utf-8", render: toAif },
} satisfies Record<string, Format>;

/**
 * A download of a debate's room (`?room=` for a class room: members only) in one format.
 * Class rooms are never cached on the way; the public room may be for a minute.
 */
export function exportRoute(format: keyof typeof FORMATS) {
  const spec: Format = FORMATS[format];
  return route(async (request: Request, ctx: { params: Promise<{ slug: string }> }) => {
    const { slug } = await ctx.params;
    const query = querySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
    if (spec.needsLang && !query.lang)
      throw invalid(
        { lang: ['Choose "zh" or "en".'] },
        "Which language? Add ?lang=zh or ?lang=en.",
      );
    const data = await roomExport(slug, query.room, await currentViewer());
    const lang = query.lang ?? "en";
    const name = `${slug}${data.classRoom ? `-${data.roomId}` : ""}${spec.needsLang ? `.${lang}` : ""}.${spec.extension}`;
    return new Response(spec.render(data, lang), {
      headers: {
        "Content-Type": spec.contentType,
        "Content-Disposition": `attachment; filename="${name}"`,
        "Cache-Control": data.classRoom ? "private, no-store" : "public, max-age=60",
      },
    });
  });
}
