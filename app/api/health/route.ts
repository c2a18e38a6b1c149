import { NextResponse } from "next/server";
import { checkHealth } from "@/lib/health";
import { route } from "@/lib/http";

export const GET = route(async () => {
  const health = await checkHealth();
  return NextResponse.json(health, { status: health.ok ? 200 : 503 });
});
