import { describe, expect, it } from "vitest";
import { actionBodyProblem } from "./action-body";

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(entries)) data.append(k, v);
  return data;
};

describe("a server action's body", () => {
  it("passes what React's client sends", () => {
    const vote = form({ _1_claimId: "thesis", _1_agreement: "1", "0": '[{},"$K1"]' });
    expect(actionBodyProblem("multipart/form-data; boundary=x", vote)).toBeNull();
    const withoutScript = form({ $ACTION_ID_abc: "" });
    expect(actionBodyProblem("multipart/form-data", withoutScript, null)).toBeNull();
    expect(actionBodyProblem("multipart/form-data", withoutScript)).toMatch(/no arguments/);
    // An action that reads no argument (its id starts "00", like sign-out's) gets none.
    expect(actionBodyProblem("text/plain", "[]", "0038468195c6")).toBeNull();
    // An empty form: no parts, so React sends the arguments alone.
    expect(actionBodyProblem("text/plain", '[{"message":"$$5 off"},"$K1"]')).toBeNull();
  });

  it.each([
    ["text/plain", "garbage", /not JSON/],
    ["text/plain", '{"a":1}', /list/],
    ["text/plain", '["$K1"]', /previous state and a form/],
    ["text/plain", "[]", /previous state and a form/],
    ["text/plain", '[{}, "x"]', /previous state and a form/],
    ["application/json", "[]", /multipart\/form-data or text\/plain/],
    ["application/x-www-form-urlencoded", "a=1", /multipart/],
  ])("refuses %s %j", (type, body, problem) => {
    expect(actionBodyProblem(type, body)).toMatch(problem);
  });

  it("refuses a form with no action or broken arguments", () => {
    expect(actionBodyProblem("multipart/form-data", form({ name: "x" }), null)).toMatch(
      /no action/,
    );
    expect(actionBodyProblem("multipart/form-data", form({ "0": "[" }))).toMatch(/not JSON/);
    const reference = form({ "0": '[{"a":"$Q1"},"$K1"]' });
    expect(actionBodyProblem("multipart/form-data", reference)).toMatch(/unknown reference/);
  });
});
