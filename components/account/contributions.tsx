import Link from "next/link";
import { agreementLabel, impactLabel } from "@/lib/labels";
import type { myContributions } from "@/lib/profile";
import { HiddenNotice } from "../moderation/hidden-notice";

type Props = Awaited<ReturnType<typeof myContributions>> & {
  name: string;
  titles: { evidence: string; votes: string };
  empty: { evidence: string; votes: string };
  /** The viewer's own page: they may ask for a review of their hidden items. */
  own?: boolean;
};

/** Someone's evidence and votes, each linked to the claim in the room it was made in. */
export function Contributions(props: Props) {
  const { name, evidence, votes, ratingCount, titles, empty, own = false } = props;
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <header>
        <h1 className="text-2xl font-bold">{name}</h1>
        <p className="text-stone-700">
          {evidence.length} evidence item{evidence.length === 1 ? "" : "s"} · {votes.length} claim
          vote{votes.length === 1 ? "" : "s"} · {ratingCount} rating{ratingCount === 1 ? "" : "s"}{" "}
          of evidence
        </p>
      </header>
      <ListSection id="my-evidence" title={titles.evidence} empty={empty.evidence}>
        {evidence.map((e) => (
          <li key={e.id} className={ITEM}>
            <span className={e.stance === "support" ? "text-support" : "text-oppose"}>
              {e.stance === "support" ? "Supports" : "Rebuts"}
            </span>{" "}
            <Link
              href={`/debates/${e.slug}/claims/${e.claimId}?room=${e.roomId}`}
              className="underline"
            >
              {e.claimEn}
            </Link>
            : “{e.title}”
            {e.hidden && (
              <HiddenNotice
                evidenceId={e.id}
                title={e.title}
                reason={e.moderation?.reason ?? ""}
                review={e.moderation?.review ?? null}
                canAskReview={own}
              />
            )}
          </li>
        ))}
      </ListSection>
      <ListSection id="my-votes" title={titles.votes} empty={empty.votes}>
        {votes.map((v) => (
          <li key={`${v.slug}-${v.claimId}`} className={ITEM}>
            <Link
              href={`/debates/${v.slug}/claims/${v.claimId}?room=${v.roomId}`}
              className="underline"
            >
              {v.claimEn}
            </Link>
            {v.agreement !== null && ` — is it true? ${agreementLabel(v.agreement)}`}
            {v.impact !== null && ` · does it matter? ${impactLabel(v.impact)}`}
          </li>
        ))}
      </ListSection>
    </div>
  );
}

const ITEM = "rounded-md border border-stone-200 bg-white p-3 text-sm";

/** A titled list, or a line saying it is empty. */
function ListSection({
  id,
  title,
  empty,
  children,
}: {
  id: string;
  title: string;
  empty: string;
  children: React.ReactNode[];
}) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="mb-2 text-lg font-semibold">
        {title}
      </h2>
      {children.length === 0 ? (
        <p className="text-stone-700">{empty}</p>
      ) : (
        <ul className="space-y-2">{children}</ul>
      )}
    </section>
  );
}
