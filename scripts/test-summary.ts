// Prints one closing line for the whole `npm test` run from the JSON reports vitest and
// Playwright write under CI: the plain "N passed, N failed, N skipped" that CI reads.
import { existsSync, readFileSync } from "node:fs";

type Counts = { passed: number; failed: number; skipped: number };
const total: Counts = { passed: 0, failed: 0, skipped: 0 };

if (existsSync("reports/unit.json")) {
  const unit = JSON.parse(readFileSync("reports/unit.json", "utf8"));
  total.passed += unit.numPassedTests;
  total.failed += unit.numFailedTests;
  total.skipped += unit.numPendingTests + unit.numTodoTests;
}
if (existsSync("reports/e2e.json")) {
  const stats = JSON.parse(readFileSync("reports/e2e.json", "utf8")).stats;
  total.passed += stats.expected + stats.flaky;
  total.failed += stats.unexpected;
  total.skipped += stats.skipped;
}
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
