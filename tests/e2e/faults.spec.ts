import { spawnSync, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { startExtraServer } from "./extra-server";
import { E2E_PORT } from "../../playwright.config";
import { signedInRequest } from "./support";

// Faults under a running server, through real HTTP: the database file deleted under it. Every
// write after that is refused (503, Retry-After), none acknowledged; health says why; and the
// next start refuses to put an empty database where the old one was.
const PORT = E2E_PORT + 121;
const BASE = `http://127.0.0.1:${PORT}`;
const DB = "tests/.tmp/faults.db";
let server: ChildProcess;

const prepare = (env: Record<string, string> = {}) =>
  spawnSync("npx", ["tsx", "scripts/prepare-db.ts"], {
    env: { ...process.env, DATABASE_URL: `file:./${DB}`, ...env },
    encoding: "utf8",
  });

test.beforeAll(async () => {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${DB}${suffix}`, { force: true });
  expect(prepare({ AGORA_NEW_DATABASE: "1" }).status).toBe(0);
  server = await startExtraServer(PORT, DB);
});

test.afterAll(() => {
  server.kill("SIGKILL");
});

test("a database deleted under the running server: no write acknowledged, health says so, start-up refuses to begin afresh", async () => {
  const api = await signedInRequest(BASE);
  expect((await api.put("/api/claims/thesis/vote", { data: { agreement: 1 } })).status()).toBe(200);

  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${DB}${suffix}`, { force: true });

  for (const claim of ["thesis", "gulf-anchor", "nvidia-share"]) {
    const refused = await api.put(`/api/claims/${claim}/vote`, { data: { agreement: 2 } });
    expect(refused.status()).toBe(503);
    expect(refused.headers()["retry-after"]).toBe("30");
    expect((await refused.json()).error).toMatch(/moved or deleted/);
  }
  await expect
    .poll(async () => {
      const health = await fetch(`${BASE}/api/health`);
      return { status: health.status, body: await health.json() };
    })
    .toMatchObject({ status: 503, body: { ok: false, database: "file-replaced" } });

  server.kill("SIGKILL");
  const restart = prepare();
  expect(restart.status).toBe(1);
  expect(restart.stderr).toMatch(/No database at .*npm run db:restore/s);
});
