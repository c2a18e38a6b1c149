import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { throttle, waitAfter } from "@/lib/rate-limit";

const refusal = async (attempt: Promise<void>) => {
  try {
    await attempt;
    return null;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { status: error.status, retryAfter: error.retryAfterSeconds };
  }
};

describe("the sign-in throttle", () => {
  it("lets 5 failures through, then doubles the wait after each", async () => {
    const t0 = 1_000_000;
    const guard = throttle("sign-in", "ana", "198.51.100.1");
    for (let i = 0; i < 5; i++) expect(await refusal(guard.attempt(t0 + i))).toBeNull();
    expect(await refusal(guard.attempt(t0 + 10))).toEqual({ status: 429, retryAfter: 1 });
    expect(await refusal(guard.attempt(t0 + 1004))).toBeNull(); // 1 s after the 5th failure
    expect(await refusal(guard.attempt(t0 + 2000))).toEqual({ status: 429, retryAfter: 2 });
    expect(await guard.retryAfter(t0 + 2000)).toBe(2);
    const rule = { free: 5, baseMs: 1000, maxMs: 900_000, forgetMs: 86_400_000 };
    expect([4, 5, 6, 7, 20].map((n) => waitAfter(rule, n))).toEqual([0, 1000, 2000, 4000, 900_000]);
  });

  it("never delays the account from another address", async () => {
    const t0 = 2_000_000;
    const attacker = throttle("sign-in", "bo", "203.0.113.66");
    for (let i = 0; i < 5; i++) await refusal(attacker.attempt(t0 + i));
    expect(await refusal(attacker.attempt(t0 + 10))).toMatchObject({ status: 429 });
    const owner = throttle("sign-in", "bo", "198.51.100.2");
    expect(await refusal(owner.attempt(t0 + 10))).toBeNull();
  });

  it("counts a burst of parallel guesses one by one", async () => {
    const guard = throttle("sign-in", "cy", "198.51.100.3");
    const now = 3_000_000;
    const answers = await Promise.all(
      Array.from({ length: 30 }, () => refusal(guard.attempt(now))),
    );
    expect(answers.filter((a) => a === null)).toHaveLength(5);
  });

  it("clears the account's delay at that address on success", async () => {
    const t0 = 4_000_000;
    const guard = throttle("sign-in", "di", "198.51.100.4");
    for (let i = 0; i < 5; i++) await guard.attempt(t0 + i);
    await guard.succeeded();
    expect(await refusal(guard.attempt(t0 + 10))).toBeNull();
  });

  it("throttles an address that guesses across many accounts", async () => {
    const t0 = 5_000_000;
    const address = "203.0.113.99";
    for (let i = 0; i < 100; i++)
      expect(await refusal(throttle("sign-in", `user${i}`, address).attempt(t0 + i))).toBeNull();
    expect(await refusal(throttle("sign-in", "fresh", address).attempt(t0 + 200))).toMatchObject({
      status: 429,
    });
  });
});
