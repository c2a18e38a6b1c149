import "server-only";
import { defaultUiLocale, type UiLocale } from "../i18n/locale";
import { messagesOf } from "../i18n/messages";
import type { Viewer } from "../session";
import { accountExport, type ExportSection } from "./export";

export type ExportFormat = "json" | "html";

/**
 * The export as a byte stream, written section by section as each is read. The readable page's
 * title and headings are in `locale`; the data is the same in every language.
 */
export function exportStream(
  viewer: Viewer,
  format: ExportFormat,
  locale: UiLocale = defaultUiLocale,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const sections = accountExport(viewer);
  const render = format === "json" ? jsonParts : htmlParts(locale);
  let started = false;
  return new ReadableStream({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(render.open));
      }
      const next = await sections.next();
      if (next.done) {
        controller.enqueue(encoder.encode(render.close));
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode(render.section(next.value)));
    },
    async cancel() {
      await sections.return(undefined);
    },
  });
}

// The account comes first as an object, so every later section is preceded by a comma.
const jsonParts = {
  open: "{",
  section(section: ExportSection) {
    const value = section.key === "account" ? section.rows[0] : section.rows;
    const comma = section.key === "account" ? "" : ",";
    return `${comma}\n${JSON.stringify(section.key)}: ${JSON.stringify(value, null, 2)}`;
  },
  close: "\n}\n",
};
const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

/** A value as readable text: dates as ISO, nested lists (earlier versions) as nested lists. */
function htmlValue(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (value instanceof Date) return escape(value.toISOString());
  if (Array.isArray(value))
    return value.length === 0
      ? "—"
      : `<ol>${value.map((v) => `<li>${htmlValue(v)}</li>`).join("")}</ol>`;
  if (typeof value === "object") return htmlRecord(value as Record<string, unknown>);
  return escape(String(value));
}

function htmlRecord(row: Record<string, unknown>): string {
  const pairs = Object.entries(row).map(
    ([k, v]) => `<dt>${escape(k)}</dt><dd>${htmlValue(v)}</dd>`,
  );
  return `<dl>${pairs.join("")}</dl>`;
}

const STYLE =
  "body{font-family:system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;color:#1c1917;line-height:1.5}dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0}dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}article{border:1px solid #d6d3d1;border-radius:.4rem;padding:.8rem;margin:.6rem 0}ol{padding-left:1.2rem}";

function htmlParts(locale: UiLocale) {
  const text = messagesOf(locale).account.export;
  return {
    open: `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(text.title)}</title><style>${STYLE}</style></head><body><h1>${escape(text.title)}</h1>`,
    section(section: ExportSection) {
      const items =
        section.rows.length === 0
          ? `<p>${escape(text.empty)}</p>`
          : section.rows.map((row) => `<article>${htmlRecord(row)}</article>`).join("");
      return `<section><h2>${escape(text.sections[section.key])}</h2>${items}</section>`;
    },
    close: "</body></html>\n",
  };
}
