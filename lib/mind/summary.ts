import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/db";
import type { DebateView } from "../debates";
import type { RoomRef } from "../rooms";
import type { Viewer } from "../session";
import { roomOfDebateSlug } from "../rooms";
import { emptyMindSummary, MIN_MOVERS_FOR_LISTS, type MindChangeSummary } from "./shape";

/** Each reader's "before" and latest "now" (null when none yet) in a room, as SQL. */
const pairs = (roomId: string) => sql`
  with latest as (
    select user_id, stance from (
      select user_id, stance,
             row_number() over (partition by user_id order by id desc) as rn
      from thesis_stances where room_id = ${roomId} and phase = 'now'
    ) where rn = 1
  ),
  pairs as (
    select b.user_id, b.stance as before, l.stance as now
    from thesis_stances b left join latest l on l.user_id = b.user_id
    where b.room_id = ${roomId} and b.phase = 'before'
  )`;

/**
 * How minds moved in a room the viewer may read: three grouped queries (transitions, then what
 * the movers voted on, claims and evidence), whatever the number of readers.
 */
export async function mindChanges(
  slug: string,
  roomId: string | undefined,
  viewer: Viewer | null,
): Promise<MindChangeSummary> {
  return summaryOf(await roomOfDebateSlug(slug, roomId, viewer));
}

/** The summary for a debate page: a DebateView comes from getDebate, which checked the room. */
export const mindChangesOfDebate = (debate: Pick<DebateView, "roomId">) =>
  summaryOf({ id: debate.roomId });

// Every view of a debate page asks for its room's summary, the same for every reader, and with
// thousands of readers it costs a few hundred milliseconds of queries (docs/decisions/0013). So
// this process keeps each room's summary a few seconds, shared by concurrent requests. A stance
// recorded here clears it at once; elsewhere it shows within SUMMARY_TTL_MS, and so do votes.
const SUMMARY_TTL_MS = 5_000;
const summaries = new Map<string, { at: number; summary: Promise<MindChangeSummary> }>();

/** Called by every stance write, so the writer sees their own change at once. */
export const forgetSummary = (roomId: string) => summaries.delete(roomId);

function summaryOf(room: Pick<RoomRef, "id">): Promise<MindChangeSummary> {
  const kept = summaries.get(room.id);
  if (kept && Date.now() - kept.at < SUMMARY_TTL_MS) return kept.summary;
  if (summaries.size > 10_000) summaries.clear();
  const summary = computeSummary(room);
  summaries.set(room.id, { at: Date.now(), summary });
  summary.catch(() => summaries.delete(room.id));
  return summary;
}

async function computeSummary(room: Pick<RoomRef, "id">): Promise<MindChangeSummary> {
  const transitions = await db.all<{ before: number; now: number | null; n: number }>(sql`
    ${pairs(room.id)}
    select before, now, count(*) as n from pairs group by before, now`);
  const summary: MindChangeSummary = emptyMindSummary(room.id);
  let sumBefore = 0;
  let sumNow = 0;
  for (const { before, now, n: count } of transitions) {
    const n = Number(count);
    summary.withBefore += n;
    if (now === null) continue;
    summary.recordedBoth += n;
    sumBefore += before * n;
    sumNow += now * n;
    if (now > before) summary.toward += n;
    else if (now < before) summary.against += n;
    else summary.unchanged += n;
  }
  if (summary.recordedBoth > 0) {
    summary.averageBefore = sumBefore / summary.recordedBoth;
    summary.averageNow = sumNow / summary.recordedBoth;
  }
  if (summary.toward + summary.against >= MIN_MOVERS_FOR_LISTS) {
    const movers = sql`${pairs(room.id)}, movers as (select user_id from pairs where now is not null and now <> before)`;
    const [topClaims, topEvidence] = await Promise.all([
      db.all<{ id: string; textZh: string; textEn: string; votes: number }>(sql`
        ${movers}
        select c.id, c.text_zh as textZh, c.text_en as textEn, count(*) as votes
        from claim_votes v join movers m on m.user_id = v.user_id join claims c on c.id = v.claim_id
        where v.room_id = ${room.id}
        group by c.id order by votes desc, c.position limit 5`),
      db.all<{ id: string; claimId: string; title: string; votes: number }>(sql`
        ${movers}
        select e.id, e.claim_id as claimId, e.title, count(*) as votes
        from evidence_votes v join movers m on m.user_id = v.user_id join evidence e on e.id = v.evidence_id
        where v.room_id = ${room.id} and e.deleted_at is null and e.hidden_at is null
        group by e.id order by votes desc, e.created_at limit 5`),
    ]);
    summary.topClaims = topClaims.map((c) => ({ ...c, votes: Number(c.votes) }));
    summary.topEvidence = topEvidence.map((e) => ({ ...e, votes: Number(e.votes) }));
  }
  return summary;
}
