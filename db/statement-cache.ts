import Database from "libsql";

/**
 * Statements prepared once per connection (decision 0035). `@libsql/client` prepares every
 * statement it runs anew, on a local file through the `libsql` package (the same SQLite engine,
 * synchronous), and finds out whether a statement returns rows by calling `raw()` on it, which
 * throws, with a fresh stack trace, for one that does not; then it asks the engine for the
 * statement's columns twice and sets its integer mode, each run. On a vote that was about a
 * third of its cost. This keeps, for each connection, the statements it prepared, by their text
 * (the most recently used MAX_PER_CONNECTION of them), and answers what a kept statement already
 * said: `raw()` for one that returns no rows with one error made once, its columns, and an
 * integer mode it already has.
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
/** What a statement has said of itself: whether it returns rows, its modes, its columns. */
type Known = {
  reader?: boolean;
  raw?: boolean;
  columns?: ReturnType<Statement["columns"]>;
  safe?: boolean;
};
const known = new WeakMap<Statement, Known>();
/** What `raw()` throws for a statement that returns no rows; the client only catches it. */
const NOT_A_READER = new TypeError("This statement does not return data.");
let prepared = 0;
let installed = false;
let answering = false;

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
    answerFromKnown(statement);
    statements.set(sql, statement);
    if (statements.size > MAX_PER_CONNECTION) statements.delete(statements.keys().next().value!);
    return statement as never;
  };
}

/**
 * Once, on the statements' prototype: `raw()`, `columns()` and `safeIntegers()` answer from what
 * the statement said before, asking the engine only the first time.
 */
function answerFromKnown(sample: Statement): void {
  if (answering) return;
  answering = true;
  const proto = Object.getPrototypeOf(sample) as Statement;
  const { raw, columns, safeIntegers } = proto;
  const of = (statement: Statement): Known => {
    let said = known.get(statement);
    if (!said) known.set(statement, (said = {}));
    return said;
  };
  proto.raw = function (this: Statement, toggle?: boolean) {
    const said = of(this);
    said.reader ??= this.reader;
    if (!said.reader) throw NOT_A_READER;
    const mode = toggle ?? true;
    if (said.raw !== mode) {
      raw.call(this, mode);
      said.raw = mode;
    }
    return this;
  };
  proto.columns = function (this: Statement) {
    const said = of(this);
    return (said.columns ??= columns.call(this));
  };
  proto.safeIntegers = function (this: Statement, toggle?: boolean) {
    const said = of(this);
    const safe = toggle ?? true;
    if (said.safe !== safe) {
      safeIntegers.call(this, safe);
      said.safe = safe;
    }
    return this;
  };
}
