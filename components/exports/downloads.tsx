import { useTranslations } from "next-intl";

/** Links to the room's open-data exports (docs/api.md); class rooms keep their `?room=`. */
export function Downloads({ slug, roomId }: { slug: string; roomId?: string }) {
  const href = (file: string, lang?: "zh" | "en") => {
    const params = new URLSearchParams();
    if (roomId) params.set("room", roomId);
    if (lang) params.set("lang", lang);
    const query = params.toString();
    return `/api/debates/${slug}/${file}${query ? `?${query}` : ""}`;
  };
  const link = "text-blue-800 underline underline-offset-4";
  const t = useTranslations("debate.exports");
  return (
    <p className="text-sm text-stone-700" data-testid="downloads">
      {roomId ? t("downloadClass") : t("download")}:{" "}
      <a href={href("export.json")} download className={link}>
        JSON
      </a>{" "}
      ·{" "}
      <a href={href("export.csv")} download className={link}>
        CSV
      </a>{" "}
      · Argdown (
      <a href={href("export.argdown", "zh")} download className={link} lang="zh-Hant">
        中文
      </a>
      /
      <a href={href("export.argdown", "en")} download className={link} lang="en">
        English
      </a>
      ) ·{" "}
      <a href={href("export.aif.json")} download className={link}>
        AIF
      </a>{" "}
      <span className="text-stone-600">(CC BY 4.0)</span>
    </p>
  );
}
