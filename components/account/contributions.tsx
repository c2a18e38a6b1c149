import Link from "next/link";
import { useTranslations } from "next-intl";
import type { myContributions } from "@/lib/profile";
import { HiddenNotice } from "../moderation/hidden-notice";
import { contentLang } from "@/lib/i18n/content-lang";

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
  const t = useTranslations("people");
  const labels = useTranslations("labels");
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <header>
        <h1 className="text-2xl font-bold">{name}</h1>
        <p className="text-stone-700">
          {t("counts", { evidence: evidence.length, votes: votes.length, ratings: ratingCount })}
        </p>
      </header>
      <ListSection id="my-evidence" title={titles.evidence} empty={empty.evidence}>
        {evidence.map((e) => (
          <li key={e.id} className={ITEM}>
            <span className={e.stance === "support" ? "text-support" : "text-oppose"}>
              {labels(`stance.${e.stance}`)}
            </span>{" "}
            <Link
              href={`/debates/${e.slug}/claims/${e.claimId}?room=${e.roomId}`}
              className="underline"
              lang="en"
            >
              {e.claimEn}
            </Link>
            : “<span lang={contentLang(e.title)}>{e.title}</span>”
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
              lang="en"
            >
              {v.claimEn}
            </Link>
            {v.agreement !== null &&
              t("isItTrue", { answer: labels(`agreement.${v.agreement}` as "agreement.0") })}
            {v.impact !== null &&
              t("doesItMatter", { answer: labels(`impact.${v.impact}` as "impact.0") })}
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
