import {
  acceptTranslationAction,
  hideClaimAction,
} from "@/app/debates/[slug]/claims/[id]/proposal-actions";
import { isInSubtree } from "@/lib/claim-tree";
import type { ClaimDetail } from "@/lib/claims";
import type { ClaimView } from "@/lib/debates";
import { ActionButton } from "../forms/action-button";
import { Panel } from "../panel";
import { EditClaimForm, MoveOrMergeForm, SuggestTranslationForm } from "./claim-edit-forms";

type Props = { detail: ClaimDetail; claims: ClaimView[]; signedIn: boolean };

const short = (c: ClaimView) => {
  const text = c.textEn || c.textZh;
  return (
    (c.parentId === null ? "Thesis: " : "") + text.slice(0, 80) + (text.length > 80 ? "…" : "")
  );
};

/**
 * What can be done to a claim a reader proposed: its author edits it (until it is argued on),
 * anyone suggests the language it lacks, the author or a moderator accepts a suggestion, and
 * moderators hide, move or merge it. Nothing here for the essay's own claims.
 */
export function ReaderClaimPanel({ detail, claims, signedIn }: Props) {
  const { claim } = detail;
  if (!claim.proposedBy || !signedIn) return null;
  const missing = !claim.textZh ? "zh" : !claim.textEn ? "en" : null;
  const outside = claims.filter((c) => !isInSubtree(claims, claim.id, c.id));
  const siblingsFirst = [
    ...outside.filter((c) => c.parentId === claim.parentId),
    ...outside.filter((c) => c.parentId !== claim.parentId),
  ];
  const mayAccept = detail.mine || detail.canModerate;
  return (
    <>
      {detail.editable && (
        <Panel id="edit-claim" title="Edit your claim">
          <p className="text-sm text-stone-700">
            You can change it until someone votes on it or adds evidence.
          </p>
          <EditClaimForm claimId={claim.id} values={claim} />
        </Panel>
      )}
      {(missing || detail.translations.length > 0) && (
        <Panel id="translate" title="Translation">
          {detail.translations.length > 0 && (
            <ul className="space-y-2">
              {detail.translations.map((t) => (
                <li key={t.id} className="flex flex-wrap items-center gap-2">
                  <span lang={t.lang === "zh" ? "zh-Hant" : "en"}>“{t.text}”</span>
                  {mayAccept && (
                    <ActionButton
                      action={acceptTranslationAction}
                      fields={{ translationId: t.id }}
                      label="Accept"
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
        <Panel id="moderate-claim" title="Moderate this claim">
          <div className="space-y-4">
            <ActionButton
              action={hideClaimAction}
              fields={{ claimId: claim.id, hidden: "true" }}
              label="Hide this claim"
              confirm="Hide this claim and the claims under it from the tree and the tally?"
              tone="danger"
            />
            <MoveOrMergeForm
              claimId={claim.id}
              mode="move"
              choices={outside.map((c) => ({ id: c.id, label: short(c) }))}
            />
            <MoveOrMergeForm
              claimId={claim.id}
              mode="merge"
              choices={siblingsFirst.map((c) => ({ id: c.id, label: short(c) }))}
            />
          </div>
        </Panel>
      )}
    </>
  );
}
