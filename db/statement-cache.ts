import Database from "libsql";

/**
 * Statements prepared once per connection (decision 0035). `@libsql/client` prepares every
 * statement it runs anew, on a local file through the `libsql` package (the same SQLite engine,
 * synchronous), and finds out whether a statement returns rows by calling `raw()` on it, which
 * throws, with a fresh stack trace, for one that does not. On a vote that was about a third of
 * its cost. This keeps, for each connection, the statements it prepared, by their text (the
 * most recently used MAX_PER_CONNECTION of them), and answers `raw()` for a statement known
 * not to return rows with one error made once.
 *
 * A statement is safe to run again: `libsql` resets it before each run, after an error or a
 * run stopped half way too (tests/integration/statement-cache.test.ts), and SQLite prepares it
 * again by itself if the schema changed. The one thing a kept statement does not notice is a
 * column added under a `select *` (its column names are of when it was prepared), and no query
 * here selects `*`. The client is the pinned `@libsql/client`, whose `libsql` this must be
 * (package.json pins the same version; the test fails if they part).
 */

type Connection = Database.Database;
type Statement = Database.Statement;

const MAX_PER_CONNECTION = 256;
const kept = new WeakMap<Connection, Map<string, Statement>>();
const readers = new WeakMap<Statement, boolean>();
/** What `raw()` throws for a statement that returns no rows; the client only catches it. */
const NOT_A_READER = new TypeError("This statement does not return data.");
let prepared = 0;
let installed = false;
let rawAnswered = false;

/** How many statements this process has prepared (each text once per connection). */
export const statementsPrepared = (): number => prepared;

export function cacheStatements(): void {
  if (installed) return;
  installed = true;
  const prepare = Database.prototype.prepare;
  Database.prototype.prepare = function (this: Connection, sql: string) {
    let statements = kept.get(this);
    if (!statements) kept.set(this, (statements = new Map()));
    let statement = statements.get(sql);
    if (statement) {
      // Most recently used last: the first key is the one to drop.
      statements.delete(sql);
      statements.set(sql, statement);
      return statement as never;
    }
    statement = prepare.call(this, sql) as Statement;
    prepared++;
    cacheReaderCheck(statement);
    statements.set(sql, statement);
    if (statements.size > MAX_PER_CONNECTION) statements.delete(statements.keys().next().value!);
    return statement as never;
  };
}

/** Once, on the statements' prototype: `raw()` asks the statement whether it reads only once. */
function cacheReaderCheck(sample: Statement): void {
  if (rawAnswered) return;
  rawAnswered = true;
  const proto = Object.getPrototypeOf(sample) as Statement;
  const raw = proto.raw;
  proto.raw = function (this: Statement, toggle?: boolean) {
    let reader = readers.get(this);
    if (reader === undefined) readers.set(this, (reader = this.reader));
    if (!reader) throw NOT_A_READER;
    return raw.call(this, toggle);
  };
}
