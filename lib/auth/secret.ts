import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";

export const SECRET_FILE = resolve("data", "auth-secret");

/**
 * AUTH_SECRET from the environment, or else the one kept in the data folder, made on first
 * start. It lives beside the database, never in git; every process of one deployment must
 * share it (docs/deploy.md).
 */
export function ensureAuthSecret(file = SECRET_FILE): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
  }
  process.env.AUTH_SECRET = readFileSync(file, "utf8").trim();
  return process.env.AUTH_SECRET;
}
