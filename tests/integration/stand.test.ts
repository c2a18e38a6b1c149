import { beforeAll, describe, expect, it } from "vitest";
import { createClass, joinWithCode } from "@/lib/classes";
import { addEvidence } from "@/lib/evidence";
import { setHidden } from "@/lib/moderation";
import type { Viewer } from "@/lib/session";
import { standOnClaim } from "@/lib/stand/claim";
import { rateEvidence, voteOnClaim } from "@/lib/votes";
import { makeViewers } from "../support/accounts";

const CLAIM = "nvidia-share";
let people: Viewer[];
let admin: Viewer;
let classRoom: string;
let outsider: Viewer;

beforeAll(async () => {
  people = await makeViewers(4, "stand");
  outsider = (await makeViewers(1, "outsider"))[0]!;
  admin = { ...(await makeViewers(1, "admin"))[0]!, role: "admin" };
  const klass = await createClass(people[0]!, { name: "Stand class", anonymous: true });
  classRoom = klass.rooms[0]!.id;
  await joinWithCode(people[1]!, klass.joinCode!);
});

describe("where people stand on a claim", () => {
  it("counts each person once and both answers separately, per room", async () => {
    await voteOnClaim(people[0]!, CLAIM, undefined, { agreement: 2, impact: 4 });
    await voteOnClaim(people[1]!, CLAIM, undefined, { agreement: 2 });
    await voteOnClaim(people[2]!, CLAIM, undefined, { impact: 1 });
    await voteOnClaim(people[3]!, CLAIM, undefined, { agreement: -1, impact: 4 });
    // A changed vote moves the person's answer; it does not add one.
    await voteOnClaim(people[3]!, CLAIM, undefined, { agreement: -2 });
    await voteOnClaim(people[1]!, CLAIM, classRoom, { agreement: 0 });

    const stand = await standOnClaim(CLAIM, undefined, null);
    expect(stand.claim.people).toBe(4);
    expect(stand.claim.agreement).toEqual({ "-2": 1, "-1": 0, "0": 0, "1": 0, "2": 2 });
    expect(stand.claim.impact).toEqual({ "0": 0, "1": 1, "2": 0, "3": 0, "4": 2 });

    const inClass = await standOnClaim(CLAIM, classRoom, people[1]!);
    expect(inClass.claim.people).toBe(1);
    expect(inClass.claim.agreement["0"]).toBe(1);
  });

  it("shows the strength ratings of visible evidence only", async () => {
    const cite = (title: string) =>
      addEvidence(people[0]!, CLAIM, undefined, {
        stance: "support",
        url: `https://example.org/${title}`,
        title,
        quote: "Q",
        explanation: "E",
        sourceType: "news",
      });
    const [kept, hidden] = [await cite("kept"), await cite("hidden")];
    await rateEvidence(people[1]!, kept.id, 5);
    await rateEvidence(people[2]!, kept.id, 5);
    await rateEvidence(people[3]!, kept.id, 2);
    await rateEvidence(people[1]!, hidden.id, 1);
    await setHidden(admin, hidden.id, true, "test");

    const stand = await standOnClaim(CLAIM, undefined, null);
    expect(stand.evidence[kept.id]).toEqual({
      raters: 3,
      strength: { "1": 0, "2": 1, "3": 0, "4": 0, "5": 2 },
    });
    expect(stand.evidence[hidden.id]).toBeUndefined();
  });

  it("keeps a class room's distribution to its members", async () => {
    await expect(standOnClaim(CLAIM, classRoom, null)).rejects.toMatchObject({ status: 401 });
    await expect(standOnClaim(CLAIM, classRoom, outsider)).rejects.toMatchObject({ status: 403 });
    await expect(standOnClaim("no-such-claim", undefined, null)).rejects.toMatchObject({
      status: 404,
    });
  });
});
