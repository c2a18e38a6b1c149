import { useTranslations } from "next-intl";
import type { Histogram as Counts } from "@/lib/stand/shape";

/**
 * A small bar chart that is also a table: screen readers read the caption, each answer and its
 * count; the bars are decoration (aria-hidden) scaled to the most common answer.
 */
export function Histogram({
  id,
  caption,
  counts,
  values,
  labels,
  tone = "neutral",
}: {
  id: string;
  caption: string;
  counts: Counts;
  values: readonly number[];
  labels: Record<number, string>;
  tone?: "neutral" | "diverging";
}) {
  const t = useTranslations("stand");
  const max = Math.max(1, ...values.map((v) => counts[String(v)] ?? 0));
  return (
    <table className="w-full text-sm" data-testid={`histogram-${id}`}>
      <caption className="mb-1 text-left font-medium">{caption}</caption>
      <thead className="sr-only">
        <tr>
          <th scope="col">{t("answer")}</th>
          <th scope="col">{t("people")}</th>
        </tr>
      </thead>
      <tbody>
        {values.map((v) => {
          const n = counts[String(v)] ?? 0;
          const color =
            tone === "diverging" && v < 0
              ? "bg-oppose"
              : tone === "diverging" && v > 0
                ? "bg-support"
                : "bg-stone-600";
          return (
            <tr key={v} data-value={v}>
              <th scope="row" className="w-36 py-0.5 pr-2 text-left font-normal text-stone-700">
                {labels[v]}
              </th>
              <td className="py-0.5">
                <span className="flex items-center gap-2">
                  <span aria-hidden="true" className="h-3 flex-1 rounded-sm bg-stone-100">
                    <span
                      className={`block h-3 rounded-sm ${color}`}
                      style={{ width: `${(n / max) * 100}%` }}
                    />
                  </span>
                  <span className="w-8 text-right tabular-nums" data-testid="count">
                    {n}
                  </span>
                </span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
