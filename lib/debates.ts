import "server-only";
import { cache } from "react";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { db } from "@/db";
import { claims, debates, paragraphContexts, paragraphs, tallies, users } from "@/db/schema";
import type {
  AttributionKind,
  CheckStatus,
  ClaimKind,
  ClaimRelation,
  FactCheckStatus,
  ParagraphKind,
} from "@/db/schema";
import { roomClaimsWhere, visibleTree } from "./claim-scope";
import { factCheckStatuses } from "./fact-checks";
import { classmateIdentities, identityOf, type Identity } from "./access";
import { publicRoomIdOf, resolveRoom, roomOfDebateSlug } from "./rooms";
import type { Viewer } from "./session";
import { NEUTRAL_SCORE } from "./tally/model";
import { thesisScoreHistory } from "./tally/read";

export type ParagraphView = {
  id: string;
  position: number;
  kind: ParagraphKind;
  zh: string;
  en: string;
  /** Background the paragraph gives that bears on no claim (docs/claim-map.md). */
  contexts: { noteZh: string; noteEn: string }[];
};

/** Whose assertion a claim is; a quoted source is named. */
export type Attribution = { by: AttributionKind; nameZh: string | null; nameEn: string | null };

export type ClaimView = {
  id: string;
  parentId: string | null;
  relation: ClaimRelation | null;
  kind: ClaimKind;
  textZh: string;
  textEn: string;
  checkStatus: CheckStatus;
  attribution: Attribution;
  /** The editor's fact-check (the most serious, if several); details on the claim page. */
  factCheck: FactCheckStatus | null;
  anchor: { paragraphId: string; quote: string } | null;
  tally: { score: number };
  /**
   * Who proposed it: null for the essay's own claims, a reader (their pseudonym in an
   * anonymous class) for the claims readers added. Exports drop the person, keep the origin.
   */
  proposedBy: Identity | null;
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

/**
 * The claims a room argues (the essay's current map and the claims readers proposed there;
 * retired and hidden ones are out of the tree), in essay order, readers' claims after the
 * essay's in the order they came.
 */
async function claimsOf(
  debateId: string,
  room: { id: string; classId: string | null },
  viewer: Viewer | null,
): Promise<ClaimView[]> {
  const [rows, checks, identities] = await Promise.all([
    db
      .select({
        claim: claims,
        score: tallies.score,
        proposerName: users.name,
        hidden: sql<boolean>`${claims.hiddenAt} is not null`.mapWith(Boolean),
      })
      .from(claims)
      .leftJoin(tallies, and(eq(tallies.claimId, claims.id), eq(tallies.roomId, room.id)))
      .leftJoin(users, eq(users.id, claims.createdBy))
      .where(roomClaimsWhere(debateId, room.id))
      .orderBy(asc(claims.position), asc(claims.createdAt)),
    factCheckStatuses(debateId),
    room.classId ? classmateIdentities(room.classId, viewer) : Promise.resolve(null),
  ]);
  const visible = visibleTree(
    rows.map((r) => ({ ...r, id: r.claim.id, parentId: r.claim.parentId })),
  );
  return visible.map(({ claim, score, proposerName }) => ({
    id: claim.id,
    parentId: claim.parentId,
    relation: claim.relation,
    kind: claim.kind,
    textZh: claim.textZh,
    textEn: claim.textEn,
    checkStatus: claim.checkStatus,
    attribution: attributionOf(claim),
    factCheck: checks.get(claim.id) ?? null,
    anchor:
      claim.anchorParagraphId && claim.anchorQuote
        ? { paragraphId: claim.anchorParagraphId, quote: claim.anchorQuote }
        : null,
    tally: { score: score ?? NEUTRAL_SCORE },
    proposedBy: claim.createdBy ? identityOf(identities, claim.createdBy, proposerName) : null,
  }));
}

export function attributionOf(claim: typeof claims.$inferSelect): Attribution {
  return {
    by: claim.attributionBy,
    nameZh: claim.attributionNameZh,
    nameEn: claim.attributionNameEn,
  };
}

export async function listDebates(): Promise<DebateSummary[]> {
  const rows = await db.select().from(debates).orderBy(asc(debates.createdAt));
  return Promise.all(
    rows.map(async (debate) => {
      const roomId = await publicRoomIdOf(debate.id);
      const thesis = (await claimsOf(debate.id, { id: roomId, classId: null }, null)).find(
        (c) => c.parentId === null,
      );
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
export function getDebate(
  slug: string,
  options: { roomId?: string; viewer?: Viewer | null } = {},
): Promise<DebateView | null> {
  return debateOnce(slug, options.roomId ?? null, options.viewer ?? null);
}

// cache() keys on its arguments by identity, so they are spread out of the options object: the
// layout, page and components of one request then share one read (the viewer comes from the
// request's cached currentViewer, so it is the same object throughout).
const debateOnce = cache(async function readDebate(
  slug: string,
  roomIdParam: string | null,
  viewer: Viewer | null,
): Promise<DebateView | null> {
  const [debate] = await db.select().from(debates).where(eq(debates.slug, slug));
  if (!debate) return null;
  const room = await resolveRoom(debate.id, roomIdParam ?? undefined, viewer);
  const roomId = room.id;
  const [paragraphRows, contextRows] = await Promise.all([
    db
      .select()
      .from(paragraphs)
      .where(eq(paragraphs.debateId, debate.id))
      .orderBy(asc(paragraphs.position)),
    db
      .select({ context: paragraphContexts })
      .from(paragraphContexts)
      .innerJoin(paragraphs, eq(paragraphs.id, paragraphContexts.paragraphId))
      .where(eq(paragraphs.debateId, debate.id))
      .orderBy(asc(paragraphContexts.id)),
  ]);
  return {
    id: debate.id,
    classId: room.classId,
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
      contexts: contextRows
        .filter(({ context }) => context.paragraphId === p.id)
        .map(({ context }) => ({ noteZh: context.noteZh, noteEn: context.noteEn })),
    })),
    claims: await claimsOf(debate.id, { id: roomId, classId: room?.classId ?? null }, viewer),
  };
});

/**
 * The claims of a room of the debate, as its tree shows them, for a viewer who may read the
 * room (class rooms: members only; the rooms module checks). The debate page's branches of
 * readers' claims come from here (lib/tree/branches.ts).
 */
export async function roomClaims(
  slug: string,
  roomId: string | undefined,
  viewer: Viewer | null,
): Promise<ClaimView[]> {
  const room = await roomOfDebateSlug(slug, roomId, viewer);
  return claimsOf(room.debateId, room, viewer);
}

export async function getDebateId(slug: string): Promise<string | null> {
  const [debate] = await db.select({ id: debates.id }).from(debates).where(eq(debates.slug, slug));
  return debate?.id ?? null;
}

/** The thesis score of a debate's public room, to set beside a class's verdict. */
export async function publicThesisScore(debateId: string): Promise<number> {
  const roomId = await publicRoomIdOf(debateId);
  const [row] = await db
    .select({ score: tallies.score })
    .from(claims)
    .innerJoin(tallies, and(eq(tallies.claimId, claims.id), eq(tallies.roomId, roomId)))
    .where(and(eq(claims.debateId, debateId), isNull(claims.parentId), isNull(claims.retiredAt)));
  return row?.score ?? NEUTRAL_SCORE;
}

/** The public room's thesis history, drawn beside a class's own line on its chart. */
export async function publicThesisHistory(debateId: string) {
  return thesisScoreHistory(await publicRoomIdOf(debateId));
}
