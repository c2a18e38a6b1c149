"use client";

import { useTranslations } from "next-intl";
import { useCallback, useState } from "react";
import type { ThreadView } from "@/lib/replies/types";
import { useOnTally } from "../live/on-tally";
import { ReplyForm } from "./reply-form";
import { ReplyItem } from "./reply-item";

type Props = {
  /** The thread as the page was rendered (a server action's refresh renders it anew). */
  initial: ThreadView;
  signedIn: boolean;
  /** Evidence threads fold away under their card; a claim's own stays open. */
  folded?: boolean;
};

/**
 * A discussion thread (rendered through ./thread.tsx, which gives it its messages). Live: when the room's stream names this thread (lib/live/watcher.ts), it
 * fetches the thread again, so a reply, edit or deletion by anyone shows up without a reload.
 */
export function LiveThread({ initial, signedIn, folded = false }: Props) {
  const t = useTranslations("replies");
  const [live, setLive] = useState<{ from: ThreadView; thread: ThreadView } | null>(null);
  // A newer render from the server wins over what was fetched before it.
  const thread = live && live.from === initial ? live.thread : initial;
  const kind: "claim" | "evidence" = initial.evidenceId ? "evidence" : "claim";
  const targetId = initial.evidenceId ?? initial.claimId;
  const refetch = useCallback(() => {
    const path = kind === "claim" ? "claims" : "evidence";
    fetch(`/api/${path}/${targetId}/replies?room=${encodeURIComponent(initial.roomId)}`, {
      cache: "no-store",
    })
      .then((r) => (r.ok ? (r.json() as Promise<ThreadView>) : null))
      .then((fresh) => fresh && setLive({ from: initial, thread: fresh }))
      .catch(() => undefined); // offline: the next event or reload catches up
  }, [kind, targetId, initial]);
  useOnTally(refetch, (e) => e.threads?.includes(initial.key) ?? false, 100);

  const post = signedIn ? { kind, targetId, roomId: initial.roomId } : null;
  const title = t("title", { count: thread.count });
  const body = (
    <div className="space-y-3">
      {thread.replies.length === 0 ? (
        <p className="text-sm text-stone-700">{t("noReplies")}</p>
      ) : (
        <ol className="space-y-3">
          {thread.replies.map((reply) => (
            <ReplyItem key={reply.id} reply={reply} post={post} canModerate={thread.canModerate} />
          ))}
        </ol>
      )}
      {post ? (
        <ReplyForm mode="post" fields={post} label={t("add")} />
      ) : (
        <p className="text-sm text-stone-700">{t("signIn")}</p>
      )}
    </div>
  );
  return (
    <section
      data-thread={initial.key}
      aria-label={folded ? undefined : t("discussion")}
      className={folded ? "" : "space-y-3 rounded-lg border border-stone-200 bg-white p-5"}
    >
      {folded ? (
        <details className="text-sm">
          <summary className="cursor-pointer text-blue-800 underline" data-testid="thread-count">
            {title}
          </summary>
          <div className="mt-2">{body}</div>
        </details>
      ) : (
        <>
          <h2 className="text-lg font-semibold" data-testid="thread-count">
            {title}
          </h2>
          {body}
        </>
      )}
    </section>
  );
}
