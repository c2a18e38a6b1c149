import { useTranslations } from "next-intl";
import { countDescendants, type ClaimNode } from "@/lib/claim-tree";
import { linkTo, type View } from "@/lib/language";
import { ScoreBadge } from "../score-badge";
import { AttributionLine } from "./attribution-line";
import { ClaimText } from "./claim-text";
import { FactCheckBadge } from "./fact-check-badge";
import { ProposedBy } from "./proposed-by";
import { KindBadge, RelationBadge } from "./relation-badge";

type Props = {
  node: ClaimNode;
  slug: string;
  view: View;
  /** A search to mark in each claim's wording. */
  highlight?: string;
};

/** The argument tree: thesis on top, each branch collapsible with the native <details>. */
export function ClaimTree(props: Props) {
  const t = useTranslations("tree");
  return (
    <ul className="space-y-2" aria-label={t("label")}>
      <ClaimTreeNode {...props} />
    </ul>
  );
}

/** One claim and its branch; also drawn in the browser, for the branches loaded on demand. */
export function ClaimTreeNode({ node, slug, view, highlight }: Props) {
  const supporting = node.children.filter((c) => c.relation === "supports").length;
  const opposing = node.children.length - supporting;
  const inAll = node.inAll ?? countDescendants(node);
  const t = useTranslations("tree");
  return (
    <li data-claim-id={node.id}>
      <div className="claim-card" data-relation={node.relation ?? undefined}>
        <div className="claim-card-head">
          <RelationBadge relation={node.relation} />
          <KindBadge kind={node.kind} />
          {node.factCheck && <FactCheckBadge status={node.factCheck} />}
          {/* Only the exceptions are named on the node: most claims are the author's. */}
          {node.attribution.by !== "author" && !node.proposedBy && (
            <AttributionLine attribution={node.attribution} lang={view.lang} />
          )}
          <ProposedBy proposer={node.proposedBy} />
          <ScoreBadge claimId={node.id} score={node.tally.score} />
        </div>
        <a href={linkTo(`/debates/${slug}/claims/${node.id}`, view)} className="claim-link">
          <ClaimText
            textZh={node.textZh}
            textEn={node.textEn}
            lang={view.lang}
            highlight={highlight}
          />
        </a>
      </div>
      {node.children.length > 0 && (
        <details open className="tree-branch">
          <summary>
            {supporting > 0 && t("supporting", { count: supporting })}
            {supporting > 0 && opposing > 0 && " · "}
            {opposing > 0 && t("opposing", { count: opposing })}
            {inAll > node.children.length && t("inAll", { count: inAll })}
          </summary>
          <ul>
            {node.children.map((child) => (
              <ClaimTreeNode
                key={child.id}
                node={child}
                slug={slug}
                view={view}
                highlight={highlight}
              />
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}
