// Profiles the data layer of the write routes in-process (no HTTP, no Next): votes and claim
// proposals, in waves of 32 as the bench's load sends them, on a fresh 1% bench database or, with
// PROFILE_DB=path, on a copy you made of another (the full one: cp bench/data/bench.db /tmp/x.db).
// `npx tsx --conditions=react-server bench/vote-profile.ts [votes|evidence|proposals] [n]`
import { buildDataset, scaled } from "./dataset";

const [kind = "votes", n = "3000"] = process.argv.slice(2);
const file = process.env.PROFILE_DB ?? "bench/data/profile.db";
if (!process.env.PROFILE_DB) await buildDataset(file, scaled(0.01));
process.env.DATABASE_URL = `file:${file}`;
const { voteOnClaim } = await import("../lib/votes");
const { proposeClaim } = await import("../lib/proposals/propose");
const { addEvidence } = await import("../lib/evidence");
const { claimDetail } = await import("../lib/claims");
const { aiDollar } = await import("../db/seed/ai-dollar");

const claims = aiDollar.claims.map((c) => c.key);
const viewer = (i: number) => ({ id: `b-u${i % 200}`, name: "b", role: "user" as const });
const room = (i: number) => (i % 2 === 0 ? undefined : `b-r${(i % 200) % 40}`);
const one = (i: number) =>
  kind === "votes"
    ? voteOnClaim(viewer(i), claims[(i * 7) % claims.length]!, room(i), { agreement: (i % 5) - 2 })
    : kind === "evidence"
      ? addEvidence(viewer(i), claims[(i * 7) % claims.length]!, room(i), {
          stance: i % 2 ? "rebut" : "support",
          url: `https://example.org/profile/${i}`,
          title: `Profiled source ${i}`,
          quote: "A sentence quoted from the source.",
          explanation: "Why it bears on the claim.",
          sourceType: "news",
        } as never)
      : proposeClaim(viewer(i * 13), claims[(i * 7) % claims.length]!, room(i * 13), {
          relation: i % 2 ? "opposes" : "supports",
          kind: "predictive",
          textEn: `profiled claim ${i}`,
          textZh: "",
        } as never).then(async (made): Promise<unknown> =>
          process.env.NO_DETAIL
            ? made
            : claimDetail(made.id, made.roomId, viewer(i * 13), { justProposed: true }),
        );
for (let i = 0; i < 64; i++) await one(i);
const started = performance.now();
const cpu = process.cpuUsage();
for (let i = 64; i < Number(n) + 64; i += 32)
  await Promise.all(Array.from({ length: 32 }, (_, k) => one(i + k)));
const ms = performance.now() - started;
const used = process.cpuUsage(cpu);
console.log(
  `${kind}: ${((ms / Number(n)) * 1000).toFixed(0)} µs each, ${((used.user + used.system) / Number(n)).toFixed(0)} µs of CPU`,
);
