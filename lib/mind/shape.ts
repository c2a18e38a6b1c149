/** Change of mind, as plain data a client component may import (no zod, no database). */
export const STANCE_VALUES = [-2, -1, 0, 1, 2] as const;

export const STANCE_LABELS: Record<number, string> = {
  [-2]: "Strongly disagree",
  [-1]: "Disagree",
  0: "Undecided",
  1: "Agree",
  2: "Strongly agree",
};

/**
 * Below this many movers the "what movers voted on" lists stay empty: with one or two movers
 * in a small class the list would tell a teacher or classmate what a known person voted.
 */
export const MIN_MOVERS_FOR_LISTS = 3;

export type MyStance = { before: number | null; now: number | null };

export type MindChangeSummary = {
  roomId: string;
  /** Readers who recorded a stance before reading. */
  withBefore: number;
  /** Of those, readers who also recorded one since. */
  recordedBoth: number;
  /** Moved toward the thesis (more agreement now than before), against it, or not at all. */
  toward: number;
  against: number;
  unchanged: number;
  averageBefore: number | null;
  averageNow: number | null;
  /** What the movers voted on most (claim votes; evidence ratings), never who. */
  topClaims: { id: string; textZh: string; textEn: string; votes: number }[];
  topEvidence: { id: string; claimId: string; title: string; votes: number }[];
};

/** A room's summary before anyone has recorded a stance. */
export const emptyMindSummary = (roomId: string): MindChangeSummary => ({
  roomId,
  withBefore: 0,
  recordedBoth: 0,
  toward: 0,
  against: 0,
  unchanged: 0,
  averageBefore: null,
  averageNow: null,
  topClaims: [],
  topEvidence: [],
});
