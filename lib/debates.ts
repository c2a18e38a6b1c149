import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import { db } from "@/db";
import { claims, debates, paragraphs, rooms, tallies } from "@/db/schema";
import type { CheckStatus, ClaimKind, ClaimRelation, ParagraphKind } from "@/db/schema";
import { resolveRoom } from "./rooms";
import type { Viewer } from "./session";
import { NEUTRAL_SCORE } from "./tally/model";

export type ParagraphView = {
  id: string;
  position: number;
  kind: ParagraphKind;
  zh: string;
  en: string;
};

export type ClaimView = {
  id: string;
  parentId: string | null;
  relation: ClaimRelation | null;
  kind: ClaimKind;
  textZh: string;
  textEn: string;
  checkStatus: CheckStatus;
  anchor: { paragraphId: string; quote: string } | null;
  tally: { score: number };
};

export type DebateSummary = {
  slug: string;
  titleZh: string;
  titleEn: string;
  summaryEn: string;
  thesis: ClaimView;
};

export type DebateView = Omit<DebateSummary, "thesis"> & {
  id: string;
  classId: string | null;
  author: string;
  publisher: string;
  language: string;
  roomId: string;
  paragraphs: ParagraphView[];
  claims: ClaimView[];
};

/** The public room of a debate; every debate has one (the seed makes it). */
async function publicRoomOf(debateId: string) {
  const [room] = await db
    .select({ id: rooms.id })
    .from(rooms)
    .where(and(eq(rooms.debateId, debateId), isNull(rooms.classId)));
  if (!room) throw new Error(`Debate ${debateId} has no public room`);
  return room.id;
}

async function claimsOf(debateId: string, roomId: string): Promise<ClaimView[]> {
  const rows = await db
    .select({ claim: claims, score: tallies.score })
    .from(claims)
    .leftJoin(tallies, and(eq(tallies.claimId, claims.id), eq(tallies.roomId, roomId)))
    .where(eq(claims.debateId, debateId))
    .orderBy(asc(claims.position));
  return rows.map(({ claim, score }) => ({
    id: claim.id,
    parentId: claim.parentId,
    relation: claim.relation,
    kind: claim.kind,
    textZh: claim.textZh,
    textEn: claim.textEn,
    checkStatus: claim.checkStatus,
    anchor:
      claim.anchorParagraphId && claim.anchorQuote
        ? { paragraphId: claim.anchorParagraphId, quote: claim.anchorQuote }
        : null,
    tally: { score: score ?? NEUTRAL_SCORE },
  }));
}

export async function listDebates(): Promise<DebateSummary[]> {
  const rows = await db.select().from(debates).orderBy(asc(debates.createdAt));
  return Promise.all(
    rows.map(async (debate) => {
      const roomId = await publicRoomOf(debate.id);
      const thesis = (await claimsOf(debate.id, roomId)).find((c) => c.parentId === null);
      if (!thesis) throw new Error(`Debate ${debate.slug} has no thesis`);
      return {
        slug: debate.slug,
        titleZh: debate.titleZh,
        titleEn: debate.titleEn,
        summaryEn: debate.summaryEn,
        thesis,
      };
    }),
  );
}

/**
 * A debate in a room the viewer may read (the public room unless `roomId` names a class room
 * of theirs), or null when there is no debate by that slug.
 */
export async function getDebate(
  slug: string,
  options: { roomId?: string; viewer?: Viewer | null } = {},
): Promise<DebateView | null> {
  const [debate] = await db.select().from(debates).where(eq(debates.slug, slug));
  if (!debate) return null;
  const roomId = options.roomId
    ? (await resolveRoom(debate.id, options.roomId, options.viewer ?? null)).id
    : await publicRoomOf(debate.id);
  const paragraphRows = await db
    .select()
    .from(paragraphs)
    .where(eq(paragraphs.debateId, debate.id))
    .orderBy(asc(paragraphs.position));
  const [room] = await db
    .select({ classId: rooms.classId })
    .from(rooms)
    .where(eq(rooms.id, roomId));
  return {
    id: debate.id,
    classId: room?.classId ?? null,
    slug: debate.slug,
    titleZh: debate.titleZh,
    titleEn: debate.titleEn,
    summaryEn: debate.summaryEn,
    author: debate.author,
    publisher: debate.publisher,
    language: debate.language,
    roomId,
    paragraphs: paragraphRows.map((p) => ({
      id: p.id,
      position: p.position,
      kind: p.kind,
      zh: p.textZh,
      en: p.textEn,
    })),
    claims: await claimsOf(debate.id, roomId),
  };
}

export async function getDebateId(slug: string): Promise<string | null> {
  const [debate] = await db.select({ id: debates.id }).from(debates).where(eq(debates.slug, slug));
  return debate?.id ?? null;
}

/** The thesis score of a debate's public room, to set beside a class's verdict. */
export async function publicThesisScore(debateId: string): Promise<number> {
  const roomId = await publicRoomOf(debateId);
  const [row] = await db
    .select({ score: tallies.score })
    .from(claims)
    .innerJoin(tallies, and(eq(tallies.claimId, claims.id), eq(tallies.roomId, roomId)))
    .where(and(eq(claims.debateId, debateId), isNull(claims.parentId)));
  return row?.score ?? NEUTRAL_SCORE;
}
