import { getTranslations } from "next-intl/server";
import { joinCodeIn, joinPreview } from "@/lib/join-preview";

/** On the sign-up (or sign-in) page reached from a join link: which class, whose. */
export async function JoiningNotice({ next }: { next: string | undefined }) {
  const code = joinCodeIn(next);
  const preview = code ? await joinPreview(code) : null;
  if (!preview) return null;
  const t = await getTranslations("classes");
  return (
    <p
      className="mb-6 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm"
      data-testid="joining-notice"
    >
      {t.rich("joiningNotice", {
        className: preview.className,
        teacher: preview.teacherName,
        strong: (chunks) => <strong translate="no">{chunks}</strong>,
      })}
    </p>
  );
}
