import { useTranslations } from "next-intl";
import type { ClaimKind, ClaimRelation } from "@/db/schema/enums";

/** Supports / opposes its parent, told apart by colour, symbol and word. */
export function RelationBadge({ relation }: { relation: ClaimRelation | null }) {
  const t = useTranslations("tree");
  if (!relation) return <span className="tag-thesis">{t("thesis")}</span>;
  return relation === "supports" ? (
    <span className="tag-supports">
      <span aria-hidden="true">+ </span>
      {t("supports")}
    </span>
  ) : (
    <span className="tag-opposes">
      <span aria-hidden="true">− </span>
      {t("opposes")}
    </span>
  );
}

export function KindBadge({ kind }: { kind: ClaimKind }) {
  const t = useTranslations("tree.kind");
  return <span className="tag-kind">{t(kind)}</span>;
}
