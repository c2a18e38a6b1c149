import { useLocale, useTranslations } from "next-intl";
import { factCheckLabels } from "@/lib/fact-check-labels";
import type { ClaimNode } from "@/lib/claim-tree";
import { linkTo, type View } from "@/lib/language";
import { arcPath, shadeOf, sunburst, type Segment } from "@/lib/sunburst";
import { MapLive } from "./map-live";

const CENTRE = 44;
const OUTER = 196;

/** The claim's words in the reader's language, for the tooltip and the caption. */
const textOf = (node: ClaimNode, view: View) => (view.lang === "zh" ? node.textZh : node.textEn);

/** Sunburst of the whole claim tree, drawn on the server; each segment links to its claim. */
export function ArgumentMap({ root, slug, view }: { root: ClaimNode; slug: string; view: View }) {
  const t = useTranslations("map");
  const locale = useLocale();
  const segments = sunburst(root);
  const depth = Math.max(...segments.map((s) => s.depth));
  const ring = depth > 0 ? (OUTER - CENTRE) / depth : 0;
  const radii = (s: Segment): [number, number] =>
    s.depth === 0 ? [0, CENTRE] : [CENTRE + (s.depth - 1) * ring, CENTRE + s.depth * ring];
  return (
    <MapLive>
      <svg
        viewBox={`-200 -200 400 400`}
        className="mx-auto block h-auto w-full max-w-xl"
        role="group"
        aria-label={t("svgLabel")}
        data-testid="argument-map"
      >
        {segments.map((s) => {
          const [inner, outer] = radii(s);
          const check = s.node.factCheck
            ? factCheckLabels[s.node.factCheck][locale === "en" ? "en" : "zh"]
            : null;
          const label = [
            textOf(s.node, view),
            `${t(`stance.${s.stance}`)}, ${t("score", { score: Math.round(s.node.tally.score) })}`,
            check && `${t("factCheck")}: ${check}`,
          ]
            .filter(Boolean)
            .join(" — ");
          const mid = (s.start + s.end) / 2;
          const r = outer - 6;
          return (
            <a
              key={s.node.id}
              href={linkTo(`/debates/${slug}/claims/${s.node.id}`, view)}
              className="map-segment"
              aria-label={label}
              data-caption={label}
            >
              <title>{label}</title>
              <path
                d={arcPath(inner, outer, s.start, s.end)}
                data-map-score-for={s.node.id}
                data-stance={s.stance}
                data-score={Math.round(s.node.tally.score)}
                fillOpacity={shadeOf(s.node.tally.score)}
              />
              {check && s.depth > 0 && (
                <circle
                  cx={(r * Math.sin(mid)).toFixed(2)}
                  cy={(-r * Math.cos(mid)).toFixed(2)}
                  r="3.5"
                  className="map-check"
                  data-check={s.node.factCheck}
                />
              )}
            </a>
          );
        })}
      </svg>
    </MapLive>
  );
}
