import { and, eq } from "drizzle-orm";
import type { Transaction } from "@/db/write";
import { raterBalances, tallies, thesisHistory } from "@/db/schema";
import { computeRoom } from "./full";
import { loadRoomInputs } from "./recompute";
import { NEUTRAL_SCORE } from "./model";
import { bumpRevision } from "./revision";

/** Rows per INSERT, well under SQLite's limit on bound parameters. */
const CHUNK = 200;

/**
 * Recomputes a room's tallies and rater balances from its raw rows, under a new room revision
 * (so open pages receive every score again). For when the claim tree itself changes — a new
 * version of the map — where no incremental path applies. Runs inside the caller's transaction.
 */
export async function rebuildRoom(tx: Transaction, roomId: string): Promise<void> {
  const revision = await bumpRevision(tx, roomId);
  const inputs = await loadRoomInputs(tx, roomId);
  const computed = computeRoom(inputs);
  const thesisId = inputs.claims.find((c) => c.parentId === null)?.id;
  const [thesisBefore] = thesisId
    ? await tx
        .select({ score: tallies.score })
        .from(tallies)
        .where(and(eq(tallies.roomId, roomId), eq(tallies.claimId, thesisId)))
    : [];

  await tx.delete(tallies).where(eq(tallies.roomId, roomId));
  const rows = [...computed].map(([claimId, t]) => ({ roomId, claimId, ...t, revision }));
  for (let i = 0; i < rows.length; i += CHUNK)
    await tx.insert(tallies).values(rows.slice(i, i + CHUNK));

  await tx.delete(raterBalances).where(eq(raterBalances.roomId, roomId));
  const balances = raterBalancesOf(inputs);
  for (let i = 0; i < balances.length; i += CHUNK)
    await tx
      .insert(raterBalances)
      .values(balances.slice(i, i + CHUNK).map((b) => ({ roomId, ...b })));

  const thesisAfter = thesisId ? computed.get(thesisId)?.score : undefined;
  if (thesisAfter !== undefined && thesisAfter !== (thesisBefore?.score ?? NEUTRAL_SCORE))
    await tx.insert(thesisHistory).values({ roomId, score: thesisAfter, revision });
}

/** Each rater's unclamped balance on each claim, as lib/tally/effects.ts keeps it incrementally. */
function raterBalancesOf(inputs: Awaited<ReturnType<typeof loadRoomInputs>>) {
  const items = new Map(inputs.evidence.filter((e) => e.visible).map((e) => [e.id, e]));
  const balances = new Map<string, { claimId: string; userId: string; balance: number }>();
  for (const vote of inputs.evidenceVotes) {
    const item = items.get(vote.evidenceId);
    if (!item) continue;
    const key = `${item.claimId}\u0000${vote.userId}`;
    const entry = balances.get(key) ?? { claimId: item.claimId, userId: vote.userId, balance: 0 };
    entry.balance += (item.stance === "support" ? 1 : -1) * (vote.strength - 3);
    balances.set(key, entry);
  }
  return [...balances.values()];
}
