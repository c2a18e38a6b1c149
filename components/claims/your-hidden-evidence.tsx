import { useTranslations } from "next-intl";
import type { myHiddenEvidence } from "@/lib/moderation-review";
import { HiddenNotice } from "../moderation/hidden-notice";
import { Panel } from "../panel";
import { contentLang } from "@/lib/i18n/content-lang";

/** The viewer's own items hidden by a moderator here, with why, and a way to ask for review. */
export function YourHiddenEvidence({
  hidden,
}: {
  hidden: Awaited<ReturnType<typeof myHiddenEvidence>>;
}) {
  const t = useTranslations("claim");
  if (hidden.length === 0) return null;
  return (
    <Panel id="your-hidden" title={t("yourHidden")}>
      <ul className="space-y-3">
        {hidden.map((h) => (
          <li key={h.id} className="space-y-1">
            <p className="font-medium">
              “<span lang={contentLang(h.title)}>{h.title}</span>”
            </p>
            <HiddenNotice
              evidenceId={h.id}
              title={h.title}
              reason={h.reason}
              review={h.review}
              canAskReview
            />
          </li>
        ))}
      </ul>
    </Panel>
  );
}
