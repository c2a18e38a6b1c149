import { getTranslations } from "next-intl/server";
import type { EvidenceItem } from "@/lib/evidence";
import type { ThreadView } from "@/lib/replies/types";
import { EvidenceCard } from "../evidence/evidence-card";
import { ClientMessages } from "../i18n/client-messages";

const columns = [
  { stance: "support", id: "supporting", title: "supporting", empty: "supportingEmpty" },
  { stance: "rebut", id: "rebutting", title: "rebutting", empty: "rebuttingEmpty" },
] as const;

/** Supporting and rebutting evidence side by side (stacked on phones), strongest first. */
type Props = {
  evidence: EvidenceItem[];
  signedIn: boolean;
  canModerate: boolean;
  /** Each item's discussion by evidence id, where the page shows them. */
  threads?: Record<string, ThreadView>;
};

export async function EvidenceColumns({ evidence, signedIn, canModerate, threads }: Props) {
  const t = await getTranslations("evidence");
  // One provider for every card's controls (rate, edit, report) and discussions, not one per card.
  return (
    <ClientMessages namespaces={threads ? ["evidence", "replies"] : ["evidence"]}>
      <section aria-label={t("section")} className="grid gap-4 md:grid-cols-2">
        {columns.map((column) => {
          const items = evidence.filter((e) => e.stance === column.stance);
          return (
            <div
              key={column.id}
              data-testid={`evidence-${column.id}`}
              className="space-y-3 rounded-lg border border-stone-200 bg-stone-50 p-4"
            >
              <h2 className="text-lg font-semibold">
                {t(column.title)}{" "}
                <span className="text-sm font-normal text-stone-600">({items.length})</span>
              </h2>
              {items.length === 0 ? (
                <p className="rounded-md border border-dashed border-stone-300 p-4 text-sm text-stone-700">
                  {t(column.empty)}
                </p>
              ) : (
                items.map((item) => (
                  <EvidenceCard
                    key={item.id}
                    item={item}
                    signedIn={signedIn}
                    canModerate={canModerate}
                    thread={threads?.[item.id]}
                  />
                ))
              )}
            </div>
          );
        })}
      </section>
    </ClientMessages>
  );
}
