// Plain types, shared by the data layer and the client thread component.

import type { Identity } from "../access";

export type ReplyView = {
  id: string;
  author: Identity;
  /** Null once deleted, or hidden from this viewer. */
  body: string | null;
  state: "visible" | "deleted" | "hidden";
  /** The moderator's reason: for the author and the room's moderators only. */
  hiddenReason: string | null;
  createdAt: string;
  editedAt: string | null;
  mine: boolean;
  /** Until when its author may still edit it (ISO), or null. */
  editableUntil: string | null;
  children: ReplyView[];
};

export type ThreadView = {
  key: string;
  roomId: string;
  claimId: string;
  evidenceId: string | null;
  /** Replies anyone can read (not deleted, not hidden). */
  count: number;
  canModerate: boolean;
  replies: ReplyView[];
};
