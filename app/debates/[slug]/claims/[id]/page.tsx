import type { Metadata } from "next";
import { Panel } from "@/components/panel";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PostsTo, RoomBanner } from "@/components/classes/room-banner";
import { ClaimList } from "@/components/claims/claim-list";
import { AttributionLine } from "@/components/claims/attribution-line";
import { ClaimText } from "@/components/claims/claim-text";
import { ClaimVoteForm } from "@/components/claims/claim-vote-form";
import { EvidenceColumns } from "@/components/claims/evidence-columns";
import { FactCheckBadge } from "@/components/claims/fact-check-badge";
import { FactCheckPanel } from "@/components/claims/fact-check-panel";
import { KindBadge, RelationBadge } from "@/components/claims/relation-badge";
import { RetiredClaim } from "@/components/claims/retired-claim";
import { WhyScore } from "@/components/claims/why-score";
import { AnchorInContext } from "@/components/essay/anchor-in-context";
import { EvidenceForm } from "@/components/evidence/evidence-form";
import { LanguageSwitch } from "@/components/language-switch";
import { HiddenNotice } from "@/components/moderation/hidden-notice";
import { LiveTally } from "@/components/live/live-tally";
import { ScoreBadge } from "@/components/score-badge";
import { ClaimStand } from "@/components/stand/claim-stand";
import { ancestorsOf } from "@/lib/claim-tree";
import { claimDetail, retiredClaimDetail } from "@/lib/claims";
import { getDebate } from "@/lib/debates";
import { linkTo, parseLanguage, type View } from "@/lib/language";
import { myHiddenEvidence } from "@/lib/moderation-review";
import { loadRoom, roomParam } from "@/lib/page-room";
import { roomContext } from "@/lib/room-context";
import { PrivateRoom } from "@/components/private-room";
import { currentViewer } from "@/lib/session";
import { standOnClaim } from "@/lib/stand/claim";

type Props = PageProps<"/debates/[slug]/claims/[id]">;

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { slug, id } = await props.params;
  const debate = await getDebate(slug).catch(() => null);
  const claim = debate?.claims.find((c) => c.id === id);
  // A retired claim is out of the tree; its page says so (and 404s stay "not found").
  return { title: claim?.textEn ?? (debate ? "Claim" : "Claim not found") };
}

export default async function ClaimPage(props: Props) {
  const { slug, id } = await props.params;
  const search = await props.searchParams;
  const view: View = { lang: parseLanguage(search.lang), room: roomParam(search.room) };
  const lang = view.lang;
  const viewer = await currentViewer();
  const loaded = await loadRoom(async () => {
    const debate = await getDebate(slug, { roomId: view.room, viewer });
    if (!debate) return null;
    const claim = debate.claims.find((c) => c.id === id);
    const context = await roomContext(view.room, viewer);
    if (claim) {
      const [detail, stand, hidden] = await Promise.all([
        claimDetail(claim.id, debate.roomId, viewer),
        standOnClaim(claim.id, debate.roomId, viewer),
        viewer ? myHiddenEvidence(viewer, debate.roomId, claim.id) : [],
      ]);
      return { debate, claim, detail, stand, context, hidden };
    }
    // A claim retired by a revision of the map is out of the tree but keeps its URL.
    const retired = await retiredClaimDetail(id, debate, viewer);
    return retired && { debate, claim: null, detail: retired, stand: null, context, hidden: [] };
  });
  if (loaded.error)
    return (
      <PrivateRoom error={loaded.error} next={linkTo(`/debates/${slug}/claims/${id}`, view)} />
    );
  if (!loaded.data) notFound();
  const { debate, claim, detail, stand, context, hidden } = loaded.data;
  if (!claim || !detail.tally || !stand)
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
      <nav aria-label="Breadcrumb" className="text-sm text-stone-700">
        <ol className="flex flex-wrap items-center gap-1">
          <li>
            <Link href={linkTo(base, view)} className="underline underline-offset-4">
              {debate.titleEn}
            </Link>
          </li>
          {ancestors.map((a) => (
            <li key={a.id} className="flex items-center gap-1">
              <span aria-hidden="true">›</span>
              <Link
                href={linkTo(`${base}/claims/${a.id}`, view)}
                className="underline underline-offset-4"
              >
                {a.parentId === null
                  ? "Thesis"
                  : a.textEn.slice(0, 40) + (a.textEn.length > 40 ? "…" : "")}
              </Link>
            </li>
          ))}
        </ol>
      </nav>

      <header
        data-claim-id={claim.id}
        className="space-y-3 rounded-lg border border-stone-200 bg-white p-5"
      >
        <div className="flex flex-wrap items-center gap-2">
          <RelationBadge relation={claim.relation} />
          <KindBadge kind={claim.kind} />
          {claim.kind === "factual" && (
            <span className="text-xs text-stone-700">Readers’ check: {claim.checkStatus}</span>
          )}
          {claim.factCheck && <FactCheckBadge status={claim.factCheck} />}
          <span className="ml-auto">
            <ScoreBadge claimId={claim.id} score={tally.score} size="lg" />
          </span>
        </div>
        <h1 className="text-xl font-semibold sm:text-2xl">
          <ClaimText textZh={claim.textZh} textEn={claim.textEn} lang={lang} />
        </h1>
        <p>
          <AttributionLine attribution={claim.attribution} lang={lang} />
        </p>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <LanguageSwitch path={`${base}/claims/${claim.id}`} current={lang} room={view.room} />
          <LiveTally slug={debate.slug} roomId={view.room} thesisId={thesis.id} />
        </div>
      </header>

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

      <Panel id="vote" title="Your vote">
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
          <SignInPrompt next={here} doing="vote on this claim and add evidence" />
        )}
      </Panel>

      <Panel id="stand" title="Where people stand">
        <ClaimStand
          initial={stand}
          isThesis={claim.parentId === null}
          evidenceTitles={detail.evidence.map((e) => [e.id, e.title])}
        />
      </Panel>

      {hidden.length > 0 && (
        <Panel id="your-hidden" title="Your hidden evidence">
          <ul className="space-y-3">
            {hidden.map((h) => (
              <li key={h.id} className="space-y-1">
                <p className="font-medium">“{h.title}”</p>
                <HiddenNotice
                  evidenceId={h.id}
                  title={h.title}
                  reason={h.reason}
                  review={h.review}
                  canAskReview
                />
              </li>
            ))}
          </ul>
        </Panel>
      )}

      <EvidenceColumns
        evidence={detail.evidence}
        signedIn={viewer !== null}
        canModerate={detail.canModerate}
      />

      {viewer && (
        <Panel id="add-evidence" title="Add evidence">
          <PostsTo context={context} />
          <EvidenceForm mode="add" claimId={claim.id} roomId={detail.roomId} />
        </Panel>
      )}

      <ClaimList
        title="Parent claim"
        claims={ancestors.slice(-1)}
        base={base}
        view={view}
        empty="This is the thesis: it has no parent."
      />
      <ClaimList
        title="Claims under this one"
        claims={children}
        base={base}
        view={view}
        empty="No claims argue for or against this one yet."
      />
    </article>
  );
}

function SignInPrompt({ next, doing }: { next: string; doing: string }) {
  return (
    <p className="text-stone-700">
      <Link href={`/sign-in?next=${encodeURIComponent(next)}`} className="text-blue-800 underline">
        Sign in
      </Link>{" "}
      or{" "}
      <Link href={`/sign-up?next=${encodeURIComponent(next)}`} className="text-blue-800 underline">
        create an account
      </Link>{" "}
      to {doing}.
    </p>
  );
}
