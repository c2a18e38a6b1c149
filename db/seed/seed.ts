import { sql } from "drizzle-orm";
import type { Database } from "../client";
import { writeTransaction } from "../write";
import { claims, debates, paragraphs, rooms } from "../schema";
import { paragraphId, publicRoomId, seedDebates } from "./debates";
import type { SeedDebate } from "./types";

/**
 * Loads the essays and their claim maps. Idempotent: rows are upserted by stable ids, so
 * re-running changes nothing, and only seed-owned tables are written — never evidence,
 * votes, tallies or users.
 */
export async function seed(db: Database, debatesToSeed: SeedDebate[] = seedDebates) {
  await writeTransaction(db, async (tx) => {
    for (const debate of debatesToSeed) {
      const { paragraphs: seedParagraphs, claims: seedClaims, ...meta } = debate;
      const debateId = debate.slug;
      await tx
        .insert(debates)
        .values({ id: debateId, ...meta })
        .onConflictDoUpdate({ target: debates.id, set: excludedColumns(Object.keys(meta)) });

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

      // Parents precede children in the seed, so foreign keys hold row by row.
      const claimRows = seedClaims.map((c, i) => ({
        id: c.key,
        debateId,
        parentId: c.parent,
        relation: c.relation,
        kind: c.kind,
        textZh: c.textZh,
        textEn: c.textEn,
        anchorParagraphId: paragraphId(debate.slug, c.anchor.paragraph),
        anchorQuote: c.anchor.quote,
        position: i + 1,
      }));
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
            "position",
          ]),
        });

      await tx
        .insert(rooms)
        .values({ id: publicRoomId(debate.slug), debateId })
        .onConflictDoNothing();
    }
  });
}

function snakeCase(name: string) {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

function excludedColumns(names: string[]) {
  return Object.fromEntries(
    names.map((name) => [name, sql`excluded.${sql.identifier(snakeCase(name))}`]),
  );
}
