import { useTranslations } from "next-intl";
import {
  acceptTranslationAction,
  hideClaimAction,
} from "@/app/(site)/debates/[slug]/claims/[id]/proposal-actions";
import { isInSubtree } from "@/lib/claim-tree";
import type { ClaimDetail } from "@/lib/claims";
import type { ClaimView } from "@/lib/debates";
import { ActionButton } from "../forms/action-button";
import { ClientMessages } from "../i18n/client-messages";
import { Panel } from "../panel";
import { EditClaimForm, MoveOrMergeForm, SuggestTranslationForm } from "./claim-edit-forms";

type Props = { detail: ClaimDetail; claims: ClaimView[]; signedIn: boolean };

/** A claim as a choice in a list: its first words, in English where it has them. */
const choice = (c: ClaimView, thesisPrefix: string) => {
  const text = c.textEn || c.textZh;
  return {
    id: c.id,
    label:
      (c.parentId === null ? thesisPrefix : "") + text.slice(0, 80) + (text.length > 80 ? "…" : ""),
    lang: c.textEn ? ("en" as const) : ("zh-Hant" as const),
  };
};

/**
 * What can be done to a claim a reader proposed: its author edits it (until it is argued on),
 * anyone suggests the language it lacks, the author or a moderator accepts a suggestion, and
 * moderators hide, move or merge it. Nothing here for the essay's own claims.
 */
export function ReaderClaimPanel({ detail, claims, signedIn }: Props) {
  const t = useTranslations("proposals");
  const { claim } = detail;
  if (!claim.proposedBy || !signedIn) return null;
  const missing = !claim.textZh ? "zh" : !claim.textEn ? "en" : null;
  const outside = claims.filter((c) => !isInSubtree(claims, claim.id, c.id));
  const siblingsFirst = [
    ...outside.filter((c) => c.parentId === claim.parentId),
    ...outside.filter((c) => c.parentId !== claim.parentId),
  ];
  const mayAccept = detail.mine || detail.canModerate;
  const short = (c: ClaimView) => choice(c, t("thesisPrefix"));
  return (
    <ClientMessages namespaces={["proposals"]}>
      {detail.editable && (
        <Panel id="edit-claim" title={t("editTitle")}>
          <p className="text-sm text-stone-700">{t("editHint")}</p>
          <EditClaimForm claimId={claim.id} values={claim} />
        </Panel>
      )}
      {(missing || detail.translations.length > 0) && (
        <Panel id="translate" title={t("translation")}>
          {detail.translations.length > 0 && (
            <ul className="space-y-2">
              {detail.translations.map((suggestion) => (
                <li key={suggestion.id} className="flex flex-wrap items-center gap-2">
                  <span lang={suggestion.lang === "zh" ? "zh-Hant" : "en"}>
                    “{suggestion.text}”
                  </span>
                  {mayAccept && (
                    <ActionButton
                      action={acceptTranslationAction}
                      fields={{ translationId: suggestion.id }}
                      label={t("accept")}
                    />
                  )}
                </li>
              ))}
            </ul>
          )}
          {missing && <SuggestTranslationForm claimId={claim.id} lang={missing} />}
        </Panel>
      )}
      {detail.canModerate && (
        <Panel id="moderate-claim" title={t("moderateTitle")}>
          <div className="space-y-4">
            <ActionButton
              action={hideClaimAction}
              fields={{ claimId: claim.id, hidden: "true" }}
              label={t("hide")}
              confirm={t("hideConfirm")}
              tone="danger"
            />
            <MoveOrMergeForm claimId={claim.id} mode="move" choices={outside.map(short)} />
            <MoveOrMergeForm claimId={claim.id} mode="merge" choices={siblingsFirst.map(short)} />
          </div>
        </Panel>
      )}
    </ClientMessages>
  );
}
