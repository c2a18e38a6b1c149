"use client";

import { useTranslations } from "next-intl";
import { createContext, use, useEffect, useState } from "react";
import { RoomBanner } from "@/components/classes/room-banner";
import { fillPendingScores } from "@/components/live/apply-scores";
import { ThesisChart } from "@/components/live/thesis-chart";
import { PrivateRoom } from "@/components/private-room";
import type { RoomSnapshot } from "@/lib/room-snapshot";
import { snapshotUrl } from "./snapshot-url";
import { Verdicts } from "./verdicts";

type State =
  | { kind: "loading" }
  | { kind: "ready"; snapshot: RoomSnapshot }
  | { kind: "refused"; status: 401 | 403 | 404 }
  | { kind: "failed" };

const Snapshot = createContext<RoomSnapshot | null>(null);

/**
 * A class room's page is the cached shell of the debate (the essay, the tree, no scores: nothing
 * private) wrapped in this island, which asks the members-only snapshot for the room's scores,
 * verdicts and banner and fills them in (decision 0028). Whoever may not read the room sees why
 * instead of the shell.
 */
export function ClassRoomShell({
  slug,
  roomId,
  next,
  children,
}: {
  slug: string;
  roomId: string;
  /** Where signing in leads back to. */
  next: string;
  children: React.ReactNode;
}) {
  const t = useTranslations("classes");
  const [state, setState] = useState<State>({ kind: "loading" });
  useEffect(() => {
    let current = true;
    // As the page preloaded it (no cache mode of its own, or the preload would go unused); the
    // answer says no-store, so no cache keeps it.
    fetch(snapshotUrl(slug, roomId))
      .then(async (response) => {
        if (!current) return;
        const { status } = response;
        if (status === 401 || status === 403 || status === 404)
          return setState({ kind: "refused", status });
        if (!response.ok) return setState({ kind: "failed" });
        const snapshot = (await response.json()) as RoomSnapshot;
        if (!current) return;
        fillPendingScores(snapshot.scores);
        setState({ kind: "ready", snapshot });
      })
      .catch(() => current && setState({ kind: "failed" }));
    return () => {
      current = false;
    };
  }, [slug, roomId]);

  if (state.kind === "refused") return <PrivateRoom error={{ status: state.status }} next={next} />;
  const snapshot = state.kind === "ready" ? state.snapshot : null;
  return (
    <Snapshot value={snapshot}>
      {state.kind === "failed" && (
        <p role="alert" className="mb-4 rounded-md bg-red-50 p-3 text-sm text-red-900">
          {t("snapshotFailed")}
        </p>
      )}
      {snapshot && <RoomBanner context={snapshot.context} slug={slug} />}
      {children}
    </Snapshot>
  );
}

/** The class verdict beside the public one, once the snapshot is in. */
export function SnapshotVerdicts({ thesisId }: { thesisId: string }) {
  const snapshot = use(Snapshot);
  if (!snapshot || snapshot.publicScore === null) return null;
  return (
    <Verdicts
      thesisId={thesisId}
      classScore={snapshot.scores[thesisId] ?? 50}
      publicScore={snapshot.publicScore}
    />
  );
}

/** The thesis chart of the class with the public line, drawn from the snapshot. */
export function SnapshotChart({ thesisId }: { thesisId: string }) {
  const snapshot = use(Snapshot);
  return snapshot ? (
    <ThesisChart
      key="snapshot"
      initial={snapshot.history}
      thesisId={thesisId}
      publicLine={snapshot.publicHistory ?? undefined}
    />
  ) : (
    <ThesisChart initial={[]} thesisId={thesisId} publicLine={[]} />
  );
}
