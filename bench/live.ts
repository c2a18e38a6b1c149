import http from "node:http";
import { readFileSync, readdirSync } from "node:fs";
import { percentile, send } from "./http-load";

type Subscriber = { arrivals: { revision: number; at: number }[]; close: () => void };

function subscribe(port: number, path: string): Promise<Subscriber> {
  return new Promise((resolve, reject) => {
    const arrivals: { revision: number; at: number }[] = [];
    const req = http.get({ host: "127.0.0.1", port, path, agent: false }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`SSE answered ${res.statusCode}`));
      let buffer = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        const at = performance.now();
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const id = /^id: (\d+)$/m.exec(block);
          if (id) arrivals.push({ revision: Number(id[1]), at });
        }
      });
      resolve({ arrivals, close: () => req.destroy() });
    });
    req.on("error", reject);
  });
}

/** Resident memory of a process and its descendants, in kB. */
export function treeRssKb(rootPid: number): number {
  const parents = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // exited meanwhile
    }
  }
  const inTree = (pid: number): boolean =>
    pid === rootPid || (parents.has(pid) && pid !== 1 && inTree(parents.get(pid)!));
  let total = 0;
  for (const pid of parents.keys()) {
    if (!inTree(pid)) continue;
    try {
      total += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      // exited meanwhile
    }
  }
  return total;
}

/**
 * `subscribers` SSE clients on one room; votes at `rate` per second for `seconds`. Fan-out
 * latency: from sending a vote to its revision's event at each subscriber (an upper bound on
 * commit-to-event), over every vote and subscriber.
 */
export async function measureLive(opts: {
  port: number;
  serverPid: number;
  subscribers: number;
  rate: number;
  seconds: number;
  cookies: string[];
}) {
  const rssBefore = treeRssKb(opts.serverPid);
  const subs: Subscriber[] = [];
  for (let i = 0; i < opts.subscribers; i += 100) {
    subs.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(100, opts.subscribers - i) }, () =>
          subscribe(opts.port, "/api/debates/ai-dollar/events"),
        ),
      )),
    );
  }
  // Steady state first: every subscriber has its snapshot before any vote is sent.
  const settleBy = performance.now() + 180_000;
  while (subs.some((s) => s.arrivals.length === 0) && performance.now() < settleBy)
    await new Promise((r) => setTimeout(r, 250));
  await new Promise((r) => setTimeout(r, 2000));
  const rssAfter = treeRssKb(opts.serverPid);
  const connected = subs.filter((s) => s.arrivals.length > 0).length;

  const votes: { revision: number; sentAt: number }[] = [];
  const claims = ["gulf-energy", "chips-act", "g42-microsoft", "nvidia-share", "saudi-pledge"];
  const total = Math.round(opts.rate * opts.seconds);
  const pending: Promise<void>[] = [];
  const start = performance.now();
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / opts.rate;
    await new Promise((r) => setTimeout(r, Math.max(0, due - performance.now())));
    const sentAt = performance.now();
    pending.push(
      send(opts.port, {
        method: "PUT",
        path: `/api/claims/${claims[i % claims.length]}/vote`,
        headers: { cookie: opts.cookies[i % opts.cookies.length]! },
        body: JSON.stringify({ agreement: (i % 5) - 2 }),
      }).then((r) => {
        if (r.status === 200) votes.push({ revision: JSON.parse(r.body).revision, sentAt });
      }),
    );
  }
  await Promise.all(pending);
  await new Promise((r) => setTimeout(r, 1500));

  const latencies: number[] = [];
  let missed = 0;
  votes.sort((a, b) => a.revision - b.revision);
  for (const sub of subs) {
    // Arrivals come in revision order: walk both lists once.
    let a = 0;
    for (const vote of votes) {
      while (a < sub.arrivals.length && sub.arrivals[a]!.revision < vote.revision) a++;
      const arrival = sub.arrivals[a];
      if (arrival) latencies.push(arrival.at - vote.sentAt);
      else missed++;
    }
  }
  for (const sub of subs) sub.close();
  latencies.sort((a, b) => a - b);
  return {
    subscribers: connected,
    votes: votes.length,
    missed,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    rssKbPerSubscriber: (rssAfter - rssBefore) / Math.max(1, connected),
  };
}
