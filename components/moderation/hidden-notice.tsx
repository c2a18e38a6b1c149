import { reviewAction } from "@/app/moderation/actions";
import { ReasonForm } from "./reason-form";

type Props = {
  evidenceId: string;
  title: string;
  reason: string;
  review: string | null;
  /** The author may ask for a review; a teacher reading a student's work only sees the state. */
  canAskReview: boolean;
};

/** Tells an author their item is hidden, why, and lets them ask for a review once. */
export function HiddenNotice({ evidenceId, title, reason, review, canAskReview }: Props) {
  return (
    <div className="space-y-1 text-sm" data-testid="hidden-notice">
      <p>
        <strong className="text-oppose">Hidden by a moderator</strong>
        {reason ? `: ${reason}` : " (no reason given)"}. It does not count in the tally and others
        cannot see it.
      </p>
      {review !== null ? (
        <p className="text-stone-700">You asked for a review: the moderators have your request.</p>
      ) : (
        canAskReview && (
          <ReasonForm
            action={reviewAction}
            fields={{ evidenceId }}
            name="message"
            label="Why should it be restored?"
            opener="Ask for review"
            submit="Send review request"
            formLabel={`Ask for a review of “${title}”`}
          />
        )
      )}
    </div>
  );
}
