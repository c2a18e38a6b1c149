import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { claims } from "@/db/schema";
import { notFound } from "./errors";
import { evidenceInRoom } from "./evidence";
import { roleIn } from "./class-access";
import { resolveRoom } from "./rooms";
import type { Viewer } from "./session";
import { claimTally } from "./tally/read";
import { myVotes } from "./votes";

/** Everything the claim page and `GET /api/claims/[id]` show, for one room. */
export async function claimDetail(
  claimId: string,
  roomId: string | undefined,
  viewer: Viewer | null,
) {
  const [claim] = await db.select().from(claims).where(eq(claims.id, claimId));
  if (!claim) throw notFound("claim");
  const room = await resolveRoom(claim.debateId, roomId, viewer);
  const [tally, evidence, votes] = await Promise.all([
    claimTally(room.id, claim.id),
    evidenceInRoom(room, claim.id, viewer),
    viewer ? myVotes(viewer.id, room.id, claim.id) : Promise.resolve(null),
  ]);
  return {
    claim: {
      id: claim.id,
      debateId: claim.debateId,
      parentId: claim.parentId,
      relation: claim.relation,
      kind: claim.kind,
      textZh: claim.textZh,
      textEn: claim.textEn,
      checkStatus: claim.checkStatus,
    },
    roomId: room.id,
    /** Teachers moderate their class rooms, admins the public room. */
    canModerate:
      viewer !== null &&
      (room.classId ? (await roleIn(room.classId, viewer)) === "teacher" : viewer.role === "admin"),
    tally,
    evidence,
    myVotes: votes && {
      claim: votes.claim,
      evidence: Object.fromEntries(
        evidence.filter((e) => e.myRating !== null).map((e) => [e.id, e.myRating]),
      ),
    },
  };
}
