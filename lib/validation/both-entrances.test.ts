import { describe, expect, it } from "vitest";
import { z } from "zod";
import { invalidForm, parseForm } from "@/lib/form-reply";
import { INVALID_INPUT } from "@/lib/errors";
import { readJson, route } from "@/lib/http";
import { feedbackSchema, joiningSchema, rosterSchema } from "./classes";
import { claimVoteSchema, evidenceRatingFormSchema, evidenceSchema } from "./evidence";
import { reportSchema } from "./moderation";

// Each operation has one schema, read by its JSON route and by its form's server action.
// The same bad input, sent both ways, is refused with the same words for the same field.

/** What the API answers: a route that parses the body with the schema, as every route does. */
async function throughApi(schema: z.ZodType, body: unknown) {
  const handler = route(async (request: Request) => {
    schema.parse(await readJson(request));
    return new Response(null, { status: 204 });
  });
  const answer = await handler(
    new Request("http://agora.test/api", { method: "POST", body: JSON.stringify(body) }),
  );
  return { status: answer.status, ...((await answer.json()) as object) };
}

/** What the form shows: the server action's parse of the form as the browser sends it. */
function throughForm(schema: z.ZodType, entries: Record<string, string | string[]>) {
  const form = new FormData();
  for (const [name, value] of Object.entries(entries))
    for (const v of [value].flat()) form.append(name, v);
  const submission = parseForm(schema, form);
  if (submission.status === "success") return { value: submission.value };
  const state = invalidForm(submission);
  return { error: state.message, fields: state.fields };
}

describe("one schema, two entrances", () => {
  it("a blank report reason", async () => {
    const api = await throughApi(reportSchema, { reason: "   " });
    const form = throughForm(reportSchema, { reason: "   " });
    expect(api).toEqual({
      status: 400,
      error: INVALID_INPUT,
      code: "invalid",
      fields: form.fields,
    });
    expect(form.fields).toEqual({ reason: ["Say what is wrong."] });
  });

  it("an unknown join-code action", async () => {
    const api = await throughApi(joiningSchema, { action: "explode" });
    const form = throughForm(joiningSchema, { action: "explode" });
    expect(api).toMatchObject({ status: 400, fields: form.fields });
    expect(form.fields).toEqual({ action: ["Say rotate, enable or disable."] });
  });

  it("roster names: a list from the API, pasted lines from the form", async () => {
    const api = await throughApi(rosterSchema, { names: ["Mei Chen", "Ev\u202Eil"] });
    const form = throughForm(rosterSchema, { names: "Mei Chen\nEv\u202Eil" });
    expect(api).toMatchObject({ status: 400, fields: form.fields });
    expect(form.fields?.names?.[0]).toMatch(/visible characters only/);
    expect(throughForm(rosterSchema, { names: "Mei Chen, Ali\n\nJo" }).value).toEqual({
      names: ["Mei Chen", "Ali", "Jo"],
    });
  });

  it("vote bounds", async () => {
    const api = await throughApi(claimVoteSchema, { agreement: 3, impact: 5 });
    const form = throughForm(claimVoteSchema, { agreement: "3", impact: "5" });
    expect(api).toMatchObject({ status: 400, fields: form.fields });
    expect(form.fields).toEqual({
      agreement: ["Give agreement from -2 to 2."],
      impact: ["Give impact from 0 to 4."],
    });
    // An empty radio group clears an answer; one left out is kept.
    expect(throughForm(claimVoteSchema, { agreement: "2", impact: "" }).value).toEqual({
      agreement: 2,
      impact: null,
    });
    expect(claimVoteSchema.parse({ agreement: -2 })).toEqual({ agreement: -2 });
  });

  it("evidence ratings", async () => {
    const api = await throughApi(evidenceRatingFormSchema, { strength: 6 });
    const form = throughForm(evidenceRatingFormSchema, { strength: "6" });
    expect(api).toMatchObject({ status: 400, fields: { strength: ["Rate from 1 to 5."] } });
    expect(form.fields).toEqual({ strength: ["Rate from 1 to 5."] });
  });

  it("feedback points", async () => {
    const api = await throughApi(feedbackSchema, { studentId: "s", points: 1001 });
    const form = throughForm(feedbackSchema, { studentId: "s", points: "1001" });
    expect(api).toMatchObject({ status: 400, fields: form.fields });
    expect(form.fields).toEqual({ points: ["Give at most 1000 points."] });
    expect(throughForm(feedbackSchema, { studentId: "s", points: "" }).value).toMatchObject({
      points: null,
    });
  });

  it("a link typed without its scheme is taken as https, both ways", async () => {
    const body = {
      stance: "support",
      url: "www.example.org/page",
      title: "A source",
      quote: "The passage.",
      explanation: "Why it matters.",
      sourceType: "news",
    };
    expect(evidenceSchema.parse(body).url).toBe("https://www.example.org/page");
    expect(throughForm(evidenceSchema, body).value).toMatchObject({
      url: "https://www.example.org/page",
    });
    for (const url of ["javascript:alert(1)", "ftp://example.org/x", "not a link"])
      expect(evidenceSchema.safeParse({ ...body, url }).success).toBe(false);
  });
});

describe("a form's field names", () => {
  it("cannot make the server build a huge list or trip on Conform's own fields", () => {
    const form = new FormData();
    form.append("reason", "Spam.");
    form.append("x[999999999]", "v");
    form.append("__intent__", "not json");
    form.append("__state__", "not json");
    const submission = parseForm(reportSchema, form);
    expect(submission.status).toBe("success");
    expect(JSON.stringify(submission.reply()).length).toBeLessThan(200);
  });
});
