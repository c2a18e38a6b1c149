// `npm run bench [-- --quick | --smoke]`: builds a synthetic dataset, starts the production server
// on it, measures side by side in one run, prints a table and writes bench/results.json.
// --quick: the figures at 1% scale (bench/results-quick.json). --smoke: every scenario end to end
// at 1% scale, each for a moment at low concurrency, so CI knows the bench still works; its
// figures mean nothing and are written only to bench/data/results-smoke.json.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { encode } from "next-auth/jwt";
import { ensureAuthSecret } from "../lib/auth/secret";
import { buildIfNeeded } from "../scripts/build-if-needed";
import { serveCommand } from "../scripts/serve-command";
import { buildDataset, scaled } from "./dataset";
import { load, send } from "./http-load";
import { measureBareServer } from "./bare-server";
import { addUserClaims, queryBench } from "./user-claims";
import { measurePageJs } from "./page-js";
import type { measureLive } from "./live";

type LiveResult = Awaited<ReturnType<typeof measureLive>>;

const smoke = process.argv.includes("--smoke");
const quick = smoke || process.argv.includes("--quick");
const factor = quick ? 0.01 : 1;
const SECONDS = smoke ? 0.3 : quick ? 3 : 10;
const CONCURRENCY = smoke ? 4 : 32;
const PORT = 3300;
const BIG = "bench/data/bench.db";
const SMALL = "bench/data/bench-small.db";
/** Readers' claims in a room for "the debate page with 2,000 user claims". */
const USER_CLAIMS = smoke ? 20 : 2000;

mkdirSync("bench/data", { recursive: true });
const secret = ensureAuthSecret();
// The bench's own build, with its baseline routes (next.config.ts); `npm start`'s has none.
const benchEnv = { ...process.env, AGORA_BENCH_BUILD: "1" };
buildIfNeeded(".next-bench", benchEnv);

console.log(`Building the dataset (${quick ? "1%" : "full"} scale${smoke ? ", smoke run" : ""})…`);
const t = performance.now();
const scale = scaled(factor);
const dataset = await buildDataset(BIG, scale);
await buildDataset(SMALL, scaled(factor / 100));
console.log(
  `  ${scale.users} users, ${scale.evidence} evidence, ${scale.votes} votes, ${dataset.rooms.length} rooms in ${((performance.now() - t) / 1000).toFixed(1)} s`,
);

// The production server as `npm start` runs it.
const serve = serveCommand(PORT, {
  ...benchEnv,
  DATABASE_URL: `file:./${BIG}`,
  AUTH_SECRET: secret,
});
async function startServer() {
  const child = spawn(serve.command, serve.args, {
    env: serve.env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let i = 0; i < 300; i++) {
    if (
      (await send(PORT, { method: "GET", path: "/api/health" }).catch(() => ({ status: 0 })))
        .status === 200
    )
      break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return child;
}
async function stopServer(child: ReturnType<typeof spawn>) {
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  await exited;
}
let server = await startServer();
try {
  // Session cookies minted with the server's secret, one per distinct voter.
  const voters = Math.min(scale.users, 2000);
  const mint = async (i: number) => {
    const token = await encode({
      token: { uid: `b-u${i}`, sub: `b-u${i}`, sv: 0, name: `Bench reader ${i}` },
      secret,
      salt: "authjs.session-token",
    });
    return `authjs.session-token=${token}`;
  };
  const cookies = await Promise.all(Array.from({ length: voters }, (_, i) => mint(i)));
  const cookie = (i: number) => ({ cookie: cookies[i % cookies.length]! });
  const body = (i: number) => JSON.stringify({ agreement: (i % 5) - 2 });
  const claim = (i: number) => dataset.claims[(i * 7) % dataset.claims.length];
  // Voter i votes in the public room or in their own class's room (user i is in class i mod 40).
  const room = (i: number) =>
    i % 2 === 0
      ? dataset.rooms[0]
      : dataset.rooms[1 + ((i % cookies.length) % (dataset.rooms.length - 1))];

  const warm = async (path: string, method = "GET") => {
    for (let i = 0; i < (smoke ? 2 : 20); i++)
      await send(PORT, {
        method,
        path,
        headers: cookie(i),
        body: method === "PUT" ? body(i) : undefined,
      });
  };
  await warm("/bench/trivial");
  await warm("/debates/ai-dollar");
  await warm("/api/bench/baseline", "PUT");
  await warm(`/api/claims/${claim(0)}/vote`, "PUT");

  console.log("Measuring pages…");
  const trivial = await load(PORT, CONCURRENCY, SECONDS, (i) => ({
    method: "GET",
    path: "/bench/trivial",
    headers: cookie(i),
  }));
  const debate = await load(PORT, CONCURRENCY, SECONDS, (i) => ({
    method: "GET",
    path: "/debates/ai-dollar",
    headers: cookie(i),
  }));
  // A class room's page: a cached shell per room (decision 0028), then the members-only
  // snapshot of the room's scores the browser asks for. Each room's shell rendered once first,
  // as the public page was warmed above.
  for (const r of dataset.rooms.slice(1))
    await send(PORT, { method: "GET", path: `/debates/ai-dollar?room=${r}`, headers: cookie(1) });
  const sample = await send(PORT, {
    method: "GET",
    path: `/api/debates/ai-dollar/snapshot?room=${room(1)}`,
    headers: cookie(1),
  });
  if (sample.status !== 200 || !sample.body.includes('"kind":"class"'))
    throw new Error("bench: a voter does not get their class room's snapshot");
  const classPage = await load(PORT, CONCURRENCY, SECONDS, (i) => ({
    method: "GET",
    path: `/debates/ai-dollar?room=${room(2 * i + 1)}`,
    headers: cookie(2 * i + 1),
  }));
  // One class room's page, by its own members (user k is in class k mod 40), before and after
  // it holds 2,000 readers' claims.
  const classZero = (i: number) => ({ cookie: cookies[(i * scale.classes) % voters]! });
  const classZeroPage = () =>
    load(PORT, CONCURRENCY, SECONDS, (i) => ({
      method: "GET",
      path: `/debates/ai-dollar?room=${dataset.rooms[1]}`,
      headers: classZero(i),
    }));
  const classZeroBefore = await classZeroPage();
  const classSnapshot = await load(PORT, CONCURRENCY, SECONDS, (i) => ({
    method: "GET",
    path: `/api/debates/ai-dollar/snapshot?room=${room(2 * i + 1)}`,
    headers: cookie(2 * i + 1),
  }));
  const classBytes = Buffer.byteLength(
    (
      await send(PORT, {
        method: "GET",
        path: `/debates/ai-dollar?room=${room(1)}`,
        headers: cookie(1),
      })
    ).body,
  );
  console.log("Measuring browser JavaScript per page…");
  const pageJs = await measurePageJs(
    `http://127.0.0.1:${PORT}`,
    smoke
      ? { "/debates/ai-dollar": "/debates/ai-dollar" }
      : {
          "/": "/",
          "/debates/ai-dollar": "/debates/ai-dollar",
          "/debates/ai-dollar/claims/thesis": "/debates/ai-dollar/claims/thesis",
          "/sign-in": "/sign-in",
        },
  );
  const page = await send(PORT, { method: "GET", path: "/debates/ai-dollar", headers: cookie(0) });
  const bare = await measureBareServer({
    body: page.body,
    port: PORT + 1,
    concurrency: CONCURRENCY,
    seconds: SECONDS,
  });
  console.log("Measuring votes…");
  const baseline = await load(PORT, CONCURRENCY, SECONDS, (i) => ({
    method: "PUT",
    path: "/api/bench/baseline",
    headers: cookie(i),
    body: body(i),
  }));
  const votes = await load(PORT, CONCURRENCY, SECONDS, (i) => ({
    method: "PUT",
    path: `/api/claims/${claim(i)}/vote?room=${room(i)}`,
    headers: cookie(i),
    body: body(i),
  }));
  // An evidence write and a reply write, the same way: each request a new item by one of the
  // voters, in the public room or their class's (a reply must cost no more than evidence).
  console.log("Measuring evidence and reply writes…");
  const runId = Date.now().toString(36);
  const evidenceRequest = (i: number) => ({
    method: "POST",
    path: `/api/claims/${claim(i)}/evidence?room=${room(i)}`,
    headers: cookie(i),
    body: JSON.stringify({
      stance: i % 2 === 0 ? "support" : "rebut",
      url: `https://example.org/bench/${runId}/${i}`,
      title: `Bench source ${i}`,
      quote: "A sentence quoted from the source.",
      explanation: "Why it bears on the claim.",
      sourceType: "news",
    }),
  });
  // Spread over every voter, so no account nears the reply limit (5 a minute) in the run.
  const replyRequest = (i: number) => ({
    method: "POST",
    path: `/api/claims/${claim(i)}/replies?room=${room(i)}`,
    headers: cookie(i),
    body: JSON.stringify({ body: `Bench reply ${runId} ${i}` }),
  });
  await send(PORT, evidenceRequest(cookies.length * 10));
  await send(PORT, replyRequest(cookies.length * 10 + 1));
  const evidenceWrites = await load(PORT, CONCURRENCY, SECONDS, evidenceRequest);
  const replyWrites = await load(PORT, CONCURRENCY, SECONDS, (i) => replyRequest(i + 1));

  console.log("Measuring claim proposals (beside the evidence writes)…");
  // Each account may propose 10 claims an hour: the writers rotate over all the dataset's users
  // (user j writes in the public room or in their own class's room), for both kinds of write.
  const writerCookies = await Promise.all(Array.from({ length: scale.users }, (_, i) => mint(i)));
  const writer = (i: number) => {
    const j = (i * 13) % scale.users;
    const roomId = i % 2 === 0 ? dataset.rooms[0] : `b-r${j % scale.classes}`;
    return { headers: { cookie: writerCookies[j]! }, query: `?room=${roomId}` };
  };
  const proposals = await load(PORT, CONCURRENCY, SECONDS, (i) => ({
    method: "POST",
    path: `/api/claims/${claim(i)}/claims${writer(i).query}`,
    headers: writer(i).headers,
    body: JSON.stringify({
      relation: i % 2 === 0 ? "supports" : "opposes",
      kind: "predictive",
      textEn: `A bench reader's claim ${runId}-${i}`,
    }),
  }));

  console.log("Measuring the debate page with 2,000 readers' claims…");
  const proposedIn = async (roomId: string) =>
    (
      await queryBench<{ n: number }>("select count(*) as n from claims where room_id = ?", [
        roomId,
      ])
    )[0]!.n;
  for (const roomId of [dataset.rooms[0]!, dataset.rooms[1]!])
    await addUserClaims(BIG, {
      roomId,
      count: Math.max(0, USER_CLAIMS - (await proposedIn(roomId))),
      essayClaims: dataset.claims,
      users: scale.users,
    });
  // One more through the API, as a reader would (the cached page holds no readers' claims: decision 32).
  await send(PORT, {
    method: "POST",
    path: `/api/claims/${claim(0)}/claims`,
    headers: { cookie: writerCookies[scale.users - 1]! },
    body: JSON.stringify({ relation: "supports", kind: "factual", textEn: "The last one" }),
  });
  await warm("/debates/ai-dollar");
  const userClaimsPublic = await proposedIn(dataset.rooms[0]!);
  const debateWithClaims = await load(PORT, CONCURRENCY, SECONDS, (i) => ({
    method: "GET",
    path: "/debates/ai-dollar",
    headers: cookie(i),
  }));
  const classZeroAfter = await classZeroPage();
  const bigPage = await send(PORT, {
    method: "GET",
    path: "/debates/ai-dollar",
    headers: cookie(0),
  });

  console.log("Measuring live fan-out…");
  // On a fresh server process: its memory before the subscribers is not inflated by the load
  // above, and nothing of that load (heap, caches) is still settling while events are timed.
  // (A smoke run keeps its server: its figures are not read.)
  if (!smoke) {
    await stopServer(server);
    server = await startServer();
    await warm("/debates/ai-dollar");
    await warm(`/api/claims/${claim(0)}/vote`, "PUT"); // load the vote route before timing it
    await new Promise((r) => setTimeout(r, 2000));
  }
  const cookiesFile = "bench/data/cookies.json";
  writeFileSync(cookiesFile, JSON.stringify(cookies));
  const liveRun = spawnSync(
    process.execPath,
    [
      "--import",
      "tsx",
      "bench/live-child.ts",
      JSON.stringify({
        port: PORT,
        serverPid: server.pid!,
        subscribers: smoke ? 10 : quick ? 50 : 5000,
        rate: 50,
        seconds: smoke ? 0.5 : quick ? 3 : 10,
        cookiesFile,
      }),
    ],
    { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
  );
  if (liveRun.status !== 0) throw new Error("bench: the live measurement failed");
  const live = JSON.parse(liveRun.stdout.trim().split("\n").at(-1)!) as LiveResult;

  server.kill("SIGTERM");
  console.log("Timing tally updates…");
  const timing = (file: string) =>
    JSON.parse(
      spawnSync(
        process.execPath,
        [
          "--import",
          "tsx",
          "--conditions=react-server",
          "bench/tally-timing.ts",
          file,
          smoke ? "10" : quick ? "100" : "300",
        ],
        { encoding: "utf8" },
      )
        .stdout.trim()
        .split("\n")
        .at(-1)!,
    ).median as number;
  const tallyBig = timing(BIG);
  const tallySmall = timing(SMALL);

  const results = {
    scale_votes: scale.votes,
    trivial_page_rps: trivial.rps,
    debate_page_rps: debate.rps,
    page_ratio: debate.rps / trivial.rps,
    page_p95_ms: debate.p95,
    class_page_rps: classPage.rps,
    class_page_ratio: classPage.rps / trivial.rps,
    class_page_p95_ms: classPage.p95,
    class_page_bytes: classBytes,
    class_snapshot_rps: classSnapshot.rps,
    class_snapshot_p95_ms: classSnapshot.p95,
    page_bytes: bare.bytes,
    page_js_bytes: pageJs,
    bare_server_same_bytes_rps: bare.rps,
    bare_server_same_bytes_p95_ms: bare.p95,
    baseline_write_rps: baseline.rps,
    vote_rps: votes.rps,
    vote_ratio: votes.rps / baseline.rps,
    vote_p95_ms: votes.p95,
    evidence_write_rps: evidenceWrites.rps,
    evidence_write_p95_ms: evidenceWrites.p95,
    reply_write_rps: replyWrites.rps,
    reply_write_p95_ms: replyWrites.p95,
    reply_vs_evidence_ratio: replyWrites.rps / evidenceWrites.rps,
    live_subscribers: live.subscribers,
    live_fanout_p50_ms: live.p50,
    live_fanout_p95_ms: live.p95,
    live_missed_events: live.missed,
    live_rss_kb_per_subscriber: live.rssKbPerSubscriber,
    tally_update_ms_large: tallyBig,
    tally_update_ms_small: tallySmall,
    tally_update_ratio: tallyBig / tallySmall,
    proposal_rps: proposals.rps,
    proposal_p95_ms: proposals.p95,
    proposal_ratio: proposals.rps / evidenceWrites.rps,
    user_claims_public: userClaimsPublic,
    debate_page_user_claims_rps: debateWithClaims.rps,
    debate_page_user_claims_p95_ms: debateWithClaims.p95,
    debate_page_user_claims_ratio: debateWithClaims.rps / debate.rps,
    page_bytes_user_claims: Buffer.byteLength(bigPage.body),
    class_room_page_rps: classZeroBefore.rps,
    class_room_page_user_claims_rps: classZeroAfter.rps,
    class_room_page_user_claims_ratio: classZeroAfter.rps / classZeroBefore.rps,
    errors:
      trivial.errors +
      debate.errors +
      classPage.errors +
      baseline.errors +
      votes.errors +
      evidenceWrites.errors +
      replyWrites.errors +
      proposals.errors +
      debateWithClaims.errors +
      classZeroBefore.errors +
      classZeroAfter.errors +
      classSnapshot.errors,
  };
  const rows: [string, string, string][] = [
    ["trivial dynamic page", `${trivial.rps.toFixed(0)} req/s`, `p95 ${trivial.p95.toFixed(1)} ms`],
    [
      "debate page (public room, cached)",
      `${debate.rps.toFixed(0)} req/s`,
      `p95 ${debate.p95.toFixed(1)} ms`,
    ],
    [
      "page_ratio (target ≥ 0.6)",
      results.page_ratio.toFixed(2),
      `page_p95_ms ${debate.p95.toFixed(1)} (target ≤ 150)`,
    ],
    [
      "debate page, a class room (cached shell)",
      `${classPage.rps.toFixed(0)} req/s`,
      `p95 ${classPage.p95.toFixed(1)} ms, ${Math.round(classBytes / 1000)} kB`,
    ],
    [
      "class_page_ratio (target ≥ 0.6)",
      results.class_page_ratio.toFixed(2),
      `class_page_p95_ms ${classPage.p95.toFixed(1)} (target ≤ 300)`,
    ],
    [
      "a class room's snapshot (members only)",
      `${classSnapshot.rps.toFixed(0)} req/s`,
      `p95 ${classSnapshot.p95.toFixed(1)} ms`,
    ],
    [
      `same ${Math.round(bare.bytes / 1000)} kB from a bare Node server`,
      `${bare.rps.toFixed(0)} req/s`,
      `p95 ${bare.p95.toFixed(1)} ms (the floor for this page size)`,
    ],
    [
      "baseline write route",
      `${baseline.rps.toFixed(0)} req/s`,
      `p95 ${baseline.p95.toFixed(1)} ms`,
    ],
    ["vote writes", `${votes.rps.toFixed(0)} req/s`, `p95 ${votes.p95.toFixed(1)} ms`],
    ["vote_ratio (target ≥ 0.8)", results.vote_ratio.toFixed(2), ""],
    [
      "evidence writes",
      `${evidenceWrites.rps.toFixed(0)} req/s`,
      `p95 ${evidenceWrites.p95.toFixed(1)} ms`,
    ],
    ["reply writes", `${replyWrites.rps.toFixed(0)} req/s`, `p95 ${replyWrites.p95.toFixed(1)} ms`],
    ["reply / evidence (target ≥ 1)", results.reply_vs_evidence_ratio.toFixed(2), ""],
    [
      "claim proposals",
      `${proposals.rps.toFixed(0)} req/s`,
      `p95 ${proposals.p95.toFixed(1)} ms, ratio to evidence ${results.proposal_ratio.toFixed(2)} (target ≥ 1)`,
    ],
    [
      `debate page, public, +${userClaimsPublic} readers' claims`,
      `${debateWithClaims.rps.toFixed(0)} req/s`,
      `p95 ${debateWithClaims.p95.toFixed(1)} ms, ratio ${results.debate_page_user_claims_ratio.toFixed(2)}, ${Math.round(results.page_bytes_user_claims / 1000)} kB`,
    ],
    [
      "one class room's page, without / with them",
      `${classZeroBefore.rps.toFixed(0)} / ${classZeroAfter.rps.toFixed(0)} req/s`,
      `p95 ${classZeroBefore.p95.toFixed(1)} / ${classZeroAfter.p95.toFixed(1)} ms`,
    ],
    [
      "live subscribers",
      String(live.subscribers),
      `${live.votes} votes at 50/s, ${live.missed} missed`,
    ],
    [
      "live fan-out p50 / p95 (target p95 ≤ 500)",
      `${live.p50.toFixed(0)} ms`,
      `${live.p95.toFixed(0)} ms`,
    ],
    ["live RSS per subscriber (target ≤ 100)", `${live.rssKbPerSubscriber.toFixed(1)} kB`, ""],
    [
      "tally update, large / small room",
      `${tallyBig.toFixed(2)} ms / ${tallySmall.toFixed(2)} ms`,
      `ratio ${results.tally_update_ratio.toFixed(2)} (target ≤ 1.5)`,
    ],
  ];
  console.log(
    `\nAgora bench (${smoke ? "smoke, 1%" : quick ? "quick, 1%" : "full"} scale: ${scale.votes.toLocaleString("en")} votes), concurrency ${CONCURRENCY}, ${SECONDS} s per measurement`,
  );
  for (const [name, a, b] of rows) console.log(`  ${name.padEnd(44)} ${a.padEnd(22)} ${b}`);
  for (const [path, bytes] of Object.entries(pageJs))
    console.log(`  ${`browser JS, ${path}`.padEnd(44)} ${Math.round(bytes / 1000)} kB`);
  if (results.errors > 0) console.log(`  (${results.errors} requests failed)`);
  // A smoke run is CI's check that every scenario still works: a failed request fails it.
  if (smoke && results.errors > 0) process.exitCode = 1;
  writeFileSync(
    smoke
      ? "bench/data/results-smoke.json"
      : quick
        ? "bench/results-quick.json"
        : "bench/results.json",
    JSON.stringify(results, null, 2) + "\n",
  );
} finally {
  server.kill("SIGKILL");
}
