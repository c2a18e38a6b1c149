// The operator's commands on real files, as separate processes: db:backup, db:restore, db:check.
import { spawn, spawnSync } from "node:child_process";
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  statSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { randomUUID } from "node:crypto";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { createClient } from "@libsql/client";
import { BASE_DB, TMP_DIR } from "../support/paths";

function run(script: string, file: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", `scripts/${script}.ts`, ...args], {
    env: {
      ...process.env,
      DATABASE_URL: `file:${file}`,
      AGORA_DATABASE_LEDGER: resolve(TMP_DIR, "scripts-ledger"),
    },
    encoding: "utf8",
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

function workspace() {
  const dir = resolve(TMP_DIR, `scripts-${randomUUID()}`);
  mkdirSync(dir);
  const file = resolve(dir, "agora.db");
  copyFileSync(BASE_DB, file);
  return { dir, file };
}

const count = async (file: string, sql: string) => {
  const client = createClient({ url: `file:${file}` });
  try {
    return Number((await client.execute(sql)).rows[0]![0]);
  } finally {
    client.close();
  }
};

/** Writes a row and dies with SIGKILL, leaving its WAL and shared memory behind, as a crash would. */
async function crashAfterWriting(file: string) {
  const child = spawn(process.execPath, [
    "--input-type=module",
    "-e",
    `import { createClient } from "@libsql/client";
     const c = createClient({ url: "file:${file}" });
     await c.execute("insert into users (id, name, username) values ('after-backup', 'x', 'after-backup')");
     process.kill(process.pid, "SIGKILL");`,
  ]);
  await new Promise((resolve) => child.on("exit", resolve));
}

describe("operator commands", () => {
  it("backs up privately, and restores over a crashed server's WAL, moving the old files aside", async () => {
    const { dir, file } = workspace();
    const backup = resolve(dir, "backup.db");
    const backedUp = run("db-backup", file, backup);
    expect(backedUp.output).toMatch(/integrity_check ok/);
    expect(statSync(backup).mode & 0o777).toBe(0o600);

    await crashAfterWriting(file);
    expect(existsSync(`${file}-wal`)).toBe(true);
    const restored = run("db-restore", file, backup);
    expect(restored.status, restored.output).toBe(0);
    expect(restored.output).toMatch(/Restored .* \(integrity_check ok\)/);
    expect(restored.output).toMatch(/before-restore-.*-wal/);
    // The backup's content, not the old WAL replayed into it.
    expect(await count(file, "select count(*) from users where id = 'after-backup'")).toBe(0);
    expect(await count(file, "select count(*) from claims")).toBeGreaterThan(0);
    expect(run("db-check", file).output).toMatch(/db:check passed/);
  }, 60_000);

  it("refuses to restore while another process has the database open", async () => {
    const { dir, file } = workspace();
    const backup = resolve(dir, "backup.db");
    copyFileSync(BASE_DB, backup);
    const server = createClient({ url: `file:${file}` });
    try {
      await server.execute("select count(*) from users");
      const refused = run("db-restore", file, backup);
      expect(refused.status).toBe(1);
      expect(refused.output).toMatch(/open in another process/);
    } finally {
      server.close();
    }
  }, 30_000);

  it("reports a damaged file or a file that is no database as findings, without a stack trace", () => {
    const { dir, file } = workspace();
    const bytes = Buffer.alloc(4096, 0x5a);
    const damaged = resolve(dir, "damaged.db");
    copyFileSync(file, damaged);
    const fd = openSync(damaged, "r+");
    writeSync(fd, bytes, 0, bytes.length, 4096 * 2);
    closeSync(fd);
    const notADatabase = resolve(dir, "notes.db");
    writeFileSync(notADatabase, "these are not the pages you are looking for ".repeat(200));
    for (const path of [damaged, notADatabase]) {
      const checked = run("db-check", path);
      expect(checked.status, checked.output).toBe(1);
      expect(checked.output).toMatch(/FAIL/);
      expect(checked.output).toMatch(/restore a backup/);
      expect(checked.output).not.toMatch(/\n\s+at /);
    }
  }, 30_000);
});
