import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { randomInt, randomUUID } from "node:crypto";
import { createClient } from "@libsql/client";
import {
  expect,
  test,
  request as playwrightRequest,
  type APIRequestContext,
} from "@playwright/test";
import { serveCommand } from "../../scripts/serve-command";
import { PASSWORD, signIn } from "./support";
import { E2E_PORT } from "../../playwright.config";

// Crash safety: many users write while servers are killed with SIGKILL at random moments.
// Every acknowledged write must survive, nothing half-written may show, and db:check must pass.
const KILLS = Number(process.env.CRASH_KILLS ?? 5);
/** A round is a burst of writes, a kill and a restart: allow 15 s each on a busy machine. */
const ROUNDS_TIMEOUT = 120_000 + KILLS * 15_000;
const CLAIMS = [
  "thesis",
  "feasibility-limited",
  "lock-in-man-made",
  "gulf-anchor",
  "pif-ai-investment",
  "nvidia-share",
];
const USERS = 16;

type Server = { port: number; process: ChildProcess };
type Ledger = {
  evidence: Map<string, string>; // acknowledged id → title
  votes: Map<string, { acked: number | null; unacknowledged: number[] }>; // user|claim
};

function startServer(db: string, port: number): Server {
  const { command, args, env } = serveCommand(port, {
    ...process.env,
    DATABASE_URL: `file:./${db}`,
    AUTH_SECRET: readFileSync("data/auth-secret", "utf8").trim(),
  });
  const child = spawn(command, args, { env, stdio: "ignore", detached: true });
  return { port, process: child };
}

async function ready(server: Server) {
  await expect
    .poll(
      async () =>
        (await fetch(`http://127.0.0.1:${server.port}/api/health`).catch(() => null))?.status,
      { timeout: 30_000, intervals: [100] },
    )
    .toBe(200);
}

function kill(server: Server) {
  try {
    process.kill(-server.process.pid!, "SIGKILL");
  } catch {
    // already gone
  }
}

/** One user's sequential writes until `stop`; records what the server acknowledged. */
async function writer(api: APIRequestContext, user: string, ledger: Ledger, stop: () => boolean) {
  while (!stop()) {
    try {
      if (randomInt(3) === 0) {
        const title = `crash ${randomUUID()}`;
        const response = await api.post(
          `/api/claims/${CLAIMS[randomInt(CLAIMS.length)]}/evidence`,
          {
            data: {
              stance: randomInt(2) ? "support" : "rebut",
              url: `https://example.org/${title.replace(" ", "-")}`,
              title,
              quote: "q",
              explanation: "e",
              sourceType: "news",
            },
            timeout: 5000,
          },
        );
        if (response.status() === 201) ledger.evidence.set((await response.json()).id, title);
      } else {
        const claim = CLAIMS[randomInt(CLAIMS.length)]!;
        const agreement = randomInt(5) - 2;
        const key = `${user}|${claim}`;
        const entry = ledger.votes.get(key) ?? { acked: null, unacknowledged: [] };
        entry.unacknowledged.push(agreement);
        ledger.votes.set(key, entry);
        const response = await api.put(`/api/claims/${claim}/vote`, {
          data: { agreement },
          timeout: 5000,
        });
        if (response.status() === 200) {
          entry.acked = agreement;
          entry.unacknowledged = [];
        }
      }
    } catch {
      return; // the server died under us
    }
  }
}

async function crashRounds(db: string, ports: number[]) {
  rmSync(`${db}`, { force: true });
  rmSync(`${db}-wal`, { force: true });
  rmSync(`${db}-shm`, { force: true });
  const prepared = spawnSync("npx", ["tsx", "scripts/prepare-db.ts"], {
    env: { ...process.env, DATABASE_URL: `file:./${db}`, AGORA_NEW_DATABASE: "1" },
  });
  expect(prepared.status).toBe(0);
  const ledger: Ledger = { evidence: new Map(), votes: new Map() };
  let servers = ports.map((port) => startServer(db, port));
  for (const s of servers) await ready(s);

  const users = await Promise.all(
    Array.from({ length: USERS }, async (_, i) => {
      const username = `crash-${randomUUID().slice(0, 8)}`;
      const baseURL = `http://127.0.0.1:${ports[i % ports.length]}`;
      const api = await playwrightRequest.newContext({ baseURL });
      expect(
        (
          await api.post("/api/users", {
            data: { username, password: PASSWORD, displayName: username },
          })
        ).status(),
      ).toBe(201);
      await signIn(api, username);
      return { username, api };
    }),
  );

  for (let round = 0; round < KILLS; round++) {
    let stopped = false;
    const writers = users.map((u) => writer(u.api, u.username, ledger, () => stopped));
    await new Promise((resolve) => setTimeout(resolve, 300 + randomInt(1200)));
    for (const s of servers) kill(s); // mid-write, no warning
    stopped = true;
    await Promise.all(writers);
    servers = ports.map((port) => startServer(db, port));
    for (const s of servers) await ready(s);
  }
  for (const s of servers) kill(s);
  return ledger;
}

async function verify(db: string, ledger: Ledger) {
  const client = createClient({ url: `file:./${db}` });
  try {
    for (const [id, title] of ledger.evidence) {
      const { rows } = await client.execute({
        sql: "select title from evidence where id = ?",
        args: [id],
      });
      expect(rows[0]?.title, `acknowledged evidence ${id}`).toBe(title);
    }
    const { rows } = await client.execute(
      "select u.username, v.claim_id, v.agreement from claim_votes v join users u on u.id = v.user_id where u.username like 'crash-%'",
    );
    const stored = new Map(rows.map((r) => [`${r.username}|${r.claim_id}`, r.agreement as number]));
    for (const [key, { acked, unacknowledged }] of ledger.votes) {
      // The stored answer is the last acknowledged one, or one sent after it whose answer was
      // lost when the server died (it may or may not have committed).
      expect([acked, ...unacknowledged], `vote ${key}`).toContain(stored.get(key) ?? null);
    }
  } finally {
    client.close();
  }
  const check = spawnSync("npx", ["tsx", "scripts/db-check.ts"], {
    env: { ...process.env, DATABASE_URL: `file:./${db}` },
    encoding: "utf8",
  });
  expect(check.stdout).toContain("db:check passed");
  expect(check.status).toBe(0);
}

test.describe.configure({ mode: "serial" });

test(`one server killed with SIGKILL ${KILLS} times loses no acknowledged write`, async () => {
  test.setTimeout(ROUNDS_TIMEOUT);
  const ledger = await crashRounds("tests/.tmp/crash-one.db", [E2E_PORT + 101]);
  expect(ledger.evidence.size + ledger.votes.size).toBeGreaterThan(20);
  await verify("tests/.tmp/crash-one.db", ledger);
});

test(`two servers sharing one file, both killed ${KILLS} times, lose no acknowledged write`, async () => {
  test.setTimeout(ROUNDS_TIMEOUT);
  const ledger = await crashRounds("tests/.tmp/crash-two.db", [E2E_PORT + 102, E2E_PORT + 103]);
  expect(ledger.evidence.size + ledger.votes.size).toBeGreaterThan(20);
  await verify("tests/.tmp/crash-two.db", ledger);
});
