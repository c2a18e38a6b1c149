import type { ChildProcess } from "node:child_process";

import { expect, test } from "@playwright/test";
import { startExtraServer } from "./extra-server";
import { E2E_DB, E2E_PORT } from "../../playwright.config";
import { signedInRequest } from "./support";

const SECOND_PORT = E2E_PORT + 91;
let second: ChildProcess;

test.beforeAll(async () => {
  // A second server on the same database file and secret, as behind a load balancer.
  second = await startExtraServer(SECOND_PORT, E2E_DB);
});

test.afterAll(() => {
  second.kill("SIGTERM");
});

test("a vote written through one process reaches a live subscriber of the other", async ({
  baseURL,
}) => {
  const controller = new AbortController();
  const stream = await fetch(`http://127.0.0.1:${SECOND_PORT}/api/debates/ai-dollar/events`, {
    signal: controller.signal,
  });
  expect(stream.headers.get("content-type")).toContain("text/event-stream");
  const reader = stream.body!.getReader();
  const decoder = new TextDecoder();
  let received = "";
  const sawVote = (async () => {
    while (!received.includes('"mubadala-stargate"')) {
      const { value, done } = await reader.read();
      if (done) break;
      received += decoder.decode(value);
    }
    return received;
  })();
  // Let the subscriber take its snapshot before the write.
  await expect.poll(() => received.includes("event: tally")).toBe(true);

  const api = await signedInRequest(baseURL!);
  expect(
    (await api.put("/api/claims/mubadala-stargate/vote", { data: { agreement: 2 } })).status(),
  ).toBe(200);
  const text = await Promise.race([
    sawVote,
    new Promise<string>((r) => setTimeout(() => r("timed out"), 5000)),
  ]);
  controller.abort();
  expect(text).toContain('"mubadala-stargate"');
});
