import { useTranslations } from "next-intl";
import { contentLang } from "@/lib/i18n/content-lang";
import type { SourceType } from "@/db/schema/enums";
import type { EvidenceItem } from "@/lib/evidence";
import { OwnerControls } from "./owner-controls";
import { RateEvidence } from "./rate-evidence";
import { ReportForm } from "./report-form";
import { LocalTime } from "../time/local-time";
import { ReasonForm } from "../moderation/reason-form";
import { hideAction } from "@/app/(site)/classes/actions";
import type { ThreadView } from "@/lib/replies/types";
import { LiveThread } from "../replies/live-thread";
import { PersonName } from "@/components/person-name";

type Props = {
  item: EvidenceItem;
  signedIn: boolean;
  canModerate: boolean;
  /** The item's discussion, where the page shows one. */
  thread?: ThreadView;
};

/** A server component; its controls and discussion are client islands given "evidence" and "replies" by EvidenceColumns. */
export function EvidenceCard({ item, signedIn, canModerate, thread }: Props) {
  const t = useTranslations("evidence");
  return (
    <article
      id={`evidence-${item.id}`}
      data-evidence-id={item.id}
      className="space-y-2 rounded-md border border-stone-200 bg-white p-4"
    >
      <h3 className="font-semibold">
        <a
          href={item.url}
          target="_blank"
          rel="noopener noreferrer nofollow"
          className="text-blue-800 underline underline-offset-2"
          lang={contentLang(item.title)}
        >
          {item.title}
        </a>
      </h3>
      <p className="text-xs text-stone-700">
        <span translate="no">{item.domain}</span> ·{" "}
        {t(`sourceType.${item.sourceType as SourceType}`)} ·{" "}
        {t.rich("by", {
          name: () => (
            <span className="font-medium text-stone-900">
              <PersonName person={item.author} />
            </span>
          ),
        })}{" "}
        ·{" "}
        <span data-testid="evidence-date">
          <LocalTime iso={item.createdAt} withTime={false} />
        </span>
        {item.updatedAt && t("edited")}
      </p>
      <blockquote
        className="border-l-4 border-stone-300 pl-3 text-sm text-stone-800"
        lang={contentLang(item.quote)}
      >
        {item.quote}
      </blockquote>
      <p className="text-sm" lang={contentLang(item.explanation)}>
        {item.explanation}
      </p>
      <p className="text-sm text-stone-700" data-testid="evidence-rating">
        {item.rating.count === 0
          ? t("notRated")
          : t("strength", { average: String(item.rating.average), count: item.rating.count })}
      </p>
      {signedIn && !item.mine && (
        <RateEvidence evidenceId={item.id} current={item.myRating} title={item.title} />
      )}
      {item.mine && <OwnerControls item={item} />}
      {signedIn && (
        <div className="flex flex-wrap gap-2">
          {!item.mine && <ReportForm evidenceId={item.id} />}
          {canModerate && (
            <ReasonForm
              action={hideAction}
              fields={{ evidenceId: item.id, hidden: "true" }}
              name="reason"
              label={t("hide.label")}
              opener={t("hide.opener")}
              submit={t("hide.submit")}
              formLabel={t("hide.form")}
              tone="danger"
            />
          )}
        </div>
      )}
      {thread && <LiveThread initial={thread} signedIn={signedIn} folded />}
    </article>
  );
}
