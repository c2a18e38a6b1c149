import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { ScoreBadge } from "@/components/score-badge";
import { listDebates } from "@/lib/debates";

export default async function HomePage() {
  // Scores change with every vote: render per request, never at build time.
  await connection();
  const [debates, t] = await Promise.all([listDebates(), getTranslations("home")]);
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-2 text-stone-700">{t("intro")}</p>
      {debates.length === 0 ? (
        <p className="mt-8 rounded-md border border-dashed border-stone-300 p-6 text-stone-700">
          {t.rich("empty", { code: (text) => <code>{text}</code> })}
        </p>
      ) : (
        <ul className="mt-6 space-y-4">
          {debates.map((debate) => (
            <li key={debate.slug} className="rounded-lg border border-stone-200 bg-white p-5">
              <h2 className="text-xl font-semibold">
                <Link
                  href={`/debates/${debate.slug}`}
                  className="underline-offset-4 hover:underline"
                >
                  <span lang="zh-Hant">{debate.titleZh}</span>
                </Link>
              </h2>
              <p lang="en" className="text-sm text-stone-700">
                {debate.titleEn}
              </p>
              <p lang="en" className="mt-3 text-stone-800">
                {debate.summaryEn}
              </p>
              <div
                className="mt-4 flex items-start gap-3 rounded-md bg-stone-50 p-3"
                data-claim-id={debate.thesis.id}
              >
                <div className="flex-1">
                  <p className="text-xs font-semibold uppercase tracking-wide text-stone-600">
                    {t("thesis")}
                  </p>
                  <p lang="zh-Hant">{debate.thesis.textZh}</p>
                  <p lang="en" className="text-sm text-stone-700">
                    {debate.thesis.textEn}
                  </p>
                </div>
                <ScoreBadge
                  claimId={debate.thesis.id}
                  score={debate.thesis.tally.score}
                  size="lg"
                />
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
