import {
  authorEvidenceTerm,
  clampBalance,
  emptyAggregates,
  evaluate,
  type Aggregates,
  type ChildInput,
} from "./model";

export type RawClaim = {
  id: string;
  parentId: string | null;
  relation: "supports" | "opposes" | null;
};
export type RawEvidence = {
  id: string;
  claimId: string;
  authorId: string;
  stance: "support" | "rebut";
  /** Not deleted and not hidden. */
  visible: boolean;
};
export type RawEvidenceVote = { evidenceId: string; userId: string; strength: number };
export type RawClaimVote = {
  claimId: string;
  userId: string;
  agreement: number | null;
  impact: number | null;
};

export type RoomInputs = {
  claims: RawClaim[];
  evidence: RawEvidence[];
  evidenceVotes: RawEvidenceVote[];
  claimVotes: RawClaimVote[];
};

export type ClaimTally = Aggregates & { net: number; score: number };

const sign = (stance: "support" | "rebut") => (stance === "support" ? 1 : -1);

/** The aggregates of every claim, straight from the raw rows of one room. */
export function aggregateRoom(inputs: RoomInputs): Map<string, Aggregates> {
  const aggregates = new Map(inputs.claims.map((c) => [c.id, emptyAggregates()]));
  const at = (claimId: string) => aggregates.get(claimId);

  const perAuthor = new Map<
    string,
    { claimId: string; stance: "support" | "rebut"; count: number }
  >();
  for (const e of inputs.evidence) {
    if (!e.visible) continue;
    const key = `${e.claimId}\u0000${e.authorId}\u0000${e.stance}`;
    const entry = perAuthor.get(key) ?? { claimId: e.claimId, stance: e.stance, count: 0 };
    entry.count += 1;
    perAuthor.set(key, entry);
  }
  for (const { claimId, stance, count } of perAuthor.values()) {
    const a = at(claimId);
    if (a) a.evidenceNet += sign(stance) * authorEvidenceTerm(count);
  }

  const evidenceById = new Map(inputs.evidence.map((e) => [e.id, e]));
  const balances = new Map<string, { claimId: string; balance: number }>();
  for (const vote of inputs.evidenceVotes) {
    const e = evidenceById.get(vote.evidenceId);
    if (!e?.visible) continue;
    const key = `${e.claimId}\u0000${vote.userId}`;
    const entry = balances.get(key) ?? { claimId: e.claimId, balance: 0 };
    entry.balance += sign(e.stance) * (vote.strength - 3);
    balances.set(key, entry);
  }
  for (const { claimId, balance } of balances.values()) {
    const a = at(claimId);
    if (a) a.ratingNet += clampBalance(balance);
  }

  for (const vote of inputs.claimVotes) {
    const a = at(vote.claimId);
    if (!a) continue;
    if (vote.agreement !== null) {
      a.agreementSum += vote.agreement;
      a.agreementCount += 1;
    }
    if (vote.impact !== null) {
      a.impactSum += vote.impact;
      a.impactCount += 1;
    }
  }
  return aggregates;
}

/** Every claim's tally in one room, computed from scratch (children before parents). */
export function computeRoom(inputs: RoomInputs): Map<string, ClaimTally> {
  const aggregates = aggregateRoom(inputs);
  const children = new Map<string, RawClaim[]>();
  for (const c of inputs.claims) {
    if (c.parentId) children.set(c.parentId, [...(children.get(c.parentId) ?? []), c]);
  }
  const result = new Map<string, ClaimTally>();
  const visit = (claim: RawClaim): ClaimTally => {
    const done = result.get(claim.id);
    if (done) return done;
    const kids = [...(children.get(claim.id) ?? [])].sort((a, b) => compareIds(a.id, b.id));
    const childInputs: ChildInput[] = kids.map((kid) => {
      const tally = visit(kid);
      return {
        claimId: kid.id,
        relation: kid.relation ?? "supports",
        net: tally.net,
        impactSum: tally.impactSum,
        impactCount: tally.impactCount,
      };
    });
    const own = aggregates.get(claim.id) ?? emptyAggregates();
    const tally = { ...own, ...evaluate(own, childInputs) };
    result.set(claim.id, tally);
    return tally;
  };
  for (const claim of inputs.claims) visit(claim);
  return result;
}

/** The one ordering of sibling claims used everywhere, so sums add up bit for bit. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
