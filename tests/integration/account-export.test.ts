import { describe, expect, it } from "vitest";
import { exportStream, type ExportFormat } from "@/lib/account/export-stream";
import { createAssignment } from "@/lib/assignments/create";
import { giveFeedback, releaseGrades } from "@/lib/assignments/grades";
import { editEvidence, addEvidence } from "@/lib/evidence";
import { deleteReply, postReply } from "@/lib/replies/write";
import type { UiLocale } from "@/lib/i18n/locale";
import type { Viewer } from "@/lib/session";
import { assignmentSchema } from "@/lib/validation/classes";
import { rateEvidence, voteOnClaim } from "@/lib/votes";
import { classWith, evidenceInput, reader } from "../support/account-fixtures";

const read = (viewer: Viewer, format: ExportFormat, locale?: UiLocale) =>
  new Response(exportStream(viewer, format, locale)).text();

const assignment = (title: string) =>
  assignmentSchema.parse({ title, dueAt: "2030-01-01T12:00:00Z", timeZone: "UTC", minEvidence: 1 });

describe("download my data", () => {
  it("has every contribution, earlier versions, classes and only released feedback", async () => {
    const me = await reader("exporter");
    const { teacher, classId, roomId } = await classWith(me, "Civics <b>7</b>");
    const item = await addEvidence(
      me,
      "gulf-anchor",
      roomId,
      evidenceInput({ title: "First title" }),
    );
    await editEvidence(me, item.id, { title: "Second <script>alert(1)</script> title" });
    await voteOnClaim(me, "gulf-anchor", undefined, { agreement: -1 });
    // Authors cannot rate their own evidence: the reader rates the teacher's.
    const theirs = await addEvidence(teacher, "gulf-anchor", roomId, evidenceInput());
    await rateEvidence(me, theirs.id, 4);
    await postReply(me, { kind: "evidence", id: theirs.id }, roomId, { body: "Which year?" });
    const taken = await postReply(me, { kind: "claim", id: "gulf-anchor" }, undefined, {
      body: "On second thought",
    });
    await deleteReply(me, taken.id);
    const released = await createAssignment(teacher, classId, assignment("Released one"));
    const draft = await createAssignment(teacher, classId, assignment("Draft one"));
    await giveFeedback(teacher, released.id, {
      studentId: me.id,
      comment: "Well argued",
      points: 88,
    });
    await giveFeedback(teacher, draft.id, {
      studentId: me.id,
      comment: "Not yet shown",
      points: 10,
    });
    await releaseGrades(teacher, released.id);

    const data = JSON.parse(await read(me, "json"));
    expect(data.account).toMatchObject({ username: me.username, displayName: "exporter R" });
    expect(data.evidence).toHaveLength(1);
    expect(data.evidence[0]).toMatchObject({
      title: "Second <script>alert(1)</script> title",
      room: "class room: Civics <b>7</b>",
      revisions: [{ action: "edit", before: { title: "First title" } }],
    });
    expect(data.votes).toEqual([
      expect.objectContaining({ debate: "ai-dollar", agreement: -1, room: "public room" }),
    ]);
    expect(data.ratings).toEqual([expect.objectContaining({ strength: 4 })]);
    // Replies, on evidence and on claims, a deleted one marked so.
    expect(data.replies).toHaveLength(2);
    expect(data.replies).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          body: "Which year?",
          evidence: theirs.title,
          room: "class room: Civics <b>7</b>",
          deletedAt: null,
        }),
        expect.objectContaining({
          body: "On second thought",
          evidence: null,
          room: "public room",
          deletedAt: expect.any(String),
        }),
      ]),
    );
    expect(data.classes).toEqual([
      expect.objectContaining({ class: "Civics <b>7</b>", role: "student" }),
    ]);
    expect(data.feedback).toEqual([
      expect.objectContaining({ assignment: "Released one", comment: "Well argued", points: 88 }),
    ]);
    expect(JSON.stringify(data)).not.toContain("Not yet shown");

    const html = await read(me, "html");
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain("Second &lt;script&gt;alert(1)&lt;/script&gt; title");
    expect(html).not.toContain("<script>");
    expect(html).toContain("Feedback released to you");
    expect(html).toContain("Well argued");
    expect(html).toContain("Replies in discussions");
    expect(html).toContain("Which year?");

    // The readable page in a Chinese interface: its title and headings in Chinese, the data as is.
    const zh = await read(me, "html", "zh-Hant");
    expect(zh).toContain('<html lang="zh-Hant">');
    expect(zh).toContain("<h1>你在 Agora 的資料</h1>");
    expect(zh).toContain("<h2>討論中的回覆</h2>");
    expect(zh).not.toContain("Replies in discussions");
    expect(zh).toContain("Which year?");
  });

  it("holds nothing of another account", async () => {
    const [me, other] = [await reader("mine"), await reader("theirs")];
    await addEvidence(other, "gulf-anchor", undefined, evidenceInput({ title: "Their words" }));
    await postReply(other, { kind: "claim", id: "gulf-anchor" }, undefined, {
      body: "Their reply",
    });
    const data = JSON.parse(await read(me, "json"));
    expect(data.evidence).toEqual([]);
    expect(data.replies).toEqual([]);
    expect(JSON.stringify(data)).not.toContain("Their reply");
    expect(JSON.stringify(data)).not.toContain("Their words");
  });
});
