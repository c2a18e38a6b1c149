import { spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, openSync, rmSync, statSync } from "node:fs";
import { connect, type Socket } from "node:net";
import { once } from "node:events";
import { createClient } from "@libsql/client";
import {
  expect,
  test,
  request as playwrightRequest,
  type APIRequestContext,
} from "@playwright/test";
import { E2E_PORT } from "../../playwright.config";
import { PASSWORD, signIn, uniqueName } from "./support";
import { startExtraServer } from "./extra-server";

// Live streams on a server of their own (a known count of streams, and a cap of 8): every
// stream is released whenever its client goes, the cap answers 503, a removed member's stream
// ends, and SIGTERM drains requests and closes the database.
const PORT = E2E_PORT + 111;
const BASE = `http://127.0.0.1:${PORT}`;
const DB = "tests/.tmp/streams.db";
const CAP = 8;
let server: ChildProcess;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${DB}${suffix}`, { force: true });
  const env = { ...process.env, DATABASE_URL: `file:./${DB}`, AGORA_NEW_DATABASE: "1" };
  expect(spawnSync("npx", ["tsx", "scripts/prepare-db.ts"], { env }).status).toBe(0);
  // Its log, for when a test here fails.
  const log = openSync("tests/.tmp/streams-server.log", "w");
  server = await startExtraServer(PORT, DB, {
    env: { AGORA_MAX_SUBSCRIBERS: String(CAP) },
    stdio: ["ignore", log, log],
  });
});

test.afterAll(() => {
  if (server.exitCode === null) server.kill("SIGKILL");
});

const liveStreams = async () => (await (await fetch(`${BASE}/api/health`)).json()).liveStreams;

async function account(): Promise<{ api: APIRequestContext; id: string; cookie: string }> {
  const username = uniqueName("stream");
  const api = await playwrightRequest.newContext({ baseURL: BASE });
  const created = await api.post("/api/users", {
    data: { username, password: PASSWORD, displayName: username },
  });
  expect(created.status()).toBe(201);
  await signIn(api, username);
  const { cookies } = await api.storageState();
  const cookie = cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  return { api, id: (await created.json()).id, cookie };
}

/** A class with a teacher and one student, and the path of its room's event stream. */
async function classRoom() {
  const teacher = await account();
  const student = await account();
  const created = await teacher.api.post("/api/classes", { data: { name: "Streams" } });
  const klass = await created.json();
  expect(
    (await student.api.post("/api/classes/join", { data: { code: klass.joinCode } })).status(),
  ).toBe(200);
  return {
    teacher,
    student,
    classId: klass.id as string,
    path: `/api/debates/ai-dollar/events?room=${klass.rooms[0].id}`,
  };
}

/** A GET on a raw socket, so the test decides exactly when the client goes. */
function rawGet(path: string, cookie = ""): { socket: Socket; received: () => string } {
  const socket = connect(PORT, "127.0.0.1");
  let text = "";
  socket.on("data", (d) => (text += d));
  socket.on("error", () => {});
  socket.write(
    `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${PORT}\r\nCookie: ${cookie}\r\nConnection: close\r\n\r\n`,
  );
  return { socket, received: () => text };
}

/** Each moment a client can go: before the first byte, after the headers, after the snapshot. */
async function leaveAtEveryMoment(path: string, cookie?: string) {
  for (let i = 0; i < 10; i++) {
    const early = rawGet(path, cookie);
    await new Promise((resolve) => setImmediate(resolve));
    early.socket.destroy();
    const afterHeaders = rawGet(path, cookie);
    await expect.poll(() => afterHeaders.received()).toContain("HTTP/1.1 200");
    afterHeaders.socket.destroy();
    const afterSnapshot = rawGet(path, cookie);
    await expect.poll(() => afterSnapshot.received()).toContain("event: tally");
    afterSnapshot.socket.destroy();
  }
  await expect.poll(liveStreams, { timeout: 5000 }).toBe(0);
}

test("public streams are released whenever their client goes", async () => {
  await leaveAtEveryMoment("/api/debates/ai-dollar/events");
});

test("class-room streams are released whenever their client goes, even during the session lookup", async () => {
  const { student, path } = await classRoom();
  await leaveAtEveryMoment(path, student.cookie);
});

test(`past ${CAP} streams a process answers 503 with Retry-After, and takes streams again once they go`, async () => {
  const { student, path } = await classRoom();
  const open = Array.from({ length: CAP }, () => rawGet("/api/debates/ai-dollar/events"));
  for (const s of open) await expect.poll(() => s.received()).toContain("event: tally");
  const publicFull = await fetch(`${BASE}/api/debates/ai-dollar/events`);
  expect(publicFull.status).toBe(503);
  expect(publicFull.headers.get("retry-after")).toBe("5");
  const classFull = await fetch(`${BASE}${path}`, { headers: { cookie: student.cookie } });
  expect(classFull.status).toBe(503);
  expect(classFull.headers.get("retry-after")).toBe("5");
  open.forEach((s) => s.socket.destroy());
  await expect.poll(liveStreams).toBe(0);
  const stream = rawGet(path, student.cookie);
  await expect.poll(() => stream.received()).toContain("event: tally");
  stream.socket.destroy();
});

test("a removed member's class-room stream ends", async () => {
  const { teacher, student, classId, path } = await classRoom();
  const stream = rawGet(path, student.cookie);
  await expect.poll(() => stream.received()).toContain("event: tally");
  expect(
    (await teacher.api.delete(`/api/classes/${classId}/students/${student.id}`)).status(),
  ).toBe(204);
  // The response ends: the last chunk of its chunked body arrives.
  await expect.poll(() => stream.received(), { timeout: 3000 }).toMatch(/\r\n0\r\n\r\n$/);
  stream.socket.destroy();
  await expect.poll(liveStreams).toBe(0);
});

test("SIGTERM ends streams, finishes writes in flight, and closes the database with its WAL checkpointed", async () => {
  const voter = await account();
  const stream = rawGet("/api/debates/ai-dollar/events");
  await expect.poll(() => stream.received()).toContain("event: tally");
  const streamClosed = once(stream.socket, "close");
  const claims = ["thesis", "gulf-anchor", "nvidia-share", "pif-ai-investment"];
  const votes = claims.map((claim) =>
    voter.api
      .put(`/api/claims/${claim}/vote`, { data: { agreement: 2 } })
      .then((r) => ({ claim, status: r.status() }))
      .catch(() => ({ claim, status: 0 })),
  );
  await new Promise((resolve) => setTimeout(resolve, 20));
  const exited = once(server, "exit");
  server.kill("SIGTERM");
  await streamClosed;
  const [code] = await exited;
  expect(code).toBe(0);
  const acknowledged = (await Promise.all(votes))
    .filter((v) => v.status === 200)
    .map((v) => v.claim);
  // The WAL was folded into the file when the server's last connection closed (checked before
  // this test opens the file itself, which makes a WAL of its own).
  expect(!existsSync(`${DB}-wal`) || statSync(`${DB}-wal`).size === 0).toBe(true);
  const client = createClient({ url: `file:./${DB}` });
  const { rows } = await client.execute({
    sql: "select claim_id from claim_votes where user_id = ?",
    args: [voter.id],
  });
  client.close();
  expect(rows.map((r) => r.claim_id)).toEqual(expect.arrayContaining(acknowledged));
});
