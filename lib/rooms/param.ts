/** The longest `?room=` value taken as a room id (ids are UUIDs). */
const MAX_ROOM_PARAM = 100;

/**
 * A page's or request's `?room=`: the room to read or act in. Undefined means the debate's
 * public room; null, a value no room could have (a route answers 400, a page shows the public
 * room). Plain code, no zod: pages and routes share it.
 */
export function parseRoomParam(value: string | string[] | null | undefined) {
  if (value === undefined || value === null) return undefined;
  return typeof value === "string" && value.length >= 1 && value.length <= MAX_ROOM_PARAM
    ? value
    : null;
}
