import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Transaction } from "@/db/write";
import { roomShapeRows, visibleTree } from "../claim-scope";
import { compareIds } from "./full";
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
 * depth of the claim (and its siblings), never with the number of votes. The room and all the
 * rows needed are read in one statement (`readPath`) and each changed row is written once. Every
 * vote runs these statements, so they are SQL text rather than built queries (decisions 0031,
 * 0034).
 */

export { bumpRevision, bumpRoom } from "./revision";

type Shape = {
  parent: Map<string, string | null>;
  relation: Map<string, "supports" | "opposes" | null>;
  children: Map<string, string[]>;
};

/**
 * The claim tree of each room, as this process last read it, with the room's tree revision
 * then. Every change of shape (a claim proposed, hidden, restored, moved, merged) bumps the
 * revision in the same transaction, so a process whose copy is older reads it again — also
 * when another process made the change. The write's own revision bump returns the tree revision
 * it checks against (lib/tally/revision.ts).
 */
const shapes = new Map<string, { treeRevision: number; shape: Shape }>();

async function shapeFor(tx: Transaction, roomId: string, room: BumpedRoom): Promise<Shape> {
  const kept = shapes.get(roomId);
  if (kept && kept.treeRevision === room.treeRevision) return kept.shape;
  const rows = visibleTree(await roomShapeRows(tx, room.debateId, roomId));
  const shape: Shape = { parent: new Map(), relation: new Map(), children: new Map() };
  for (const row of rows) {
    shape.parent.set(row.id, row.parentId);
    shape.relation.set(row.id, row.relation);
    if (row.parentId)
      shape.children.set(row.parentId, [...(shape.children.get(row.parentId) ?? []), row.id]);
  }
  for (const list of shape.children.values()) list.sort(compareIds);
  shapes.set(roomId, { treeRevision: room.treeRevision, shape });
  return shape;
}

/**
 * A claim proposed by this process at tree revision `treeRevision`: when the kept shape is the
 * one just before, the claim is added to it instead of reading the whole tree again (a
 * proposal then costs what any write costs, however large the tree). Called inside the write.
 */
function addToShape(
  roomId: string,
  treeRevision: number,
  claim: { id: string; parentId: string; relation: "supports" | "opposes" },
): void {
  const kept = shapes.get(roomId);
  if (!kept || kept.treeRevision !== treeRevision - 1 || !kept.shape.parent.has(claim.parentId))
    return;
  const { shape } = kept;
  shape.parent.set(claim.id, claim.parentId);
  shape.relation.set(claim.id, claim.relation);
  shape.children.set(
    claim.parentId,
    [...(shape.children.get(claim.parentId) ?? []), claim.id].sort(compareIds),
  );
  kept.treeRevision = treeRevision;
}

/** Drops the kept shape of a room (a write that changed it failed: read it again). */
export function forgetShape(roomId: string): void {
  shapes.delete(roomId);
}

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
}

type Row = Aggregates & { net: number; score: number };

/**
 * What a tally write reads before it writes: the room as it stands (its revision before this
 * write's bump), the claim tree, the stored rows of the claim's path and of the path's children,
 * and whatever `extra` the caller asked for in the same statement (a vote: the voter's old vote).
 */
export type PathRead = { room: BumpedRoom; shape: Shape; rows: Map<string, Row>; extra: unknown };

/** The claim, its ancestors and their children: the rows a change of the claim re-evaluates. */
function neededIds(shape: Shape, claimId: string): string[] {
  if (!shape.parent.has(claimId)) return [];
  const needed = new Set<string>();
  for (let c: string | null = claimId; c; c = shape.parent.get(c) ?? null)
    for (const id of [c, ...(shape.children.get(c) ?? [])]) needed.add(id);
  return [...needed];
}

/**
 * The stored rows of `ids`, the integers as one JSON text per row (exact), net and score as
 * columns: SQLite writes reals into JSON with 15 digits, which would not give back the stored
 * double. The ids go as one JSON parameter, so the statement's text is the same for every path.
 */
const rowsOf = (roomId: string, ids: string[]) => sql`
  select claim_id as k, json_array(evidence_net, rating_net, agreement_sum, agreement_count,
    impact_sum, impact_count) as a, net as n, score as s
  from tallies
  where room_id = ${roomId} and claim_id in (select value from json_each(${JSON.stringify(ids)}))`;

type RowRead = { k: string | null; a: string; n: number | null; s: number | null };

function rowFrom({ a, n, s }: RowRead): Row {
  const [evidenceNet, ratingNet, agreementSum, agreementCount, impactSum, impactCount] = JSON.parse(
    a,
  ) as number[];
  return {
    evidenceNet: evidenceNet!,
    ratingNet: ratingNet!,
    agreementSum: agreementSum!,
    agreementCount: agreementCount!,
    impactSum: impactSum!,
    impactCount: impactCount!,
    net: n!,
    score: s!,
  };
}

/**
 * Reads what `propagate` needs in one statement: the room's line (revisions, debate, `extra`, a
 * JSON value) and the path's rows as this process's kept tree has the path. Only when the tree
 * changed shape since (its revision moved) are the rows read again for the tree as it is now.
 * Each statement costs a vote more in the driver (parse, column names, row objects) than
 * SQLite takes to run it, so a vote reads once (decision 34).
 */
export async function readPath(
  tx: Transaction,
  roomId: string,
  claimId: string,
  extra: SQL = sql`null`,
): Promise<PathRead> {
  const kept = shapes.get(roomId);
  const read = await tx.all<RowRead>(sql`
    select null as k, json_object('revision', revision, 'treeRevision', tree_revision,
      'debateId', debate_id, 'extra', json(${extra})) as a, null as n, null as s
    from rooms where id = ${roomId}
    union all ${rowsOf(roomId, kept ? neededIds(kept.shape, claimId) : [])}`);
  const head = read.find((row) => row.k === null);
  if (!head) throw new Error(`No room ${roomId}`);
  const { extra: extraValue, ...room } = JSON.parse(head.a) as BumpedRoom & { extra: unknown };
  let shape = kept?.shape;
  let rows = read.filter((row) => row.k !== null);
  if (!kept || kept.treeRevision !== room.treeRevision) {
    shape = await shapeFor(tx, roomId, room);
    rows = await tx.all<RowRead>(rowsOf(roomId, neededIds(shape, claimId)));
  }
  return {
    room,
    shape: shape!,
    rows: new Map(rows.map((row) => [row.k!, rowFrom(row)])),
    extra: extraValue,
  };
}

/**
 * Bumps the room's revision, adds `delta` to the claim's aggregates, then re-evaluates it and
 * every ancestor from what `readPath` read, in one multi-row write. Records the thesis score
 * when it changes. Returns the write's revision, which the rows it wrote carry.
 */
export async function propagate(
  tx: Transaction,
  roomId: string,
  claimId: string,
  { room, shape, rows }: PathRead,
  delta: Partial<Aggregates> = {},
): Promise<number> {
  // The transaction holds the write lock since its BEGIN: the revision read is still the room's.
  const revision = room.revision + 1;
  await tx.run(sql`update rooms set revision = revision + 1 where id = ${roomId}`);
  // A retired or hidden claim (an author deleting evidence left on it, say) is out of the tree: it counts nowhere.
  if (!shape.parent.has(claimId)) return revision;
  const path: string[] = [];
  for (let c: string | null = claimId; c; c = shape.parent.get(c) ?? null) path.push(c);
  const neutral = (): Row => ({ ...emptyAggregates(), net: 0, score: NEUTRAL_SCORE });
  const first = rows.get(claimId) ?? neutral();
  const bumped = { ...first };
  for (const [key, value] of Object.entries(delta) as [keyof Aggregates, number][])
    bumped[key] += value;
  rows.set(claimId, bumped);

  const written: (Aggregates & { claimId: string; net: number; score: number })[] = [];
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
    written.push({ claimId: current, ...pickAggregates(own), net, score });
    rows.set(current, { ...own, net, score });
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
