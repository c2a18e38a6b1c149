import Link from "next/link";
import type { ClaimView } from "@/lib/debates";
import { linkTo, type View } from "@/lib/language";
import { ScoreBadge } from "../score-badge";
import { ClaimText } from "./claim-text";
import { ProposedBy } from "./proposed-by";
import { RelationBadge } from "./relation-badge";

type Props = { title: string; claims: ClaimView[]; base: string; view: View; empty: string };

export function ClaimList({ title, claims, base, view, empty }: Props) {
  return (
    <section aria-label={title}>
      <h2 className="mb-2 text-lg font-semibold">{title}</h2>
      {claims.length === 0 ? (
        <p className="text-stone-700">{empty}</p>
      ) : (
        <ul className="space-y-2">
          {claims.map((c) => (
            <li
              key={c.id}
              data-claim-id={c.id}
              className="flex items-start gap-3 rounded-md border border-stone-200 bg-white p-3"
            >
              <RelationBadge relation={c.relation} />
              <Link
                href={linkTo(`${base}/claims/${c.id}`, view)}
                className="min-w-0 flex-1 underline-offset-4 hover:underline"
              >
                <ClaimText textZh={c.textZh} textEn={c.textEn} lang={view.lang} />
              </Link>
              <ProposedBy proposer={c.proposedBy} />
              <ScoreBadge claimId={c.id} score={c.tally.score} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
