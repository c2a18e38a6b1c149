// The floor under the debate page's figures: a bare Node HTTP server in its own process that
// answers every request with the same bytes the debate page returned. Nothing can serve those
// bytes faster here, so its throughput and p95 show how much of the page's cost is transfer.
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { load, send, type LoadResult } from "./http-load";

const SERVER = `
const http = require("node:http");
const body = require("node:fs").readFileSync(process.argv[1]);
http.createServer((req, res) => {
  res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": body.length });
  res.end(body);
}).listen(Number(process.argv[2]));
`;

export async function measureBareServer(opts: {
  body: string;
  port: number;
  concurrency: number;
  seconds: number;
}): Promise<LoadResult & { bytes: number }> {
  const file = "bench/data/page.html";
  writeFileSync(file, opts.body);
  const child = spawn(process.execPath, ["-e", SERVER, file, String(opts.port)], {
    stdio: "ignore",
  });
  try {
    for (let i = 0; i < 100; i++) {
      const ok = await send(opts.port, { method: "GET", path: "/" }).then(
        () => true,
        () => false,
      );
      if (ok) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const result = await load(opts.port, opts.concurrency, opts.seconds, () => ({
      method: "GET",
      path: "/",
    }));
    return { ...result, bytes: Buffer.byteLength(opts.body) };
  } finally {
    child.kill();
  }
}
