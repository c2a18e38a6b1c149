import type { SeedDebate } from "../types";
import { claims } from "./claims";
import { contexts } from "./contexts";
import { factChecks } from "./fact-checks";
import { paragraphs } from "./paragraphs";
import { revision } from "./revision";

export const aiDollar: SeedDebate = {
  slug: "ai-dollar",
  titleZh: "美元的起源——從石油美元到算力時代的新霸權想像",
  titleEn:
    "The origins of the dollar: from the petrodollar to a new imagined hegemony in the age of compute",
  author: "Unnamed author (the 漫談海灣 “Gulf Talk” column)",
  publisher: "歐亞系統科學研究會 (Eurasian Systems Science Research Association), reprint",
  language: "zh-Hant",
  summaryEn:
    "Argues that the US may build an “AI dollar” system — a successor to the petrodollar anchored on control of AI chips and compute, with Gulf capital as its anchor — and then doubts it can last.",
  paragraphs,
  claims,
  mapVersion: revision.version,
  revisions: revision.version > 1 ? [revision] : [],
  contexts,
  factChecks,
};
