import "server-only";
import { getLocale } from "next-intl/server";
import { getDebate } from "./debates";
import { defaultLanguageOf, parseLanguage, type View } from "./language";
import { loadRoom } from "./page-room";
import { roomContext } from "./room-context";
import { roomOfPage } from "./rooms";
import { currentViewer } from "./session";

type Search = Record<string, string | string[] | undefined>;

/**
 * What a page of one debate in one room starts from (the tree rendered per request, the map):
 * the reader's view (reading language, defaulting to the interface's; the room) and the room's
 * debate with its class context — or the access error, for the page to explain.
 */
export async function loadDebatePage(slug: string, search: Search) {
  const lang = parseLanguage(search.lang, defaultLanguageOf(await getLocale()));
  const view: View = { lang, room: roomOfPage(search.room) };
  const viewer = await currentViewer();
  const loaded = await loadRoom(async () => {
    const debate = await getDebate(slug, { roomId: view.room, viewer });
    return debate && { debate, context: await roomContext(view.room, viewer) };
  });
  return { view, loaded };
}
