/** GET /api/debates/[slug]/branches in a room (decision 0032), with `params` (`under=…`, `claim=…`). */
export function branchesUrl(slug: string, room: string | undefined, params: string = "") {
  const query = new URLSearchParams(params);
  if (room) query.set("room", room);
  const search = query.toString();
  return `/api/debates/${slug}/branches${search ? `?${search}` : ""}`;
}
