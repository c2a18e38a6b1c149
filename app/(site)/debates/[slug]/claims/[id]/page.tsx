import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { Panel } from "@/components/panel";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PostsTo, RoomBanner } from "@/components/classes/room-banner";
import { ClaimBreadcrumb } from "@/components/claims/claim-breadcrumb";
import { ClaimHeader } from "@/components/claims/claim-header";
import { ClaimList } from "@/components/claims/claim-list";
import { ClaimVoteForm } from "@/components/claims/claim-vote-form";
import { EvidenceColumns } from "@/components/claims/evidence-columns";
import { FactCheckPanel } from "@/components/claims/fact-check-panel";
import { ProposeClaimForm } from "@/components/claims/propose-claim-form";
import { ReaderClaimPanel } from "@/components/claims/reader-claim-panel";
import { RetiredClaim } from "@/components/claims/retired-claim";
import { WhyScore } from "@/components/claims/why-score";
import { YourHiddenEvidence } from "@/components/claims/your-hidden-evidence";
import { AnchorInContext } from "@/components/essay/anchor-in-context";
import { ClientMessages } from "@/components/i18n/client-messages";
import { EvidenceForm } from "@/components/evidence/evidence-form";
import { ClaimStand } from "@/components/stand/claim-stand";
import { ancestorsOf } from "@/lib/claim-tree";
import { claimDetail, retiredClaimDetail } from "@/lib/claims";
import { claimThreads } from "@/lib/replies/read";
import { Thread } from "@/components/replies/thread";
import { getDebate } from "@/lib/debates";
import { linkTo, parseLanguage, type View } from "@/lib/language";
import { myHiddenEvidence } from "@/lib/moderation-review";
import { loadRoom } from "@/lib/page-room";
import { roomOfPage } from "@/lib/rooms";
import { roomContext } from "@/lib/room-context";
import { PrivateRoom } from "@/components/private-room";
import { currentViewer } from "@/lib/session";
import { standOnClaim } from "@/lib/stand/claim";
import { claimInTree } from "@/lib/tree/query";

type Props = PageProps<"/debates/[slug]/claims/[id]">;

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { slug, id } = await props.params;
  const debate = await getDebate(slug).catch(() => null);
  const claim = debate?.claims.find((c) => c.id === id);
  const t = await getTranslations("claim");
  // A retired claim is out of the tree; its page says so (and 404s stay "not found").
  // The title is the claim's own wording, in the interface's language where it has one.
  const text =
    claim && ((await getLocale()) === "zh-Hant" && claim.textZh ? claim.textZh : claim.textEn);
  return { title: claim ? text : debate ? t("metaClaim") : t("metaNotFound") };
}

export default async function ClaimPage(props: Props) {
  const { slug, id } = await props.params;
  const search = await props.searchParams;
  const view: View = { lang: parseLanguage(search.lang), room: roomOfPage(search.room) };
  const lang = view.lang;
  const viewer = await currentViewer();
  const loaded = await loadRoom(async () => {
    const debate = await getDebate(slug, { roomId: view.room, viewer });
    if (!debate) return null;
    const claim = debate.claims.find((c) => c.id === id);
    const context = await roomContext(view.room, viewer);
    if (claim) {
      const [detail, stand, hidden, threads] = await Promise.all([
        claimDetail(claim.id, debate.roomId, viewer),
        standOnClaim(claim.id, debate.roomId, viewer),
        viewer ? myHiddenEvidence(viewer, debate.roomId, claim.id) : [],
        claimThreads(debate.id, claim.id, debate.roomId, viewer),
      ]);
      return { debate, claim, detail, stand, context, hidden, threads };
    }
    // A claim retired by a revision of the map is out of the tree but keeps its URL.
    const retired = await retiredClaimDetail(id, debate, viewer);
    return (
      retired && {
        debate,
        claim: null,
        detail: retired,
        stand: null,
        context,
        hidden: [],
        threads: null,
      }
    );
  });
  if (loaded.error)
    return (
      <PrivateRoom error={loaded.error} next={linkTo(`/debates/${slug}/claims/${id}`, view)} />
    );
  if (!loaded.data) notFound();
  const { debate, claim, detail, stand, context, hidden, threads } = loaded.data;
  const t = await getTranslations("claim");
  if (!claim || !detail.tally || !stand || !threads)
    return (
      <RetiredClaim
        detail={detail}
        base={`/debates/${debate.slug}`}
        view={view}
        debateTitle={debate.titleEn}
      />
    );
  const tally = detail.tally;
  const ancestors = ancestorsOf(debate.claims, claim.id);
  const children = debate.claims.filter((c) => c.parentId === claim.id);
  const paragraph = debate.paragraphs.find((p) => p.id === claim.anchor?.paragraphId);
  const base = `/debates/${debate.slug}`;
  const thesis = debate.claims.find((c) => c.parentId === null)!;
  const here = linkTo(`${base}/claims/${claim.id}`, view);

  return (
    <article className="mx-auto max-w-5xl space-y-8">
      <RoomBanner context={context} slug={debate.slug} />
      <ClaimBreadcrumb debateTitle={debate.titleEn} ancestors={ancestors} base={base} view={view} />
      <a
        href={claimInTree(debate.slug, view, claim.id)}
        className="text-sm text-blue-800 underline underline-offset-4"
      >
        {(await getTranslations("treeNav"))("backToTree")}
      </a>

      <ClaimHeader
        claim={claim}
        score={tally.score}
        lang={lang}
        base={base}
        view={view}
        slug={debate.slug}
        thesisId={thesis.id}
      />

      {detail.factChecks.length > 0 && <FactCheckPanel checks={detail.factChecks} lang={lang} />}

      <WhyScore
        tally={tally}
        factChecked={detail.factChecks.length > 0}
        labels={{
          evidence: new Map(detail.evidence.map((e) => [e.id, e.title])),
          claims: new Map(children.map((c) => [c.id, c.textEn])),
        }}
      />

      {paragraph && claim.anchor && (
        <AnchorInContext paragraph={paragraph} quote={claim.anchor.quote} lang={lang} />
      )}

      <ClientMessages namespaces={["stand"]}>
        <Panel id="vote" title={t("yourVote")}>
          {viewer && detail.myVotes ? <PostsTo context={context} /> : null}
          {viewer && detail.myVotes ? (
            <ClaimVoteForm
              claimId={claim.id}
              roomId={detail.roomId}
              agreement={detail.myVotes.claim.agreement}
              impact={detail.myVotes.claim.impact}
              isThesis={claim.parentId === null}
            />
          ) : (
            <SignInPrompt next={here} />
          )}
        </Panel>

        <Panel id="stand" title={t("whereStand")}>
          <ClaimStand
            initial={stand}
            isThesis={claim.parentId === null}
            evidenceTitles={detail.evidence.map((e) => [e.id, e.title])}
          />
        </Panel>
      </ClientMessages>

      <YourHiddenEvidence hidden={hidden} />

      <EvidenceColumns
        evidence={detail.evidence}
        signedIn={viewer !== null}
        canModerate={detail.canModerate}
        threads={Object.fromEntries(detail.evidence.map((e) => [e.id, threads.thread(e.id)]))}
      />

      {viewer && (
        <Panel id="add-evidence" title={t("addEvidence")}>
          <PostsTo context={context} />
          <ClientMessages namespaces={["evidence"]}>
            <EvidenceForm mode="add" claimId={claim.id} roomId={detail.roomId} />
          </ClientMessages>
        </Panel>
      )}

      <div id="discussion">
        <Thread initial={threads.thread(null)} signedIn={viewer !== null} />
      </div>

      <ReaderClaimPanel detail={detail} claims={debate.claims} signedIn={viewer !== null} />

      {viewer && (
        <Panel id="propose" title={t("propose")}>
          <PostsTo context={context} />
          <ProposeClaimForm
            parentId={claim.id}
            roomId={detail.roomId}
            base={base}
            view={view}
            paragraphs={debate.paragraphs
              .filter((p) => p.kind === "body")
              .map((p) => ({ id: p.id, position: p.position }))}
          />
        </Panel>
      )}

      <ClaimList
        title={t("parent")}
        claims={ancestors.slice(-1)}
        base={base}
        view={view}
        empty={t("parentEmpty")}
      />
      <ClaimList
        title={t("children")}
        claims={children}
        base={base}
        view={view}
        empty={t("childrenEmpty")}
      />
    </article>
  );
}

function SignInPrompt({ next }: { next: string }) {
  const t = useTranslations("claim");
  const query = `?next=${encodeURIComponent(next)}`;
  return (
    <p className="text-stone-700">
      {t.rich("signInTo", {
        signIn: (text) => (
          <Link href={`/sign-in${query}`} className="text-blue-800 underline">
            {text}
          </Link>
        ),
        signUp: (text) => (
          <Link href={`/sign-up${query}`} className="text-blue-800 underline">
            {text}
          </Link>
        ),
      })}
    </p>
  );
}
