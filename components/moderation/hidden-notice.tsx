import { useTranslations } from "next-intl";
import { reviewAction } from "@/app/(site)/moderation/actions";
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
  const t = useTranslations("people.hidden");
  return (
    <div className="space-y-1 text-sm" data-testid="hidden-notice">
      <p>
        <strong className="text-oppose">{t("by")}</strong>
        {reason ? t("reason", { reason }) : t("noReason")}
        {t("effect")}
      </p>
      {review !== null ? (
        <p className="text-stone-700">{t("asked")}</p>
      ) : (
        canAskReview && (
          <ReasonForm
            action={reviewAction}
            fields={{ evidenceId }}
            name="message"
            label={t("why")}
            opener={t("ask")}
            submit={t("send")}
            formLabel={t("formLabel", { title })}
          />
        )
      )}
    </div>
  );
}
