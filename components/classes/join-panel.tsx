import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import QRCode from "qrcode";
import { joiningAction } from "@/app/(site)/classes/actions";
import { siteOrigin } from "@/lib/edge/same-site";
import { ActionButton } from "../forms/action-button";
import { Panel } from "../panel";
import { CopyButton } from "./copy-button";

type Props = { classId: string; joinCode: string | null; joinEnabled: boolean | null };

/**
 * How students join: the code, the whole link to paste in a chat, and a QR code to put on the
 * projector. The QR code is drawn here on the server as SVG (decision 17): no script, and it
 * stays sharp at any size. The SVG is inserted as markup: qrcode writes only its own `<svg>` and
 * `<path>` geometry (the link is encoded in the modules, never written as text), and the link
 * itself is made of this site's origin and a server-made code.
 */
export async function JoinPanel({ classId, joinCode, joinEnabled }: Props) {
  const link = joinCode ? `${siteOrigin(await headers())}/classes/join/${joinCode}` : null;
  const svg = link
    ? await QRCode.toString(link, { type: "svg", margin: 1, errorCorrectionLevel: "M" })
    : null;
  const t = await getTranslations("classes.join");
  return (
    <Panel id="join" title={t("title")} className="space-y-3">
      {joinEnabled && link && svg ? (
        <div className="flex flex-wrap items-start gap-4">
          <div className="min-w-0 flex-1 space-y-2">
            <p>
              {t("code")}{" "}
              <strong className="font-mono text-lg" data-testid="join-code" translate="no">
                {joinCode}
              </strong>
            </p>
            <p className="flex flex-wrap items-center gap-2">
              <a
                href={link}
                className="break-all font-mono text-sm underline"
                data-testid="join-link"
                translate="no"
              >
                {link}
              </a>
              <CopyButton text={link} label={t("copy")} />
            </p>
          </div>
          <figure className="w-40 shrink-0">
            <div
              role="img"
              aria-label={t("qr", { link })}
              data-testid="join-qr"
              dangerouslySetInnerHTML={{ __html: svg }}
            />
            <figcaption className="text-center text-xs text-stone-600">{t("scan")}</figcaption>
          </figure>
          <details className="w-full">
            <summary className="cursor-pointer text-sm">{t("projector")}</summary>
            <div
              className="mx-auto mt-2 w-[min(90vw,80vh)]"
              aria-hidden="true"
              dangerouslySetInnerHTML={{ __html: svg }}
            />
            <p className="text-center font-mono text-3xl" translate="no">
              {joinCode}
            </p>
          </details>
        </div>
      ) : (
        <p>{t("off")}</p>
      )}
      <div className="flex flex-wrap gap-2">
        <ActionButton
          action={joiningAction}
          fields={{ classId, action: "rotate" }}
          label={t("newCode")}
          confirm={t("newCodeConfirm")}
        />
        <ActionButton
          action={joiningAction}
          fields={{ classId, action: joinEnabled ? "disable" : "enable" }}
          label={joinEnabled ? t("turnOff") : t("turnOn")}
        />
      </div>
    </Panel>
  );
}
