// `npm run dev`: the same database preparation and secret as `npm start`, then `next dev`.
import { spawn } from "node:child_process";
import { ensureAuthSecret } from "../lib/auth/secret";
import { prepareDatabaseOrExit } from "./prepare-db";

await prepareDatabaseOrExit();
ensureAuthSecret();
spawn("npx", ["next", "dev"], { stdio: "inherit" }).on("exit", (code) => process.exit(code ?? 0));
