import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Transaction } from "@/db/write";
import { addToShape, keepRows, keptRows, shapeFor, type Row, type Shape } from "./kept";
import {
  emptyAggregates,
  evaluate,
  NEUTRAL_SCORE,
  type Aggregates,
  type ChildInput,
} from "./model";
import type { BumpedRoom } from "./revision";

/**
 * Incremental tally maintenance, inside the transaction of the write that caused it.
 * A write adds integer deltas to its claim's aggregates, then the claim and each ancestor is
 * re-evaluated from stored aggregates and its children's stored rows: the cost grows with the
 * depth of the claim (and its siblings), never with the number of votes. The room's revision is
 * bumped and read in one statement (`readPath`), the rows come from what this process keeps of
 * the room while no other write came between (lib/tally/kept.ts), and each changed row is
 * written once. Every vote runs these statements, so they are SQL text rather than built queries
 * (decisions 0031, 0034, 0035).
 */

export { bumpRevision, bumpRoom } from "./revision";

/**
 * A claim just proposed (already inserted, the room bumped with its tree) enters the tally. With
 * no evidence and no votes its row is the neutral one, and a neutral child adds exactly 0 to its
 * parent's sum (model.ts: weight × impact × net), so no ancestor's row changes: the claim's own
 * row is written under the write's revision (open pages hear of it) and nothing else.
 */
export async function enterTally(
  tx: Transaction,
  roomId: string,
  claim: { id: string; parentId: string; relation: "supports" | "opposes" },
  room: BumpedRoom,
): Promise<void> {
  addToShape(roomId, room.treeRevision, claim);
  const shape = await shapeFor(tx, roomId, room);
  // Under a hidden branch the claim is out of the tree, as in propagate.
  if (!shape.parent.has(claim.id)) return;
  await tx.run(sql`
    insert into tallies (room_id, claim_id, net, score, revision, updated_at)
    values (${roomId}, ${claim.id}, 0, ${NEUTRAL_SCORE}, ${room.revision}, ${Date.now()})`);
  // The bump changed no other row: rows kept at the revision before are current with this one.
  keepRows(roomId, room.revision, [[claim.id, neutral()]], room.revision - 1);
}

const neutral = (): Row => ({ ...emptyAggregates(), net: 0, score: NEUTRAL_SCORE });

/**
 * What a tally write reads before it writes: the room as this write's bump left it (its new
 * revision, which the rows it writes carry), the claim tree, the stored rows of the claim's path
 * and of the path's children (a claim without a row is neutral), and whatever `extra` the caller
 * asked for in the same statement (a vote: the voter's old vote).
 */
export type PathRead = {
  room: BumpedRoom;
  shape: Shape;
  rows: Map<string, Row | null>;
  extra: unknown;
};

/** The claim, its ancestors and their children: the rows a change of the claim re-evaluates. */
function neededIds(shape: Shape, claimId: string): string[] {
  if (!shape.parent.has(claimId)) return [];
  const needed = new Set<string>();
  for (let c: string | null = claimId; c; c = shape.parent.get(c) ?? null)
    for (const id of [c, ...(shape.children.get(c) ?? [])]) needed.add(id);
  return [...needed];
}

type RowRead = { k: string; a: string; n: number; s: number };

/**
 * The stored rows of `ids`, the integers as one JSON text per row (exact), net and score as
 * columns: SQLite writes reals into JSON with 15 digits, which would not give back the stored
 * double. The ids go as one JSON parameter, so the statement's text is the same for every path.
 */
async function readRows(tx: Transaction, roomId: string, ids: string[]) {
  const read = await tx.all<RowRead>(sql`
    select claim_id as k, json_array(evidence_net, rating_net, agreement_sum, agreement_count,
      impact_sum, impact_count) as a, net as n, score as s
    from tallies
    where room_id = ${roomId} and claim_id in (select value from json_each(${JSON.stringify(ids)}))`);
  const rows = new Map<string, Row | null>(ids.map((id) => [id, null]));
  for (const { k, a, n, s } of read) {
    const [evidenceNet, ratingNet, agreementSum, agreementCount, impactSum, impactCount] =
      JSON.parse(a) as number[];
    rows.set(k, {
      evidenceNet: evidenceNet!,
      ratingNet: ratingNet!,
      agreementSum: agreementSum!,
      agreementCount: agreementCount!,
      impactSum: impactSum!,
      impactCount: impactCount!,
      net: n,
      score: s,
    });
  }
  return rows;
}

/**
 * Bumps the room's revision and reads what `propagate` needs: one statement bumps the room and
 * returns its new revision, its tree's revision, its debate and the caller's `extra` (a JSON
 * value). The tree and the rows come from what this process keeps while they are current (no
 * write of any process came between its last write of the room and this one); what is not kept
 * is read in a second statement. Each statement costs a vote more in the driver than SQLite
 * takes to run it (decisions 0034, 0035).
 */
export async function readPath(
  tx: Transaction,
  roomId: string,
  claimId: string,
  extra: SQL = sql`null`,
): Promise<PathRead> {
  const [head] = await tx.all<{ a: string }>(sql`
    update rooms set revision = revision + 1 where id = ${roomId}
    returning json_object('revision', revision, 'treeRevision', tree_revision,
      'debateId', debate_id, 'extra', json(${extra})) as a`);
  if (!head) throw new Error(`No room ${roomId}`);
  const { extra: extraValue, ...room } = JSON.parse(head.a) as BumpedRoom & { extra: unknown };
  const shape = await shapeFor(tx, roomId, room);
  const needed = neededIds(shape, claimId);
  const kept = keptRows(roomId, room.revision - 1);
  const missing = kept ? needed.filter((id) => !kept.has(id)) : needed;
  const read = missing.length > 0 ? await readRows(tx, roomId, missing) : new Map();
  keepRows(roomId, room.revision - 1, read, room.revision - 1);
  const rows = new Map<string, Row | null>();
  for (const id of needed) rows.set(id, read.get(id) ?? kept?.get(id) ?? null);
  return { room, shape, rows, extra: extraValue };
}

/**
 * Adds `delta` to the claim's aggregates, then re-evaluates it and every ancestor from what
 * `readPath` read, in one multi-row write under the revision `readPath` bumped to. Records the
 * thesis score when it changes. Returns the write's revision, which the rows it wrote carry.
 */
export async function propagate(
  tx: Transaction,
  roomId: string,
  claimId: string,
  { room, shape, rows }: PathRead,
  delta: Partial<Aggregates> = {},
): Promise<number> {
  const { revision } = room;
  // A retired or hidden claim (an author deleting evidence left on it, say) is out of the tree:
  // it counts nowhere. The bump changed no row, so what is kept stays current.
  if (!shape.parent.has(claimId)) {
    keepRows(roomId, revision, [], revision - 1);
    return revision;
  }
  const path: string[] = [];
  for (let c: string | null = claimId; c; c = shape.parent.get(c) ?? null) path.push(c);
  const bumped = { ...(rows.get(claimId) ?? neutral()) };
  for (const [key, value] of Object.entries(delta) as [keyof Aggregates, number][])
    bumped[key] += value;
  rows.set(claimId, bumped);

  const written: (Row & { claimId: string })[] = [];
  let thesisBefore: number | null = null;
  for (const current of path) {
    const own = rows.get(current) ?? neutral();
    const children: ChildInput[] = (shape.children.get(current) ?? []).map((id) => {
      const child = rows.get(id) ?? neutral();
      return {
        claimId: id,
        relation: shape.relation.get(id) ?? "supports",
        net: child.net,
        impactSum: child.impactSum,
        impactCount: child.impactCount,
      };
    });
    const { net, score } = evaluate(own, children);
    if (shape.parent.get(current) === null) thesisBefore = own.score;
    const row = { ...pickAggregates(own), net, score };
    written.push({ claimId: current, ...row });
    rows.set(current, row);
  }
  const now = Date.now();
  const values = written.map(
    (w) =>
      sql`(${roomId}, ${w.claimId}, ${w.evidenceNet}, ${w.ratingNet}, ${w.agreementSum},
        ${w.agreementCount}, ${w.impactSum}, ${w.impactCount}, ${w.net}, ${w.score}, ${revision}, ${now})`,
  );
  await tx.run(sql`
    insert into tallies (room_id, claim_id, evidence_net, rating_net, agreement_sum,
      agreement_count, impact_sum, impact_count, net, score, revision, updated_at)
    values ${sql.join(values, sql`, `)}
    on conflict (room_id, claim_id) do update set
      evidence_net = excluded.evidence_net, rating_net = excluded.rating_net,
      agreement_sum = excluded.agreement_sum, agreement_count = excluded.agreement_count,
      impact_sum = excluded.impact_sum, impact_count = excluded.impact_count,
      net = excluded.net, score = excluded.score, revision = excluded.revision,
      updated_at = excluded.updated_at`);
  // The rows kept at the revision before, with these written, are the room's rows now.
  keepRows(
    roomId,
    revision,
    written.map(({ claimId: id, ...row }) => [id, row]),
    revision - 1,
  );
  const thesis = written.at(-1)!;
  if (thesisBefore !== null && thesisBefore !== thesis.score) {
    await tx.run(
      sql`insert into thesis_history (room_id, score, revision) values (${roomId}, ${thesis.score}, ${revision})`,
    );
  }
  return revision;
}

function pickAggregates(a: Aggregates): Aggregates {
  return {
    evidenceNet: a.evidenceNet,
    ratingNet: a.ratingNet,
    agreementSum: a.agreementSum,
    agreementCount: a.agreementCount,
    impactSum: a.impactSum,
    impactCount: a.impactCount,
  };
}
