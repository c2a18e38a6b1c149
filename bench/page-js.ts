// The JavaScript a browser downloads for each page: loaded in Chromium, every script response
// counted (bytes as served, before any compression: `npm start` serves them uncompressed).
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

export async function measurePageJs(
  baseURL: string,
  pages: Record<string, string>,
  cookie?: { name: string; value: string },
): Promise<Record<string, number>> {
  const bundled = chromium.executablePath();
  const browser = await chromium.launch({
    executablePath: existsSync(bundled) ? undefined : "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  try {
    const sizes: Record<string, number> = {};
    for (const [name, path] of Object.entries(pages)) {
      // A fresh context per page: nothing cached from the page before.
      const context = await browser.newContext({ baseURL });
      if (cookie) await context.addCookies([{ ...cookie, url: baseURL }]);
      const page = await context.newPage();
      const bodies: Promise<number>[] = [];
      page.on("response", (response) => {
        if (response.request().resourceType() !== "script") return;
        bodies.push(
          response.body().then(
            (b) => b.length,
            () => 0,
          ),
        );
      });
      await page.goto(path, { waitUntil: "networkidle" });
      sizes[name] = (await Promise.all(bodies)).reduce((a, b) => a + b, 0);
      await context.close();
    }
    return sizes;
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [baseURL = "http://127.0.0.1:3000", ...paths] = process.argv.slice(2);
  const pages = Object.fromEntries(paths.map((p) => [p, p]));
  console.log(await measurePageJs(baseURL, pages));
}
