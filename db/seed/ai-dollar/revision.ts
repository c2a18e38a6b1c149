// How the current version of the claim map replaced the one before it (db/seed/revise.ts).
import type { SeedMapRevision } from "../types";

/** Version 1 is the first map: it replaced nothing. */
export const revision: SeedMapRevision = { version: 1, merged: {}, split: {}, retired: {} };
