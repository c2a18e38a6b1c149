import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect } from "@playwright/test";
import { serveCommand } from "../../scripts/serve-command";

/**
 * Starts another production server (the same command `npm start` ends in) on `database`, with
 * the e2e server's secret so sessions carry over, and waits until its health check answers 200.
 */
export async function startExtraServer(
  port: number,
  database: string,
  options: { env?: Record<string, string>; stdio?: StdioOptions } = {},
): Promise<ChildProcess> {
  const { command, args, env } = serveCommand(port, {
    ...process.env,
    DATABASE_URL: `file:./${database}`,
    AUTH_SECRET: readFileSync("data/auth-secret", "utf8").trim(),
    ...options.env,
  });
  const server = spawn(command, args, { env, stdio: options.stdio ?? "ignore" });
  await expect
    .poll(
      async () => (await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => null))?.status,
      {
        timeout: 30_000,
      },
    )
    .toBe(200);
  return server;
}
