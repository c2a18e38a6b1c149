import type { FactCheckStatus } from "@/db/schema/enums";
import type { Attribution } from "./debates";

/** Each status in words (badges add a symbol and colour from CSS: `.tag-check`). */
export const factCheckLabels: Record<FactCheckStatus, { en: string; zh: string }> = {
  accurate: { en: "Accurate", zh: "屬實" },
  disputed: { en: "Disputed", zh: "有爭議" },
  inaccurate: { en: "Inaccurate", zh: "不實" },
  unverifiable: { en: "Unverifiable", zh: "無法查證" },
};

/** Whose assertion a claim is, in English and Chinese. */
export function attributionLabel(a: Attribution): { en: string; zh: string } {
  if (a.by === "editor") return { en: "The reprint's editor's note", zh: "轉載者編按" };
  if (a.by === "source")
    return { en: `Quoted source: ${a.nameEn ?? ""}`, zh: `引述來源:${a.nameZh ?? ""}` };
  return { en: "The essay's author", zh: "作者" };
}
