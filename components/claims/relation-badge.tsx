import type { ClaimRelation } from "@/db/schema/enums";

/** Supports / opposes its parent, told apart by colour, symbol and word. */
export function RelationBadge({ relation }: { relation: ClaimRelation | null }) {
  if (!relation)
    return (
      <span className="rounded bg-stone-800 px-1.5 py-0.5 text-xs font-semibold text-white">
        Thesis
      </span>
    );
  return relation === "supports" ? (
    <span className="rounded bg-support-soft px-1.5 py-0.5 text-xs font-semibold text-support">
      <span aria-hidden="true">+ </span>Supports
    </span>
  ) : (
    <span className="rounded bg-oppose-soft px-1.5 py-0.5 text-xs font-semibold text-oppose">
      <span aria-hidden="true">− </span>Opposes
    </span>
  );
}

export function KindBadge({ kind }: { kind: string }) {
  return (
    <span className="rounded border border-stone-300 px-1.5 py-0.5 text-xs text-stone-700">
      {kind}
    </span>
  );
}
