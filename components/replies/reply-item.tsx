"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import {
  deleteReplyAction,
  hideReplyAction,
  reportReplyAction,
  restoreReplyAction,
} from "@/app/(site)/debates/[slug]/claims/[id]/reply-actions";
import { contentLang } from "@/lib/i18n/content-lang";
import type { ReplyView } from "@/lib/replies/types";
import { ActionButton } from "../forms/action-button";
import { ReasonForm } from "../moderation/reason-form";
import { LocalTime } from "../time/local-time";
import { ReplyForm } from "./reply-form";
import { PersonName, usePersonName } from "@/components/person-name";

type Props = {
  reply: ReplyView;
  /** The thread's fields for a new reply; null when the viewer may not write. */
  post: { kind: "claim" | "evidence"; targetId: string; roomId: string } | null;
  canModerate: boolean;
};

/** One reply: its author and time, its text (or "deleted"/"hidden"), and what the viewer may do. */
export function ReplyItem({ reply, post, canModerate }: Props) {
  const t = useTranslations("replies");
  const nameOf = usePersonName();
  const [doing, setDoing] = useState<"reply" | "edit" | null>(null);
  const visible = reply.state === "visible";
  // Set by the server only within the 15 minutes; a late edit is refused there with the reason.
  const editable = reply.editableUntil !== null;
  return (
    <li id={`reply-${reply.id}`} data-reply-id={reply.id} className="space-y-1">
      <p className="text-xs text-stone-700">
        <span className="font-medium text-stone-900">
          <PersonName person={reply.author} />
        </span>{" "}
        · <LocalTime iso={reply.createdAt} />
        {reply.editedAt && t("edited")}
      </p>
      {reply.state === "deleted" ? (
        <p className="text-sm italic text-stone-600">{t("deleted")}</p>
      ) : reply.body === null ? (
        <p className="text-sm italic text-stone-600">{t("hiddenBody")}</p>
      ) : (
        <p
          className="whitespace-pre-wrap text-sm"
          data-testid="reply-body"
          lang={contentLang(reply.body)}
        >
          {reply.body}
        </p>
      )}
      {reply.state === "hidden" && reply.hiddenReason !== null && (
        <p className="text-sm" data-testid="reply-hidden">
          {t.rich("hiddenNotice", {
            strong: (text) => <strong className="text-oppose">{text}</strong>,
            hasReason: reply.hiddenReason ? "yes" : "no",
            reason: () => (
              <span lang={contentLang(reply.hiddenReason ?? "")}>{reply.hiddenReason}</span>
            ),
            mine: reply.mine ? "yes" : "no",
          })}
        </p>
      )}
      {doing === "edit" ? (
        <ReplyForm
          mode="edit"
          fields={{ replyId: reply.id }}
          label={t("editForm")}
          initial={reply.body ?? ""}
          onDone={() => setDoing(null)}
        />
      ) : (
        <div className="flex flex-wrap items-center gap-2">
          {post && visible && (
            <button
              type="button"
              className="text-sm text-blue-800 underline"
              aria-expanded={doing === "reply"}
              onClick={() => setDoing(doing === "reply" ? null : "reply")}
            >
              {t("reply")}
            </button>
          )}
          {visible && reply.mine && editable && (
            <button type="button" className="text-sm underline" onClick={() => setDoing("edit")}>
              {t("edit")}
            </button>
          )}
          {reply.mine && reply.state !== "deleted" && reply.state !== "hidden" && (
            <ActionButton
              action={deleteReplyAction}
              fields={{ replyId: reply.id }}
              label={t("delete")}
              confirm={t("deleteConfirm")}
              tone="danger"
            />
          )}
          {post && visible && !reply.mine && (
            <ReasonForm
              action={reportReplyAction}
              fields={{ replyId: reply.id }}
              name="reason"
              label={t("reportReason")}
              opener={t("report")}
              submit={t("sendReport")}
              formLabel={t("reportForm")}
            />
          )}
          {canModerate && visible && (
            <ReasonForm
              action={hideReplyAction}
              fields={{ replyId: reply.id }}
              name="reason"
              label={t("hideReason")}
              opener={t("hide")}
              submit={t("hideSubmit")}
              formLabel={t("hideSubmit")}
              tone="danger"
            />
          )}
          {canModerate && reply.state === "hidden" && (
            <ActionButton
              action={restoreReplyAction}
              fields={{ replyId: reply.id }}
              label={t("restore")}
            />
          )}
        </div>
      )}
      {doing === "reply" && post && (
        <ReplyForm
          mode="post"
          // The server joins a reply to a reply to its top-level one, and tells this author.
          fields={{ ...post, parentId: reply.id }}
          label={t("replyTo", { name: nameOf(reply.author) })}
          onDone={() => setDoing(null)}
        />
      )}
      {reply.children.length > 0 && (
        <ol className="ml-4 space-y-3 border-l-2 border-stone-200 pl-3">
          {reply.children.map((child) => (
            <ReplyItem key={child.id} reply={child} post={post} canModerate={canModerate} />
          ))}
        </ol>
      )}
    </li>
  );
}
