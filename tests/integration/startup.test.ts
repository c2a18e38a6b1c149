// Start-up refuses to guess: no new database where one was, no damaged file served, two
// processes on a fresh file both come up, and the files are private to their owner.
import { spawn } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  rmSync,
  statSync,
  writeSync,
  closeSync,
} from "node:fs";
import { randomUUID } from "node:crypto";
import { dirname, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { createClient } from "@libsql/client";
import { migrate } from "@/db/migrate";
import { StartupRefused, assertIntact, assertMayCreate, recordDatabase } from "@/db/startup-checks";
import { BASE_DB, TMP_DIR } from "../support/paths";

const fresh = () => resolve(TMP_DIR, `start-${randomUUID()}`, "agora.db");
const ledgerEnv = () => ({ AGORA_DATABASE_LEDGER: resolve(TMP_DIR, `ledger-${randomUUID()}`) });

/** Runs `npm run db:migrate`'s script as a separate process; resolves with its exit and output. */
function prepare(file: string, env: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/prepare-db.ts", "--no-seed"], {
    env: { ...process.env, ...env, DATABASE_URL: `file:${file}` },
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  return new Promise<{ code: number | null; output: string }>((done) =>
    child.on("exit", (code) => done({ code, output })),
  );
}

describe("start-up", () => {
  it("creates a database on a first run only, and refuses to replace one that went missing", async () => {
    const file = fresh();
    const env = ledgerEnv();
    expect(() => assertMayCreate(file, env)).not.toThrow();
    await migrate({ url: `file:${file}` });
    recordDatabase(file, env);
    rmSync(dirname(file), { recursive: true });

    expect(() => assertMayCreate(file, env)).toThrow(StartupRefused);
    expect(() => assertMayCreate(file, env)).toThrow(/npm run db:restore/);
    expect(() => assertMayCreate(file, { ...env, AGORA_NEW_DATABASE: "1" })).not.toThrow();
    expect(() => assertMayCreate(fresh(), { ...ledgerEnv(), AGORA_NEW_DATABASE: "0" })).toThrow(
      /AGORA_NEW_DATABASE=0/,
    );
  });

  it("refuses a damaged file with what to do, before anything touches it", async () => {
    const file = fresh();
    mkdirSync(dirname(file), { recursive: true });
    copyFileSync(BASE_DB, file);
    await expect(assertIntact(file)).resolves.toBeUndefined();
    const fd = openSync(file, "r+");
    writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, 4096 * 2);
    closeSync(fd);
    await expect(assertIntact(file)).rejects.toThrow(/quick_check[\s\S]*npm run db:restore/);

    const { code, output } = await prepare(file, ledgerEnv());
    expect(code).toBe(1);
    expect(output).toMatch(/failed SQLite's quick_check/);
    expect(output).not.toMatch(/\n\s+at /); // a message, not a stack trace
  });

  it("brings up four processes migrating one fresh file at once, twice over", async () => {
    for (let trial = 0; trial < 2; trial++) {
      const file = fresh();
      const env = ledgerEnv();
      const runs = await Promise.all([1, 2, 3, 4].map(() => prepare(file, env)));
      expect(
        runs.map((r) => r.code),
        runs.map((r) => r.output).join("\n"),
      ).toEqual([0, 0, 0, 0]);
      const client = createClient({ url: `file:${file}` });
      const { rows } = await client.execute("select count(*) as n from __drizzle_migrations");
      client.close();
      expect(Number(rows[0]!.n)).toBeGreaterThan(0);
    }
  }, 60_000);

  it("creates the data folder, the file, its WAL and shared memory readable by their owner only", async () => {
    const file = fresh();
    await migrate({ url: `file:${file}` });
    const client = createClient({ url: `file:${file}` });
    await client.execute("insert into health_probe (id, checked_at) values (1, 1)");
    const mode = (path: string) => statSync(path).mode & 0o777;
    expect(existsSync(`${file}-wal`)).toBe(true);
    expect({
      folder: mode(dirname(file)),
      file: mode(file),
      wal: mode(`${file}-wal`),
      shm: mode(`${file}-shm`),
    }).toEqual({ folder: 0o700, file: 0o600, wal: 0o600, shm: 0o600 });
    client.close();
  });
});
