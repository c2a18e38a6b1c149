import { statSync } from "node:fs";
import { resolve } from "node:path";

/** Which file a client opened: its path and the inode it had then. */
type Identity = { path: string; dev: number; ino: number };

/**
 * Kept on the drizzle instance itself, not in a WeakMap: the app reaches its database through a
 * proxy (db/index.ts) that forwards property reads, so the proxy finds it too.
 */
const OPENED = Symbol.for("agora.openedFile");
type Owner = { [OPENED]?: Identity };

/**
 * Thrown before a write when the database file at the configured path is not the one this
 * process opened (deleted, or replaced by another file). The open connections still write to
 * the old inode, so anything acknowledged now would be lost at the next start.
 */
export class DatabaseFileReplaced extends Error {
  readonly code = "AGORA_FILE_REPLACED";
  constructor(path: string, how: string) {
    super(`The database file ${path} ${how} since this process opened it.`);
  }
}

/** Records the file `owner` (a client or drizzle instance) has just opened. */
export function rememberFile(owner: object, file: string): void {
  const path = resolve(file);
  try {
    const { dev, ino } = statSync(path);
    Object.defineProperty(owner, OPENED, { value: { path, dev, ino } });
  } catch {
    // Not there (an in-memory URL); nothing to compare with later.
  }
}

/** The path of the file `owner` opened, if it opened one. */
export function openedFile(owner: object): string | undefined {
  return (owner as Owner)[OPENED]?.path;
}

/** One stat call: cheap enough to run before every batch of writes. */
export function assertSameFile(owner: object): void {
  const identity = (owner as Owner)[OPENED];
  if (!identity) return;
  let now;
  try {
    now = statSync(identity.path);
  } catch {
    throw new DatabaseFileReplaced(identity.path, "has been deleted");
  }
  if (now.ino !== identity.ino || now.dev !== identity.dev)
    throw new DatabaseFileReplaced(identity.path, "has been replaced by another file");
}
