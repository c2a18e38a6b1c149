import type { EvidenceItem } from "@/lib/evidence";
import type { ThreadView } from "@/lib/replies/types";
import { EvidenceCard } from "../evidence/evidence-card";

const columns = [
  {
    stance: "support",
    id: "supporting",
    title: "Supporting evidence",
    empty: "No supporting evidence yet.",
  },
  {
    stance: "rebut",
    id: "rebutting",
    title: "Rebutting evidence",
    empty: "No rebutting evidence yet.",
  },
] as const;

/** Supporting and rebutting evidence side by side (stacked on phones), strongest first. */
type Props = {
  evidence: EvidenceItem[];
  signedIn: boolean;
  canModerate: boolean;
  /** Each item's discussion by evidence id, where the page shows them. */
  threads?: Record<string, ThreadView>;
};

export function EvidenceColumns({ evidence, signedIn, canModerate, threads }: Props) {
  return (
    <section aria-label="Evidence" className="grid gap-4 md:grid-cols-2">
      {columns.map((column) => {
        const items = evidence.filter((e) => e.stance === column.stance);
        return (
          <div
            key={column.id}
            data-testid={`evidence-${column.id}`}
            className="space-y-3 rounded-lg border border-stone-200 bg-stone-50 p-4"
          >
            <h2 className="text-lg font-semibold">
              {column.title}{" "}
              <span className="text-sm font-normal text-stone-600">({items.length})</span>
            </h2>
            {items.length === 0 ? (
              <p className="rounded-md border border-dashed border-stone-300 p-4 text-sm text-stone-700">
                {column.empty}
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
  );
}
