// How version 2 of the claim map replaces version 1 (61 claims). Every version-1 key is kept
// (it appears in claims.ts), merged, split or retired; claim-map.test.ts proves it.
import type { SeedMapRevision } from "../types";

export const revision: SeedMapRevision = {
  version: 2,
  merged: {
    // The editor's note (P2) and the author (P8) state the same shift of core resources.
    "compute-key-variable": "core-resources-shift",
  },
  split: {
    "national-security-frame": ["national-security-frame", "security-frame-gives-motive"],
    "narrative-origins": ["narrative-origins", "origins-reinforced"],
    // The old summary of three ideas keeps its id as their parent ("the report's core covered
    // three key ideas"); each idea is its own claim.
    "nscai-three-ideas": [
      "nscai-three-ideas",
      "nscai-infrastructure",
      "nscai-supply-chain",
      "nscai-governance",
    ],
    "saudi-dollar-agreement": ["saudi-dollar-agreement", "petrodollar-built"],
    "model-ecosystem": ["model-ecosystem", "data-centre-footprint"],
    "ai-action-plan": ["ai-action-plan", "us-standards-push"],
    "stablecoin-legislation": ["stablecoin-legislation", "republican-stablecoin-plan"],
    "gulf-swf-size": ["gulf-swf-size", "swfs-target-ai"],
    "gulf-capital-hub": ["gulf-capital-hub", "ai-needs-capital-energy", "gulf-new-anchor"],
    "saudi-pledge": ["saudi-pledge", "saudi-pledge-ai"],
    "h200-export-decision": ["h200-export-decision", "h200-revenue-share"],
    "feasibility-limited": ["feasibility-limited", "strategic-intent"],
    "fast-iteration": ["fast-iteration", "stability-weaker"],
  },
  retired: {},
};
