// The read API's answers against its strict response schemas (app/api/debates/schema.ts): a
// field the code sends and docs/api.md does not describe fails here. The answers are what the
// route handlers serialise (the data layer's values through JSON), on a real database file.
import { beforeAll, describe, expect, it } from "vitest";
import { debateListSchema, debateSchema, roomSnapshotSchema } from "@/app/api/debates/schema";
import { createClass, joinWithCode } from "@/lib/classes";
import { getDebate, listDebates } from "@/lib/debates";
import { roomSnapshot } from "@/lib/room-snapshot";
import type { Viewer } from "@/lib/session";
import { voteOnClaim } from "@/lib/votes";
import { makeViewers } from "../support/accounts";

const asJson = (value: unknown) => JSON.parse(JSON.stringify(value));

let teacher: Viewer;
let student: Viewer;
let outsider: Viewer;
let classRoom: string;

beforeAll(async () => {
  const people = await makeViewers(3, "responses");
  [teacher, student, outsider] = [people[0]!, people[1]!, people[2]!];
  const klass = await createClass(teacher, { name: "Responses class", anonymous: false });
  classRoom = klass.rooms[0]!.id;
  await joinWithCode(student, klass.joinCode!);
  await voteOnClaim(student, "thesis", classRoom, { agreement: 2 });
});

describe("read API answers match their documented, strict schemas", () => {
  it("GET /api/debates and /api/debates/[slug], public and class room", async () => {
    const list = asJson({ debates: await listDebates() });
    expect(() => debateListSchema.parse(list)).not.toThrow();
    const open = asJson(await getDebate("ai-dollar"));
    expect(() => debateSchema.parse(open)).not.toThrow();
    const inClass = debateSchema.parse(
      asJson(await getDebate("ai-dollar", { roomId: classRoom, viewer: student })),
    );
    expect(inClass.classId).not.toBeNull();
  });

  it("GET /api/debates/[slug]/snapshot: the class's scores and banner for members", async () => {
    const snapshot = roomSnapshotSchema.parse(
      asJson(await roomSnapshot("ai-dollar", classRoom, student)),
    );
    expect(snapshot.scores.thesis).toBeGreaterThan(50);
    expect(snapshot.context).toMatchObject({ kind: "class", className: "Responses class" });
    expect(snapshot.publicScore).not.toBeNull();
    const open = roomSnapshotSchema.parse(asJson(await roomSnapshot("ai-dollar", undefined, null)));
    expect(open.context).toEqual({ kind: "public" });
    await expect(roomSnapshot("ai-dollar", classRoom, outsider)).rejects.toMatchObject({
      status: 403,
    });
    await expect(roomSnapshot("ai-dollar", classRoom, null)).rejects.toMatchObject({
      status: 401,
    });
  });

  it("an undocumented field fails the schema", async () => {
    const debate = asJson(await getDebate("ai-dollar"));
    expect(() => debateSchema.parse({ ...debate, internal: 1 })).toThrow();
    const claim = { ...debate.claims[0], authorEmail: "x@example.org" };
    expect(() => debateSchema.parse({ ...debate, claims: [claim] })).toThrow();
  });
});
