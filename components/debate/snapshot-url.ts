/** Where a room's snapshot is asked for: by the page's preload and by ClassRoomShell alike. */
export const snapshotUrl = (slug: string, roomId: string) =>
  `/api/debates/${slug}/snapshot?room=${encodeURIComponent(roomId)}`;
