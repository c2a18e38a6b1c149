import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { ACCEPTS_CHINESE_FIRST, UI_COOKIE } from "./lib/i18n/locale";

// A search or filter of the tree or its form (lib/tree/query.ts: treeQueryKeys and
// searchFormKey) is rendered per request, in any room; everything else about a room's debate
// page is a cached page. (An empty value counts as missing here: `?q=` alone gets the cached page.)
const treeQueryKeys = ["search", "q", "kind", "stance", "check", "contested", "new"];
const treeQuery = treeQueryKeys.map((key) => ({ type: "query" as const, key }));
const noRoom = { type: "query", key: "room" } as const;
// A room id as the database makes them (a UUID; the seed's and the bench's are shorter).
const classRoom = { type: "query", key: "room", value: "(?<room>[A-Za-z0-9_-]{1,100})" } as const;

type Has = { type: "query" | "cookie" | "header"; key: string; value?: string };
// The essay's language: `?lang=`, else the interface language's (lib/language.ts,
// defaultLanguageOf: the path's `zh`/`en` interface segment names the same language).
const readingLanguages: { lang: string | null; has: Has[]; missing: Has[] }[] = [
  {
    lang: ":lang",
    has: [{ type: "query", key: "lang", value: "(?<lang>zh|en|both)" }],
    missing: [],
  },
  { lang: null, has: [], missing: [{ type: "query", key: "lang" }] },
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
  // The bench's build skips the type check: `npm run typecheck` and the production build (which
  // CI runs before the bench) check the very same sources, and it saves the smoke run ~15 s.
  typescript: { ignoreBuildErrors: benchBuild },
  experimental: {
    // Cached pages live in each process's memory only: a restart (or a second process on the
    // same checkout) never serves a page rendered from an older database.
    isrFlushToDisk: false,
    // Each group has its own root layout (app/(site), the cached pages'), so a URL no route
    // matches gets app/global-not-found.tsx, which renders its own document.
    globalNotFound: true,
  },
  async rewrites() {
    return {
      // The public room of a debate is the same page for every reader: serve the cached one.
      // A class room's page is a cached shell with nothing private in it (the essay's claims
      // only), one per room and language, filled in the browser from the room's members-only
      // snapshot and branches of readers' claims (decisions 0028, 0032). A tree query (?q=,
      // ?check=, …) keeps the per-request page at /debates/[slug].
      // The interface language is the last segment, decided as lib/i18n/locale.ts decides it:
      // `?ui=`, else the cookie, else Accept-Language.
      beforeFiles: readingLanguages.flatMap((reading) =>
        interfaceLanguages.flatMap((ui) => [
          {
            source: "/debates/:slug",
            has: [classRoom, ...reading.has, ...ui.has],
            missing: [...treeQuery, ...reading.missing, ...ui.missing],
            destination: `/debates/:slug/class/:room/${reading.lang ?? ui.ui}/${ui.ui}`,
          },
          {
            source: "/debates/:slug",
            has: [...reading.has, ...ui.has],
            missing: [noRoom, ...treeQuery, ...reading.missing, ...ui.missing],
            destination: `/debates/:slug/public/${reading.lang ?? ui.ui}/${ui.ui}`,
          },
        ]),
      ),
    };
  },
};

export default createNextIntlPlugin("./lib/i18n/request.ts")(nextConfig);
