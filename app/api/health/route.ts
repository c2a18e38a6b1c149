import { NextResponse } from "next/server";
import { checkHealth } from "@/lib/health";
import { route } from "@/lib/http";
import { roomWatcher } from "@/lib/live/watcher";

/** 200 when the database can be written; 503 naming the fault otherwise. Also counts open live streams. */
export const GET = route(async () => {
  const health = await checkHealth();
  return NextResponse.json(
    { ...health, liveStreams: roomWatcher.count },
    { status: health.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
});
