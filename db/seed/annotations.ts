import { and, eq, inArray, notInArray } from "drizzle-orm";
import type { Transaction } from "../write";
import { claimFactChecks, factChecks, paragraphContexts, paragraphs } from "../schema";
import { paragraphId } from "./debates";
import { factCheckTargets } from "./fact-check-links";
import type { SeedDebate } from "./types";
import { excludedColumns } from "./upsert";

/**
 * Loads a debate's paragraph contexts and the editor's fact-checks with the claims they apply
 * to. All of it is seed data: rows the seed no longer has are removed, the rest upserted by
 * stable ids, so re-running changes nothing.
 */
export async function loadAnnotations(
  tx: Transaction,
  debate: SeedDebate,
  claimId: (key: string) => string,
) {
  const paragraphIds = (
    await tx
      .select({ id: paragraphs.id })
      .from(paragraphs)
      .where(eq(paragraphs.debateId, debate.slug))
  ).map((p) => p.id);

  const perParagraph = new Map<number, number>();
  const contextRows = (debate.contexts ?? []).map((c) => {
    const n = (perParagraph.get(c.paragraph) ?? 0) + 1;
    perParagraph.set(c.paragraph, n);
    const id = `${paragraphId(debate.slug, c.paragraph)}-context${n}`;
    return { id, paragraphId: paragraphId(debate.slug, c.paragraph), ...pickNotes(c) };
  });
  await tx.delete(paragraphContexts).where(
    and(
      inArray(paragraphContexts.paragraphId, paragraphIds),
      notInArray(
        paragraphContexts.id,
        contextRows.map((r) => r.id),
      ),
    ),
  );
  if (contextRows.length > 0)
    await tx
      .insert(paragraphContexts)
      .values(contextRows)
      .onConflictDoUpdate({
        target: paragraphContexts.id,
        set: excludedColumns(["paragraphId", "noteZh", "noteEn"]),
      });

  const checks = debate.factChecks ?? [];
  const targets = factCheckTargets(debate.paragraphs, debate.claims, checks);
  const checkRows = checks.map((c, i) => ({
    id: `${debate.slug}-check${i + 1}`,
    paragraphId: paragraphId(debate.slug, c.paragraph),
    quote: c.quote,
    status: c.status,
    ...pickNotes(c),
    sources: JSON.stringify(c.sources),
  }));
  // Removing a check removes its links (on delete cascade).
  await tx.delete(factChecks).where(
    and(
      inArray(factChecks.paragraphId, paragraphIds),
      notInArray(
        factChecks.id,
        checkRows.map((r) => r.id),
      ),
    ),
  );
  if (checkRows.length === 0) return;
  await tx
    .insert(factChecks)
    .values(checkRows)
    .onConflictDoUpdate({
      target: factChecks.id,
      set: excludedColumns(["paragraphId", "quote", "status", "noteZh", "noteEn", "sources"]),
    });
  const ids = checkRows.map((r) => r.id);
  await tx.delete(claimFactChecks).where(inArray(claimFactChecks.factCheckId, ids));
  const links = targets.flatMap((keys, i) =>
    keys.map((key) => ({ claimId: claimId(key), factCheckId: ids[i]! })),
  );
  if (links.length > 0) await tx.insert(claimFactChecks).values(links);
}

const pickNotes = (c: { noteZh: string; noteEn: string }) => ({
  noteZh: c.noteZh,
  noteEn: c.noteEn,
});
