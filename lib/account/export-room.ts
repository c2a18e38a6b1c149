import "server-only";
import { alias } from "drizzle-orm/sqlite-core";
import { classes, rooms } from "@/db/schema";
import { exportText } from "./export-text";

export type Row = Record<string, unknown>;

export const roomClass = alias(classes, "room_class");
/** Where something was said: the debate's public room or a class's private room. */
export const roomLabel = { room: rooms.id, className: roomClass.name };
export function withRoom<T extends { room: string; className: string | null }>({
  className,
  ...row
}: T) {
  return {
    ...row,
    room: className ? `${exportText.classRoom}: ${className}` : exportText.publicRoom,
  };
}
