import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { ACCEPTS_CHINESE_FIRST, UI_COOKIE } from "./lib/i18n/locale";

// A class room (?room=) or a search or filter of the tree or its form (lib/tree/query.ts:
// treeQueryKeys and searchFormKey) is rendered per request; everything else about the public
// room's debate page is the cached page. (An empty value counts as missing here: `?q=` alone gets the cached page.)
const treeQueryKeys = ["search", "q", "kind", "stance", "check", "contested", "new"];
const treeQuery = treeQueryKeys.map((key) => ({ type: "query" as const, key }));
const noRoom = { type: "query", key: "room" } as const;

type Has = { type: "query" | "cookie" | "header"; key: string; value?: string };
const readingLanguages: { lang: string; has: Has[]; missing: Has[] }[] = [
  {
    lang: ":lang",
    has: [{ type: "query", key: "lang", value: "(?<lang>zh|en|both)" }],
    missing: [],
  },
  { lang: "both", has: [], missing: [{ type: "query", key: "lang" }] },
];
const uiQuery: Has = { type: "query", key: "ui", value: "(?<ui>zh|en)" };
const uiCookie: Has = { type: "cookie", key: UI_COOKIE, value: "(?<ui>zh|en)" };
const interfaceLanguages: { ui: string; has: Has[]; missing: Has[] }[] = [
  { ui: ":ui", has: [uiQuery], missing: [] },
  { ui: ":ui", has: [uiCookie], missing: [uiQuery] },
  {
    ui: "zh",
    has: [{ type: "header", key: "accept-language", value: ACCEPTS_CHINESE_FIRST }],
    missing: [uiQuery, uiCookie],
  },
  { ui: "en", has: [], missing: [uiQuery, uiCookie] },
];

// The benchmark's baseline routes (`*.bench.ts(x)`) are compiled only into the bench's own
// build, in its own folder (bench/run.ts): the production build never contains them.
const benchBuild = process.env.AGORA_BENCH_BUILD === "1";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  pageExtensions: benchBuild ? ["bench.tsx", "bench.ts", "tsx", "ts"] : ["tsx", "ts"],
  distDir: benchBuild ? ".next-bench" : ".next",
  typedRoutes: false,
  experimental: {
    // Cached pages live in each process's memory only: a restart (or a second process on the
    // same checkout) never serves a page rendered from an older database.
    isrFlushToDisk: false,
  },
  async rewrites() {
    return {
      // The public room of a debate is the same page for every reader: serve the cached one.
      // A class room (?room=) or a tree query (?q=, ?check=, …) keeps the per-request page at
      // /debates/[slug]: a class room's tree holds its readers' claims, private to the class.
      // The interface language is the last segment, decided as lib/i18n/locale.ts decides it:
      // `?ui=`, else the cookie, else Accept-Language.
      beforeFiles: readingLanguages.flatMap((reading) =>
        interfaceLanguages.map((ui) => ({
          source: "/debates/:slug",
          has: [...reading.has, ...ui.has],
          missing: [noRoom, ...treeQuery, ...reading.missing, ...ui.missing],
          destination: `/debates/:slug/public/${reading.lang}/${ui.ui}`,
        })),
      ),
    };
  },
};

export default createNextIntlPlugin("./lib/i18n/request.ts")(nextConfig);
