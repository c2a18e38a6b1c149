import { NextResponse } from "next/server";
import { route } from "@/lib/http";
import { currentViewer } from "@/lib/session";

/**
 * Who is signed in, for the site header. Pages are shared (and the public debate page is cached
 * for everyone), so the header asks here instead of reading the session while rendering.
 */
export const GET = route(async () => {
  const viewer = await currentViewer();
  return NextResponse.json(
    {
      viewer: viewer
        ? { name: viewer.name, mustChangePassword: viewer.mustChangePassword === true }
        : null,
    },
    { headers: { "Cache-Control": "private, no-store" } },
  );
});
