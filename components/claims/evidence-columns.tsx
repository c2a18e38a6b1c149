const columns = [
  { id: "supporting", title: "Supporting evidence", empty: "No supporting evidence yet." },
  { id: "rebutting", title: "Rebutting evidence", empty: "No rebutting evidence yet." },
] as const;

/** Supporting and rebutting evidence side by side (stacked on phones). */
export function EvidenceColumns() {
  return (
    <section aria-label="Evidence" className="grid gap-4 md:grid-cols-2">
      {columns.map((column) => (
        <div
          key={column.id}
          data-testid={`evidence-${column.id}`}
          className="rounded-lg border border-stone-200 bg-white p-5"
        >
          <h2 className="mb-2 text-lg font-semibold">{column.title}</h2>
          <p className="rounded-md border border-dashed border-stone-300 p-4 text-sm text-stone-700">
            {column.empty}
          </p>
        </div>
      ))}
    </section>
  );
}
