// The editor's fact-checks of the essay's factual assertions, each with its sources.
import type { SeedFactCheck } from "../types";

export const factChecks: SeedFactCheck[] = [];
