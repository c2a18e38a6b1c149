import type { SourceType } from "@/db/schema/enums";

/** How each kind of source is named on the page. */
export const SOURCE_TYPE_LABELS: Record<SourceType, string> = {
  "primary-data": "Primary data",
  "official-document": "Official document",
  news: "News",
  research: "Research",
  opinion: "Opinion",
};
