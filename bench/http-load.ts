import http from "node:http";

export type LoadResult = {
  requests: number;
  errors: number;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
};

type Request = { method: string; path: string; headers?: Record<string, string>; body?: string };

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

export function send(
  port: number,
  req: Request,
): Promise<{ status: number; body: string; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const r = http.request(
      {
        host: "127.0.0.1",
        port,
        method: req.method,
        path: req.path,
        agent,
        headers: {
          ...req.headers,
          ...(req.body
            ? { "content-type": "application/json", "content-length": Buffer.byteLength(req.body) }
            : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString(),
            ms: performance.now() - started,
          }),
        );
      },
    );
    r.on("error", reject);
    if (req.body) r.write(req.body);
    r.end();
  });
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;

/** `concurrency` loops sending `next()` requests for `seconds`; throughput and latency percentiles. */
export async function load(
  port: number,
  concurrency: number,
  seconds: number,
  next: (i: number) => Request,
  ok = (s: number) => s < 400,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let counter = 0;
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const response = await send(port, next(counter++)).catch(() => ({
          status: 0,
          body: "",
          ms: 0,
        }));
        if (ok(response.status)) latencies.push(response.ms);
        else errors++;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    seconds: elapsed,
    rps: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
  };
}

export { percentile };
