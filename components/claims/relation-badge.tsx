import type { ClaimRelation } from "@/db/schema/enums";

/** Supports / opposes its parent, told apart by colour, symbol and word. */
export function RelationBadge({ relation }: { relation: ClaimRelation | null }) {
  if (!relation) return <span className="tag-thesis">Thesis</span>;
  return relation === "supports" ? (
    <span className="tag-supports">
      <span aria-hidden="true">+ </span>Supports
    </span>
  ) : (
    <span className="tag-opposes">
      <span aria-hidden="true">− </span>Opposes
    </span>
  );
}

export function KindBadge({ kind }: { kind: string }) {
  return <span className="tag-kind">{kind}</span>;
}
