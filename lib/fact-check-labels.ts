import { factCheckStatuses, type FactCheckStatus } from "@/db/schema/enums";
import type { Attribution } from "./debates";

/** Each status told by word and symbol as well as colour. */
export const factCheckLabels: Record<FactCheckStatus, { symbol: string; en: string; zh: string }> =
  {
    accurate: { symbol: "✓", en: "Accurate", zh: "屬實" },
    disputed: { symbol: "?", en: "Disputed", zh: "有爭議" },
    inaccurate: { symbol: "✗", en: "Inaccurate", zh: "不實" },
    unverifiable: { symbol: "–", en: "Unverifiable", zh: "無法查證" },
  };

/** Whose assertion a claim is, in English and Chinese. */
export function attributionLabel(a: Attribution): { en: string; zh: string } {
  if (a.by === "editor") return { en: "The reprint's editor's note", zh: "轉載者編按" };
  if (a.by === "source")
    return { en: `Quoted source: ${a.nameEn ?? ""}`, zh: `引述來源:${a.nameZh ?? ""}` };
  return { en: "The essay's author", zh: "作者" };
}

/** The tree's filter from a `?check=` value; none when absent or unknown. */
export function parseCheckFilter(
  value: string | string[] | undefined,
): FactCheckStatus | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return factCheckStatuses.find((s) => s === v);
}
