/** How to run the built app (scripts/serve.ts) in a child process on `port`, from the checkout. */
export function serveCommand(
  port: number | string,
  env: NodeJS.ProcessEnv = process.env,
): { command: string; args: string[]; env: NodeJS.ProcessEnv } {
  return {
    command: process.execPath,
    args: ["--import", "tsx", "scripts/serve.ts"],
    env: { ...env, NODE_ENV: "production" as const, PORT: String(port) },
  };
}
