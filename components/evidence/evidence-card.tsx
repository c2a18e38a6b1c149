import type { EvidenceItem } from "@/lib/evidence";
import { SOURCE_TYPE_LABELS } from "@/lib/labels";
import { OwnerControls } from "./owner-controls";
import { RateEvidence } from "./rate-evidence";
import { ReportForm } from "./report-form";
import { LocalTime } from "../time/local-time";
import { ReasonForm } from "../moderation/reason-form";
import { hideAction } from "@/app/classes/actions";
import type { ThreadView } from "@/lib/replies/types";
import { Thread } from "../replies/thread";

type Props = {
  item: EvidenceItem;
  signedIn: boolean;
  canModerate: boolean;
  /** The item's discussion, where the page shows one. */
  thread?: ThreadView;
};

export function EvidenceCard({ item, signedIn, canModerate, thread }: Props) {
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
        >
          {item.title}
        </a>
      </h3>
      <p className="text-xs text-stone-700">
        {item.domain} · {SOURCE_TYPE_LABELS[item.sourceType as keyof typeof SOURCE_TYPE_LABELS]} ·
        by <span className="font-medium text-stone-900">{item.author.name}</span> ·{" "}
        <span data-testid="evidence-date">
          <LocalTime iso={item.createdAt} withTime={false} />
        </span>
        {item.updatedAt && " · edited"}
      </p>
      <blockquote className="border-l-4 border-stone-300 pl-3 text-sm text-stone-800">
        {item.quote}
      </blockquote>
      <p className="text-sm">{item.explanation}</p>
      <p className="text-sm text-stone-700" data-testid="evidence-rating">
        {item.rating.count === 0
          ? "Not rated yet"
          : `Strength ${item.rating.average} of 5 (${item.rating.count} rating${item.rating.count === 1 ? "" : "s"})`}
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
              label="Why hide it? (the author sees this)"
              opener="Hide"
              submit="Hide: it leaves the tally"
              formLabel="Hide evidence"
              tone="danger"
            />
          )}
        </div>
      )}
      {thread && <Thread initial={thread} signedIn={signedIn} folded />}
    </article>
  );
}
