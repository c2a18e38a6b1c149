import { eq } from "drizzle-orm";
import type { Database } from "../client";
import { writeTransaction, type Transaction } from "../write";
import { claims, debates, paragraphs, rooms } from "../schema";
import { loadAnnotations } from "./annotations";
import { claimIdsAt } from "./claim-ids";
import { paragraphId, publicRoomId, seedDebates } from "./debates";
import { reviseMap } from "./revise";
import type { SeedDebate } from "./types";
import { excludedColumns } from "./upsert";

/** A map revision the seed applied, for the start-up log. */
export type AppliedRevision = { slug: string; from: number; to: number };

/**
 * Loads the essays and their claim maps, all in one write transaction. Idempotent: rows are
 * upserted by stable ids, so re-running changes nothing. A database holding the previous
 * version of a map is revised to the new one (db/seed/revise.ts) — the only time the seed
 * touches evidence, votes, tallies or assignments; the stored map version says it is done.
 */
export async function seed(
  db: Database,
  debatesToSeed: SeedDebate[] = seedDebates,
): Promise<AppliedRevision[]> {
  return writeTransaction(db, async (tx) => {
    const applied: AppliedRevision[] = [];
    for (const debate of debatesToSeed) {
      const revised = await seedDebate(tx, debate);
      if (revised) applied.push(revised);
    }
    return applied;
  });
}

async function seedDebate(tx: Transaction, debate: SeedDebate) {
  const { paragraphs: seedParagraphs, mapVersion = 1, revisions = [] } = debate;
  const { slug, titleZh, titleEn, author, publisher, language, summaryEn } = debate;
  const meta = { slug, titleZh, titleEn, author, publisher, language, summaryEn };
  const debateId = debate.slug;
  const [stored] = await tx
    .select({ mapVersion: debates.mapVersion })
    .from(debates)
    .where(eq(debates.id, debateId));
  const from = stored?.mapVersion ?? mapVersion;
  if (from !== mapVersion && from !== mapVersion - 1)
    throw new Error(
      `${debate.slug}: the database holds map version ${from}; this seed revises ${mapVersion - 1} to ${mapVersion} only`,
    );
  const revision = revisions.find((r) => r.version === mapVersion);
  if (from < mapVersion && !revision)
    throw new Error(
      `${debate.slug}: no revision says how map version ${mapVersion} replaced ${from}`,
    );

  await tx
    .insert(debates)
    .values({ id: debateId, ...meta, mapVersion })
    .onConflictDoUpdate({
      target: debates.id,
      set: excludedColumns([...Object.keys(meta), "mapVersion"]),
    });

  const paragraphRows = seedParagraphs.map((p, i) => ({
    id: paragraphId(debate.slug, i + 1),
    debateId,
    position: i + 1,
    kind: p.kind,
    textZh: p.zh,
    textEn: p.en,
  }));
  await tx
    .insert(paragraphs)
    .values(paragraphRows)
    .onConflictDoUpdate({
      target: paragraphs.id,
      set: excludedColumns(["kind", "textZh", "textEn"]),
    });

  const claimId = claimIdsAt(revisions, mapVersion);
  const liveIds = await upsertClaims(tx, debate, claimId);

  await tx
    .insert(rooms)
    .values({ id: publicRoomId(debate.slug), debateId })
    .onConflictDoNothing();

  if (revision && from < mapVersion) {
    const ids = { before: claimIdsAt(revisions, from), after: claimId };
    await reviseMap(tx, debateId, revision, ids, liveIds);
  }
  await loadAnnotations(tx, debate, claimId);
  return from < mapVersion ? { slug: debate.slug, from, to: mapVersion } : null;
}

/** Upserts the claims of the debate's current map (un-retiring any); returns their ids. */
async function upsertClaims(
  tx: Transaction,
  debate: SeedDebate,
  claimId: (key: string) => string,
): Promise<Set<string>> {
  // Parents precede children in the seed, so foreign keys hold row by row.
  const claimRows = debate.claims.map((c, i) => ({
    id: claimId(c.key),
    debateId: debate.slug,
    parentId: c.parent === null ? null : claimId(c.parent),
    relation: c.relation,
    kind: c.kind,
    textZh: c.textZh,
    textEn: c.textEn,
    anchorParagraphId: paragraphId(debate.slug, c.anchor.paragraph),
    anchorQuote: c.anchor.quote,
    attributionBy: c.attribution.by,
    attributionNameZh: c.attribution.by === "source" ? c.attribution.nameZh : null,
    attributionNameEn: c.attribution.by === "source" ? c.attribution.nameEn : null,
    retiredAt: null,
    position: i + 1,
  }));
  const liveIds = new Set(claimRows.map((r) => r.id));
  if (liveIds.size !== claimRows.length)
    throw new Error(
      `${debate.slug}: two claims of map version ${debate.mapVersion ?? 1} share an id`,
    );
  await tx
    .insert(claims)
    .values(claimRows)
    .onConflictDoUpdate({
      target: claims.id,
      set: excludedColumns([
        "parentId",
        "relation",
        "kind",
        "textZh",
        "textEn",
        "anchorParagraphId",
        "anchorQuote",
        "attributionBy",
        "attributionNameZh",
        "attributionNameEn",
        "retiredAt",
        "position",
      ]),
    });

  return liveIds;
}
