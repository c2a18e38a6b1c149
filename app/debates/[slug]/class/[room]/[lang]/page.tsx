import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { preload } from "react-dom";
import { ClassRoomShell } from "@/components/debate/class-room-shell";
import { snapshotUrl } from "@/components/debate/snapshot-url";
import { DebateView } from "@/components/debate/debate-view";
import { getDebate, getDebateId } from "@/lib/debates";
import { languages, linkTo, type Language } from "@/lib/language";
import { isClassRoomOf } from "@/lib/rooms";

/**
 * A class room's debate page, as its members open it (/debates/[slug]?room=…, rewritten here by
 * next.config.ts). The page holds nothing private — the essay and the essay's own claims with
 * empty score badges, links that keep the room; the class's proposed claims are branches its
 * members load on demand (decision 0032) — so Next keeps it in memory for every reader of the room,
 * as it does the public room's (decision 0010). The class's scores, verdicts and banner come
 * from the members-only snapshot, which ClassRoomShell asks for in the browser; the live stream
 * keeps them current. See docs/decisions/0028-cached-class-room-page.md.
 */
// No score in it goes stale: only a new claim changes the shell.
export const revalidate = 60;
// Fail loudly if anything here ever reads cookies, headers or the query: it would be cached.
export const dynamic = "error";

export function generateStaticParams(): { slug: string; room: string; lang: string }[] {
  return [];
}

type Props = PageProps<"/debates/[slug]/class/[room]/[lang]">;

const languageOf = (value: string) => languages.find((l): l is Language => l === value);

export async function generateMetadata(props: Props): Promise<Metadata> {
  const debate = await getDebate((await props.params).slug).catch(() => null);
  return { title: debate?.titleEn ?? "Debate not found" };
}

export default async function ClassRoomDebatePage(props: Props) {
  const { slug, room, lang } = await props.params;
  const language = languageOf(lang);
  const debateId = await getDebateId(slug);
  if (!language || !debateId || !(await isClassRoomOf(debateId, room))) notFound();
  const debate = await getDebate(slug);
  if (!debate) notFound();
  const view = { lang: language, room };
  // The browser starts on the snapshot with the page, not after the page's scripts have run.
  preload(snapshotUrl(slug, room), { as: "fetch", crossOrigin: "anonymous" });
  return (
    <ClassRoomShell slug={slug} roomId={room} next={linkTo(`/debates/${slug}`, view)}>
      <DebateView debate={debate} view={view} shell />
    </ClassRoomShell>
  );
}
