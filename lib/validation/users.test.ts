import { describe, expect, it } from "vitest";
import { rosterSchema } from "./classes";
import { signUpSchema } from "./users";

const signUp = (displayName: string) =>
  signUpSchema.safeParse({ username: "reader", password: "long enough pass", displayName });

describe("display names", () => {
  it.each([
    ["a right-to-left override", "Admin\u202Enimda"],
    ["a left-to-right isolate", "Mei\u2066Lin"],
    ["a right-to-left mark", "Mei\u200FLin"],
    ["a zero-width space", "Ad\u200Bmin"],
    ["a zero-width joiner", "Ad\u200Dmin"],
    ["a byte-order mark", "Ad\uFEFFmin"],
    ["a control character", "Ad\u0007min"],
    ["a newline inside", "Ad\nmin"],
    ["a line separator", "Ad\u2028min"],
  ])("refuses %s with a field error", (_what, name) => {
    const parsed = signUp(name);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]).toMatchObject({
      path: ["displayName"],
      message: expect.stringMatching(/visible characters only/),
    });
  });

  it.each(["Mei-Lin Chen", "陳美玲", "José Ñúñez", "محمد", "O'Brien 🎓"])("accepts %s", (name) => {
    expect(signUp(name).success).toBe(true);
  });

  it("roster names follow the same rule", () => {
    expect(
      rosterSchema.safeParse({ names: ["Fine", "Ev\u202Eil"] }).error?.issues[0],
    ).toMatchObject({
      path: ["names", 1],
      message: expect.stringMatching(/visible characters only/),
    });
  });
});
