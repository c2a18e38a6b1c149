// Times one vote's tally update (aggregate delta, revision bump, re-evaluation up the tree) in
// its own write transaction, on a given database. Run with --conditions=react-server so the
// data layer's "server-only" guard resolves as it does inside Next.
import { openDatabase } from "../db/client";
import { writeTransaction } from "../db/write";
import { commitTallyChange } from "../lib/tally/effects";

const [file, iterations = "300"] = process.argv.slice(2);
const { client, db } = openDatabase({ url: `file:${file}` });
// Deep leaves, so each update walks three or four levels up.
const claims = [
  "oil-naturally-limited",
  "nvidia-share",
  "pif-ai-investment",
  "chips-act",
  "gulf-treasuries",
];
const times: number[] = [];
for (let i = 0; i < Number(iterations) + 20; i++) {
  const started = performance.now();
  await writeTransaction(db, (tx) =>
    commitTallyChange(tx, "ai-dollar-public", claims[i % claims.length]!, {
      agreementSum: i % 2 ? 1 : -1,
    }),
  );
  if (i >= 20) times.push(performance.now() - started); // the first ones warm caches
}
client.close();
times.sort((a, b) => a - b);
console.log(JSON.stringify({ median: times[Math.floor(times.length / 2)] }));
