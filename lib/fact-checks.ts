import "server-only";
import { asc, eq } from "drizzle-orm";
import { db } from "@/db";
import { claimFactChecks, claims, factChecks } from "@/db/schema";
import type { FactCheckStatus } from "@/db/schema";

export type FactCheckSource = { title: string; publisher: string; date: string; url: string };

export type FactCheckView = {
  status: FactCheckStatus;
  quote: string;
  noteZh: string;
  noteEn: string;
  sources: FactCheckSource[];
};

/** The most serious status first: a claim with several checks shows the worst in the tree. */
const severity: Record<FactCheckStatus, number> = {
  inaccurate: 3,
  disputed: 2,
  unverifiable: 1,
  accurate: 0,
};

export function worstStatus(statuses: FactCheckStatus[]): FactCheckStatus | null {
  return statuses.reduce<FactCheckStatus | null>(
    (worst, s) => (worst === null || severity[s] > severity[worst] ? s : worst),
    null,
  );
}

/** The editor's checks of one claim, with their sources (the claim page and its API). */
export async function factChecksOf(claimId: string): Promise<FactCheckView[]> {
  const rows = await db
    .select({ check: factChecks })
    .from(claimFactChecks)
    .innerJoin(factChecks, eq(factChecks.id, claimFactChecks.factCheckId))
    .where(eq(claimFactChecks.claimId, claimId))
    .orderBy(asc(factChecks.id));
  return rows.map(({ check }) => ({
    status: check.status,
    quote: check.quote,
    noteZh: check.noteZh,
    noteEn: check.noteEn,
    sources: JSON.parse(check.sources) as FactCheckSource[],
  }));
}

/** Each checked claim of a debate → its worst status, for the badges of the tree. */
export async function factCheckStatuses(debateId: string): Promise<Map<string, FactCheckStatus>> {
  const rows = await db
    .select({ claimId: claimFactChecks.claimId, status: factChecks.status })
    .from(claimFactChecks)
    .innerJoin(factChecks, eq(factChecks.id, claimFactChecks.factCheckId))
    .innerJoin(claims, eq(claims.id, claimFactChecks.claimId))
    .where(eq(claims.debateId, debateId));
  const byClaim = new Map<string, FactCheckStatus[]>();
  for (const r of rows) byClaim.set(r.claimId, [...(byClaim.get(r.claimId) ?? []), r.status]);
  return new Map([...byClaim].map(([id, statuses]) => [id, worstStatus(statuses)!]));
}
