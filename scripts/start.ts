// `npm start`: migrate and seed the database, build when needed, then serve with `next start`.
// Honours PORT (default 3000) and DATABASE_URL (default file:./data/agora.db).
import { spawn } from "node:child_process";
import { buildIfNeeded } from "./build-if-needed";
import { ensureAuthSecret } from "../lib/auth/secret";
import { prepareDatabase } from "./prepare-db";

await prepareDatabase();
ensureAuthSecret();
buildIfNeeded();

const port = process.env.PORT ?? "3000";
const server = spawn("npx", ["next", "start", "--port", port], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.kill(signal));
}
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
