import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ClaimDetail } from "@/lib/claims";
import { linkTo, type View } from "@/lib/language";
import { AttributionLine } from "./attribution-line";
import { ClaimText } from "./claim-text";
import { EvidenceColumns } from "./evidence-columns";
import { ProposedBy } from "./proposed-by";

type Props = { detail: ClaimDetail; base: string; view: View; debateTitle: string };

/**
 * A claim retired or merged by a revision of the map, at its old URL: what it said, where its
 * argument went, and the evidence that stayed with it. It has no score (it is out of the tally).
 */
export function RetiredClaim({ detail, base, view, debateTitle }: Props) {
  const { claim } = detail;
  const t = useTranslations("claim");
  return (
    <article className="mx-auto max-w-5xl space-y-8" data-claim-id={claim.id}>
      <nav aria-label={t("breadcrumb")} className="text-sm text-stone-700">
        <Link href={linkTo(base, view)} className="underline underline-offset-4" lang="en">
          {debateTitle}
        </Link>
      </nav>
      <header className="space-y-3 rounded-lg border border-stone-200 bg-white p-5">
        <p
          role="status"
          className="inline-block rounded bg-amber-100 px-2 py-1 text-sm font-medium text-amber-900"
        >
          {claim.proposedBy ? t("retired.merged") : t("retired.revised")}
        </p>
        <h1 className="text-xl font-semibold text-stone-700 sm:text-2xl">
          <ClaimText textZh={claim.textZh} textEn={claim.textEn} lang={view.lang} />
        </h1>
        {claim.proposedBy ? (
          <ProposedBy proposer={claim.proposedBy} />
        ) : (
          <AttributionLine attribution={claim.attribution} lang={view.lang} />
        )}
      </header>
      <section aria-labelledby="successors-heading" className="space-y-2">
        <h2 id="successors-heading" className="text-lg font-semibold">
          {claim.retired!.successors.length === 1 ? t("retired.nowOne") : t("retired.nowMany")}
        </h2>
        <ul className="space-y-2">
          {claim.retired!.successors.map((s) => (
            <li key={s.id} className="rounded-md border border-stone-200 bg-white p-3">
              <Link
                href={linkTo(`${base}/claims/${s.id}`, view)}
                className="underline-offset-4 hover:underline"
              >
                <ClaimText textZh={s.textZh} textEn={s.textEn} lang={view.lang} />
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <p className="text-sm text-stone-700">{t("retired.evidenceNote")}</p>
      <EvidenceColumns
        evidence={detail.evidence}
        signedIn={false}
        canModerate={detail.canModerate}
      />
    </article>
  );
}
