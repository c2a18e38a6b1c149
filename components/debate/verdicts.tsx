import { useTranslations } from "next-intl";
import { ScoreBadge } from "@/components/score-badge";

/** A class room's verdict on the thesis beside the public room's. */
export function Verdicts({
  thesisId,
  classScore,
  publicScore,
}: {
  thesisId: string;
  classScore: number;
  publicScore: number;
}) {
  const t = useTranslations("debate");
  return (
    <div
      className="flex flex-wrap items-center gap-4 rounded-md border border-stone-200 bg-white p-3"
      data-testid="verdicts"
    >
      <span className="text-sm">
        {t("classVerdict")} <ScoreBadge claimId={thesisId} score={classScore} />
      </span>
      <span className="text-sm" data-testid="public-verdict">
        {t("publicVerdict")}{" "}
        <span className="font-semibold tabular-nums">{Math.round(publicScore)}</span>
      </span>
    </div>
  );
}
