import { z } from "zod";

const roomParam = z.string().min(1).max(100).optional();

/** The `?room=` of a request: the room to act in (the debate's public room when absent). */
export function roomOf(request: Request): string | undefined {
  return roomParam.parse(new URL(request.url).searchParams.get("room") ?? undefined);
}
