// `npm start`: migrate and seed the database, build when needed, then serve (scripts/serve.ts).
// Honours PORT (default 3000) and DATABASE_URL (default file:./data/agora.db).
import { spawn } from "node:child_process";
import { buildIfNeeded } from "./build-if-needed";
import { ensureAuthSecret } from "../lib/auth/secret";
import { prepareDatabaseOrExit } from "./prepare-db";
import { serveCommand } from "./serve-command";

await prepareDatabaseOrExit();
ensureAuthSecret();
buildIfNeeded();

const { command, args, env } = serveCommand(process.env.PORT ?? "3000");
const server = spawn(command, args, { env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.kill(signal));
}
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
