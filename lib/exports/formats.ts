import { csvFile, csvText } from "../csv";
import type { RoomExport } from "./data";
import { LICENCE } from "./licence";
import { AGREEMENT_VALUES, IMPACT_VALUES } from "../stand/shape";

/** The JSON export: the room export with its licence first. */
export function toJson(data: RoomExport): string {
  return JSON.stringify({ licence: LICENCE.text, licenceUrl: LICENCE.url, ...data }, null, 2);
}

// Numbers go bare, so tools read them as numbers; text is quoted.
const csvCell = (value: string | number | null) =>
  typeof value === "number" ? String(value) : csvText(value ?? "");

export const CSV_COLUMNS = [
  "id",
  "parent_id",
  "relation",
  "kind",
  "text_zh",
  "text_en",
  "check_status",
  "score",
  "people",
  ...AGREEMENT_VALUES.map((v) => `agreement_${v}`),
  ...IMPACT_VALUES.map((v) => `impact_${v}`),
  "evidence_support",
  "evidence_rebut",
  "origin",
] as const;

/**
 * The CSV export: one row per claim with its score and vote counts. UTF-8 with a byte-order
 * mark (so spreadsheets read the Chinese text right), CRLF lines, and the licence as a first
 * `#` comment line (csv-parse `comment: "#"`, pandas `comment="#"`).
 */
export function toCsv(data: RoomExport): string {
  const rows = data.claims.map((c) => {
    const cited = data.evidence.filter((e) => e.claimId === c.id);
    return [
      c.id,
      c.parentId,
      c.relation,
      c.kind,
      c.textZh,
      c.textEn,
      c.checkStatus,
      c.tally.score,
      c.votes.people,
      ...AGREEMENT_VALUES.map((v) => c.votes.agreement[String(v)] ?? 0),
      ...IMPACT_VALUES.map((v) => c.votes.impact[String(v)] ?? 0),
      cited.filter((e) => e.stance === "support").length,
      cited.filter((e) => e.stance === "rebut").length,
      c.origin,
    ];
  });
  const lines = [[...CSV_COLUMNS], ...rows].map((row) => row.map(csvCell).join(","));
  return csvFile([`# ${LICENCE.text}`, ...lines]);
}

// Argdown gives these characters meaning inside a statement (links, tags, data, emphasis
// are not among them once replaced): the full-width forms read the same.
const ARGDOWN_SPECIAL: Record<string, string> = {
  "[": "［",
  "]": "］",
  "#": "＃",
  "{": "｛",
  "}": "｝",
  "<": "＜",
  ">": "＞",
};
const argdownText = (text: string) =>
  text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[[\]#{}<>]/g, (c) => ARGDOWN_SPECIAL[c]!);

/**
 * The Argdown export in one language: the thesis, and under each claim its children as
 * incoming support (`<+`) or attack (`<-`), indented two spaces per level. Every claim is
 * defined once, as `[claim-id]: text`; a claim a reader proposed carries the tag `#reader`.
 */
export function toArgdown(data: RoomExport, lang: "zh" | "en"): string {
  const title = lang === "zh" ? data.titleZh : data.titleEn;
  const text = (c: RoomExport["claims"][number]) =>
    argdownText(lang === "zh" ? c.textZh : c.textEn);
  const children = new Map<string | null, RoomExport["claims"]>();
  for (const c of data.claims) children.set(c.parentId, [...(children.get(c.parentId) ?? []), c]);
  const lines = [
    `// ${argdownText(title)} — Agora export (${data.roomId}, ${data.exportedAt})`,
    `// ${LICENCE.text}`,
    "// #reader: a claim a reader proposed; the others are the essay's.",
    "",
    `# ${argdownText(title)}`,
    "",
  ];
  const walk = (claim: RoomExport["claims"][number], depth: number) => {
    const mark = claim.relation === null ? "" : claim.relation === "supports" ? "<+ " : "<- ";
    const tag = claim.origin === "reader" ? " #reader" : "";
    lines.push(`${"  ".repeat(depth)}${mark}[${claim.id}]: ${text(claim)}${tag}`);
    for (const child of children.get(claim.id) ?? []) walk(child, depth + 1);
  };
  for (const thesis of children.get(null) ?? []) walk(thesis, 0);
  return lines.join("\n") + "\n";
}

type AifNode = {
  nodeID: string;
  type: "I" | "RA" | "CA";
  text: string;
  textZh?: string;
  /** I-nodes: the essay's claim, or one a reader proposed. */
  origin?: "essay" | "reader";
  timestamp: string;
};

/**
 * The AIF JSON export (as AIFdb reads it): an I-node per claim; for each supporting claim an
 * RA-node (child → RA → parent), for each opposing claim a CA-node (child → CA → parent).
 * I-nodes say where the claim came from (`origin`: the essay or a reader).
 */
export function toAif(data: RoomExport): string {
  const nodes: AifNode[] = [];
  const edges: { edgeID: string; fromID: string; toID: string }[] = [];
  const timestamp = data.exportedAt;
  for (const c of data.claims) {
    nodes.push({
      nodeID: c.id,
      type: "I",
      text: c.textEn,
      textZh: c.textZh,
      origin: c.origin,
      timestamp,
    });
    if (c.parentId === null || c.relation === null) continue;
    const support = c.relation === "supports";
    const scheme: AifNode = {
      nodeID: `${support ? "ra" : "ca"}:${c.id}`,
      type: support ? "RA" : "CA",
      text: support ? "Default Inference" : "Default Conflict",
      timestamp,
    };
    nodes.push(scheme);
    edges.push({ edgeID: `${scheme.nodeID}:from`, fromID: c.id, toID: scheme.nodeID });
    edges.push({ edgeID: `${scheme.nodeID}:to`, fromID: scheme.nodeID, toID: c.parentId });
  }
  return JSON.stringify(
    { licence: LICENCE.text, licenceUrl: LICENCE.url, nodes, edges, locutions: [] },
    null,
    2,
  );
}
