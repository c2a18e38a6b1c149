"use client";

import { useState } from "react";
import {
  deleteReplyAction,
  hideReplyAction,
  reportReplyAction,
  restoreReplyAction,
} from "@/app/debates/[slug]/claims/[id]/reply-actions";
import type { ReplyView } from "@/lib/replies/types";
import { ActionButton } from "../forms/action-button";
import { ReasonForm } from "../moderation/reason-form";
import { LocalTime } from "../time/local-time";
import { ReplyForm } from "./reply-form";

type Props = {
  reply: ReplyView;
  /** The thread's fields for a new reply; null when the viewer may not write. */
  post: { kind: "claim" | "evidence"; targetId: string; roomId: string } | null;
  canModerate: boolean;
};

/** One reply: its author and time, its text (or "deleted"/"hidden"), and what the viewer may do. */
export function ReplyItem({ reply, post, canModerate }: Props) {
  const [doing, setDoing] = useState<"reply" | "edit" | null>(null);
  const visible = reply.state === "visible";
  // Set by the server only within the 15 minutes; a late edit is refused there with the reason.
  const editable = reply.editableUntil !== null;
  return (
    <li id={`reply-${reply.id}`} data-reply-id={reply.id} className="space-y-1">
      <p className="text-xs text-stone-700">
        <span className="font-medium text-stone-900">{reply.author.name}</span> ·{" "}
        <LocalTime iso={reply.createdAt} />
        {reply.editedAt && " · edited"}
      </p>
      {reply.state === "deleted" ? (
        <p className="text-sm italic text-stone-600">deleted</p>
      ) : reply.body === null ? (
        <p className="text-sm italic text-stone-600">Hidden by a moderator.</p>
      ) : (
        <p className="whitespace-pre-wrap text-sm" data-testid="reply-body">
          {reply.body}
        </p>
      )}
      {reply.state === "hidden" && reply.hiddenReason !== null && (
        <p className="text-sm" data-testid="reply-hidden">
          <strong className="text-oppose">Hidden by a moderator</strong>
          {reply.hiddenReason ? `: ${reply.hiddenReason}` : " (no reason given)"}.
          {reply.mine && " Others cannot see it."}
        </p>
      )}
      {doing === "edit" ? (
        <ReplyForm
          mode="edit"
          fields={{ replyId: reply.id }}
          label="Edit your reply"
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
              Reply
            </button>
          )}
          {visible && reply.mine && editable && (
            <button type="button" className="text-sm underline" onClick={() => setDoing("edit")}>
              Edit
            </button>
          )}
          {reply.mine && reply.state !== "deleted" && reply.state !== "hidden" && (
            <ActionButton
              action={deleteReplyAction}
              fields={{ replyId: reply.id }}
              label="Delete"
              confirm="Delete this reply? “deleted” stays in its place."
              tone="danger"
            />
          )}
          {post && visible && !reply.mine && (
            <ReasonForm
              action={reportReplyAction}
              fields={{ replyId: reply.id }}
              name="reason"
              label="Reason"
              opener="Report"
              submit="Send report"
              formLabel="Report reply"
            />
          )}
          {canModerate && visible && (
            <ReasonForm
              action={hideReplyAction}
              fields={{ replyId: reply.id }}
              name="reason"
              label="Why hide it? (the author sees this)"
              opener="Hide"
              submit="Hide reply"
              formLabel="Hide reply"
              tone="danger"
            />
          )}
          {canModerate && reply.state === "hidden" && (
            <ActionButton
              action={restoreReplyAction}
              fields={{ replyId: reply.id }}
              label="Restore"
            />
          )}
        </div>
      )}
      {doing === "reply" && post && (
        <ReplyForm
          mode="post"
          // The server joins a reply to a reply to its top-level one, and tells this author.
          fields={{ ...post, parentId: reply.id }}
          label={`Reply to ${reply.author.name}`}
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
