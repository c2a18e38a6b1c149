import Link from "next/link";
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
  return (
    <article className="mx-auto max-w-5xl space-y-8" data-claim-id={claim.id}>
      <nav aria-label="Breadcrumb" className="text-sm text-stone-700">
        <Link href={linkTo(base, view)} className="underline underline-offset-4">
          {debateTitle}
        </Link>
      </nav>
      <header className="space-y-3 rounded-lg border border-stone-200 bg-white p-5">
        <p
          role="status"
          className="inline-block rounded bg-amber-100 px-2 py-1 text-sm font-medium text-amber-900"
        >
          {claim.proposedBy ? "This claim was merged into another" : "This claim was revised"}
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
          {claim.retired!.successors.length === 1 ? "Now argued as" : "Now argued as these claims"}
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
      <p className="text-sm text-stone-700">
        The evidence below was given for this claim before the revision. It stays listed here but no
        longer counts in any score; evidence and votes that moved with a merge are on the claim it
        was merged into.
      </p>
      <EvidenceColumns
        evidence={detail.evidence}
        signedIn={false}
        canModerate={detail.canModerate}
      />
    </article>
  );
}
