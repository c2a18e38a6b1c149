import { useTranslations } from "next-intl";
import type { Identity } from "@/lib/access";
import { PersonName } from "@/components/person-name";

/**
 * Marks a claim a reader proposed, with who (a pseudonym in anonymous classes): the essay's
 * own claims carry no such mark, so the two are told apart everywhere the tree is shown.
 */
export function ProposedBy({ proposer }: { proposer: Identity | null }) {
  const t = useTranslations("treeNav");
  if (!proposer) return null;
  return (
    <span
      className="rounded-full border border-violet-300 bg-violet-50 px-2 py-0.5 text-xs text-violet-900"
      data-origin="reader"
    >
      {t.rich("proposedBy", { name: () => <PersonName person={proposer} /> })}
    </span>
  );
}
