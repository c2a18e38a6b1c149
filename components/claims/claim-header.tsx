import { useTranslations } from "next-intl";
import type { ClaimView } from "@/lib/debates";
import type { Language, View } from "@/lib/language";
import { LanguageSwitch } from "../language-switch";
import { LiveTally } from "../live/live-tally";
import { ScoreBadge } from "../score-badge";
import { AttributionLine } from "./attribution-line";
import { ClaimText } from "./claim-text";
import { FactCheckBadge } from "./fact-check-badge";
import { ProposedBy } from "./proposed-by";
import { KindBadge, RelationBadge } from "./relation-badge";

/** The claim itself: its kind and relation, its score (live), its text and who asserts it. */
export function ClaimHeader({
  claim,
  score,
  lang,
  base,
  view,
  slug,
  thesisId,
}: {
  claim: ClaimView;
  score: number;
  lang: Language;
  base: string;
  view: View;
  slug: string;
  thesisId: string;
}) {
  const t = useTranslations("claim");
  return (
    <header
      data-claim-id={claim.id}
      className="space-y-3 rounded-lg border border-stone-200 bg-white p-5"
    >
      <div className="flex flex-wrap items-center gap-2">
        <RelationBadge relation={claim.relation} />
        <KindBadge kind={claim.kind} />
        {claim.kind === "factual" && (
          <span className="text-xs text-stone-700">
            {t("readersCheck", { status: claim.checkStatus })}
          </span>
        )}
        {claim.factCheck && <FactCheckBadge status={claim.factCheck} />}
        <span className="ml-auto">
          <ScoreBadge claimId={claim.id} score={score} size="lg" />
        </span>
      </div>
      <h1 className="text-xl font-semibold sm:text-2xl">
        <ClaimText textZh={claim.textZh} textEn={claim.textEn} lang={lang} />
      </h1>
      <p className="flex flex-wrap items-center gap-2">
        {claim.proposedBy ? (
          <ProposedBy proposer={claim.proposedBy} />
        ) : (
          <AttributionLine attribution={claim.attribution} lang={lang} />
        )}
      </p>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <LanguageSwitch path={`${base}/claims/${claim.id}`} current={lang} room={view.room} />
        <LiveTally slug={slug} roomId={view.room} thesisId={thesisId} />
      </div>
    </header>
  );
}
