import { existsSync } from "node:fs";
import { chromium, defineConfig, devices } from "@playwright/test";

/** The e2e server's port; other servers the tests start sit at fixed offsets above it. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
const PORT = E2E_PORT;
const baseURL = `http://127.0.0.1:${PORT}`;
/** The e2e server's database, fresh each run; tests may read it to check what was stored. */
export const E2E_DB = "tests/.tmp/e2e.db";
/** The one address the e2e server believes X-Forwarded-For from. */
export const TRUSTED_PROXY = "127.0.0.9";

// Prefer Playwright's own Chromium where installed; otherwise Debian's (no download here).
const bundled = chromium.executablePath();
const executablePath = existsSync(bundled) ? undefined : "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 30_000,
  reporter: process.env.CI ? [["list"], ["json", { outputFile: "reports/e2e.json" }]] : [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    // The real start path: migrate, seed, build if needed, `next start`, on a fresh database.
    command: `rm -f ${E2E_DB}* && npm start`,
    url: `${baseURL}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      PORT: String(PORT),
      DATABASE_URL: `file:./${E2E_DB}`,
      // Removed just above on purpose: start afresh rather than refuse (db/startup-checks.ts).
      AGORA_NEW_DATABASE: "1",
      // Requests from this loopback address play a reverse proxy (tests/e2e/sign-in.spec.ts).
      TRUSTED_PROXIES: TRUSTED_PROXY,
    },
  },
});
