import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import { db } from "@/db";
import { evidence, evidenceRevisions, evidenceVotes, users } from "@/db/schema";
import { writeTransaction, type Transaction } from "@/db/write";
import { conflict, forbidden, notFound } from "./errors";
import { actingUser, classmateIdentities, identityOf, type Identity } from "./access";
import { claimHref } from "./notifications/links";
import { notify } from "./notifications/notify";
import { claimInRoom, readableRoom, resolveRoom, type RoomRef } from "./rooms";
import type { Viewer } from "./session";
import { changeEvidence, evidenceState, type EvidenceState } from "./tally/effects";
import type { EvidenceInput, EvidencePatch } from "./validation/evidence";

export type EvidenceItem = {
  id: string;
  claimId: string;
  roomId: string;
  stance: "support" | "rebut";
  url: string;
  domain: string;
  title: string;
  quote: string;
  explanation: string;
  sourceType: string;
  author: { id: string; name: string };
  createdAt: string;
  updatedAt: string | null;
  rating: { average: number | null; count: number };
  /** The viewer's own strength rating, when signed in. */
  myRating: number | null;
  mine: boolean;
};

function isDuplicate(error: unknown) {
  return /UNIQUE constraint failed: evidence\./.test(
    String((error as { cause?: unknown })?.cause ?? error),
  );
}

export async function addEvidence(
  viewer: Viewer,
  claimId: string,
  roomId: string | undefined,
  input: EvidenceInput,
) {
  const { room } = await claimInRoom(claimId, roomId, viewer);
  const id = randomUUID();
  const href = await claimHref(room, claimId, `evidence-${id}`);
  const state: EvidenceState = {
    id,
    roomId: room.id,
    claimId,
    authorId: viewer.id,
    stance: input.stance,
    visible: true,
  };
  try {
    await writeTransaction(db, (tx) =>
      changeEvidence(tx, null, state, async () => {
        await tx
          .insert(evidence)
          .values({ id, roomId: room.id, claimId, authorId: viewer.id, ...input });
        await notifyOpposingAuthors(tx, viewer, room, claimId, input.stance, href, input.title);
      }),
    );
  } catch (error) {
    if (isDuplicate(error)) throw conflict("You have already cited this source for this claim.");
    throw error;
  }
  return (await evidenceById(id, viewer))!;
}

/**
 * New evidence on one side of a claim answers the evidence on the other side: each author of a
 * visible item with the opposite stance, in this room, is told ("rebutted your evidence", read
 * symmetrically: supporting evidence answers rebutting evidence too).
 */
async function notifyOpposingAuthors(
  tx: Transaction,
  viewer: Viewer,
  room: RoomRef,
  claimId: string,
  stance: "support" | "rebut",
  href: string,
  title: string,
) {
  const authors = await tx
    .selectDistinct({ id: evidence.authorId })
    .from(evidence)
    .where(
      and(
        eq(evidence.roomId, room.id),
        eq(evidence.claimId, claimId),
        eq(evidence.stance, stance === "support" ? "rebut" : "support"),
        isNull(evidence.deletedAt),
        isNull(evidence.hiddenAt),
      ),
    );
  await notify(
    tx,
    authors.map((a) => ({
      userId: a.id,
      kind: "rebuttal" as const,
      actorId: viewer.id,
      roomId: room.id,
      href,
      subject: title,
    })),
  );
}

/** The item for its author to change; anyone else gets 403, a deleted item 404. */
async function ownItem(tx: Transaction, viewer: Viewer, id: string) {
  actingUser(viewer);
  const [row] = await tx.select().from(evidence).where(eq(evidence.id, id));
  if (!row || row.deletedAt) throw notFound("evidence");
  await readableRoom(row.roomId, viewer);
  if (row.authorId !== viewer.id) throw forbidden("Only its author can change this evidence.");
  return row;
}

type EvidenceRow = typeof evidence.$inferSelect;
type EvidenceChange = (row: EvidenceRow) => {
  after: EvidenceState;
  set: Partial<typeof evidence.$inferInsert>;
};

/**
 * A change to an item by its author: the item as it was goes into its history, then the change
 * is applied and carried into the tally. The caller has checked who may make it.
 */
export async function reviseItem(
  tx: Transaction,
  editorId: string,
  row: EvidenceRow,
  action: "edit" | "delete",
  change: EvidenceChange,
) {
  await tx
    .insert(evidenceRevisions)
    .values({ evidenceId: row.id, editorId, action, before: JSON.stringify(row) });
  const { after, set } = change(row);
  await changeEvidence(tx, evidenceState(row), after, async () => {
    await tx.update(evidence).set(set).where(eq(evidence.id, row.id));
  });
}

/** An author's change to their own item. Others get 403; a deleted item 404. */
async function reviseOwnItem(
  viewer: Viewer,
  id: string,
  action: "edit" | "delete",
  change: EvidenceChange,
) {
  await writeTransaction(db, async (tx) =>
    reviseItem(tx, viewer.id, await ownItem(tx, viewer, id), action, change),
  );
}

/** Soft deletion: the item leaves the tally and the page, and stays in history. */
export const softDeletion: EvidenceChange = (row) => ({
  after: { ...evidenceState(row), visible: false },
  set: { deletedAt: new Date() },
});

export async function editEvidence(viewer: Viewer, id: string, patch: EvidencePatch) {
  try {
    await reviseOwnItem(viewer, id, "edit", (row) => ({
      after: { ...evidenceState(row), stance: patch.stance ?? row.stance },
      set: { ...patch, updatedAt: new Date() },
    }));
  } catch (error) {
    if (isDuplicate(error)) throw conflict("You have already cited this source for this claim.");
    throw error;
  }
  return (await evidenceById(id, viewer))!;
}

export async function deleteEvidence(viewer: Viewer, id: string): Promise<void> {
  await reviseOwnItem(viewer, id, "delete", softDeletion);
}

const ratingAverage = sql<
  number | null
>`(select avg(${evidenceVotes.strength}) from ${evidenceVotes} where ${evidenceVotes.evidenceId} = ${evidence.id})`;
const ratingCount = sql<number>`(select count(*) from ${evidenceVotes} where ${evidenceVotes.evidenceId} = ${evidence.id})`;

function selection(viewerId: string | null) {
  return {
    row: evidence,
    authorName: users.name,
    average: ratingAverage,
    count: ratingCount,
    myRating: sql<
      number | null
    >`(select ${evidenceVotes.strength} from ${evidenceVotes} where ${evidenceVotes.evidenceId} = ${evidence.id} and ${evidenceVotes.userId} = ${viewerId ?? ""})`,
  };
}

type Selected = {
  row: typeof evidence.$inferSelect;
  authorName: string;
  average: number | null;
  count: number;
  myRating: number | null;
};

/** Authors as the viewer may see them in this room (see lib/access/pseudonyms.ts); null: real ones. */
const identitiesIn = (room: RoomRef, viewer: Viewer | null) =>
  room.classId ? classmateIdentities(room.classId, viewer) : Promise.resolve(null);

function toItem(
  s: Selected,
  viewerId: string | null,
  identities: Map<string, Identity> | null = null,
): EvidenceItem {
  const { row } = s;
  return {
    id: row.id,
    claimId: row.claimId,
    roomId: row.roomId,
    stance: row.stance,
    url: row.url,
    domain: new URL(row.url).hostname.replace(/^www\./, ""),
    title: row.title,
    quote: row.quote,
    explanation: row.explanation,
    sourceType: row.sourceType,
    author: identityOf(identities, row.authorId, s.authorName),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt?.toISOString() ?? null,
    rating: {
      average: s.average === null ? null : Math.round(s.average * 10) / 10,
      count: s.count,
    },
    myRating: s.myRating,
    mine: row.authorId === viewerId,
  };
}

/** One visible item, for someone who may read its room. */
export async function evidenceById(
  id: string,
  viewer: Viewer | null,
): Promise<EvidenceItem | null> {
  const [s] = await db
    .select(selection(viewer?.id ?? null))
    .from(evidence)
    .innerJoin(users, eq(users.id, evidence.authorId))
    .where(and(eq(evidence.id, id), isNull(evidence.deletedAt), isNull(evidence.hiddenAt)));
  if (!s) return null;
  const room = await readableRoom(s.row.roomId, viewer);
  return toItem(s, viewer?.id ?? null, await identitiesIn(room, viewer));
}

/** A claim's visible evidence in a room, strongest first (ratings pulled toward the middle). */
export async function listEvidence(
  debateId: string,
  claimId: string,
  roomId: string | undefined,
  viewer: Viewer | null,
) {
  return evidenceInRoom(await resolveRoom(debateId, roomId, viewer), claimId, viewer);
}

/** The same, in a room the caller has already resolved and checked for this viewer. */
export async function evidenceInRoom(room: RoomRef, claimId: string, viewer: Viewer | null) {
  const rows = await db
    .select(selection(viewer?.id ?? null))
    .from(evidence)
    .innerJoin(users, eq(users.id, evidence.authorId))
    .where(
      and(
        eq(evidence.roomId, room.id),
        eq(evidence.claimId, claimId),
        isNull(evidence.deletedAt),
        isNull(evidence.hiddenAt),
      ),
    );
  const strength = (s: Selected) => ((s.average ?? 3) * s.count + 3 * 2) / (s.count + 2);
  const identities = await identitiesIn(room, viewer);
  return rows
    .sort(
      (a, b) =>
        strength(b) - strength(a) ||
        b.count - a.count ||
        a.row.createdAt.getTime() - b.row.createdAt.getTime(),
    )
    .map((s) => toItem(s, viewer?.id ?? null, identities));
}
