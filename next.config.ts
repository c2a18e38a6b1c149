import type { NextConfig } from "next";

const noRoom = { type: "query", key: "room" } as const;
const noCheckFilter = { type: "query", key: "check" } as const;

const nextConfig: NextConfig = {
  poweredByHeader: false,
  typedRoutes: false,
  experimental: {
    // Cached pages live in each process's memory only: a restart (or a second process on the
    // same checkout) never serves a page rendered from an older database.
    isrFlushToDisk: false,
  },
  async rewrites() {
    return {
      // The public room of a debate is the same page for every reader: serve the cached one.
      // A ?room= (a class room) or ?check= (the tree filtered by fact-check) keeps the
      // per-request page at /debates/[slug].
      beforeFiles: [
        {
          source: "/debates/:slug",
          has: [{ type: "query", key: "lang", value: "(?<lang>zh|en|both)" }],
          missing: [noRoom, noCheckFilter],
          destination: "/debates/:slug/public/:lang",
        },
        {
          source: "/debates/:slug",
          missing: [noRoom, noCheckFilter, { type: "query", key: "lang" }],
          destination: "/debates/:slug/public/both",
        },
      ],
    };
  },
};

export default nextConfig;
