import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { claims, debates } from "@/db/schema";
import type { RoomRef } from "../rooms";

/** A debate's slug never changes: looked up once per debate in a process. */
const slugs = new Map<string, string>();

async function slugOf(debateId: string) {
  const known = slugs.get(debateId);
  if (known) return known;
  const [row] = await db
    .select({ slug: debates.slug })
    .from(debates)
    .where(eq(debates.id, debateId));
  if (row) slugs.set(debateId, row.slug);
  return row?.slug ?? "";
}

/** The claim's page in a room (class rooms by `?room=`), optionally at an anchor on it. */
export async function claimHref(room: RoomRef, claimId: string, anchor?: string) {
  const path = `/debates/${await slugOf(room.debateId)}/claims/${claimId}`;
  const query = room.classId ? `?room=${encodeURIComponent(room.id)}` : "";
  return `${path}${query}${anchor ? `#${anchor}` : ""}`;
}

/** A claim's English text, for a notification's subject. */
export async function claimSubject(claimId: string) {
  const [row] = await db
    .select({ textEn: claims.textEn })
    .from(claims)
    .where(eq(claims.id, claimId));
  return row?.textEn ?? "";
}
