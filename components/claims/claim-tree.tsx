import { countDescendants, type ClaimNode } from "@/lib/claim-tree";
import { linkTo, type View } from "@/lib/language";
import { ScoreBadge } from "../score-badge";
import { ClaimText } from "./claim-text";
import { KindBadge, RelationBadge } from "./relation-badge";

type Props = { node: ClaimNode; slug: string; view: View };

/** The argument tree: thesis on top, each branch collapsible with the native <details>. */
export function ClaimTree({ node, slug, view }: Props) {
  return (
    <ul className="space-y-2" aria-label="Argument tree">
      <ClaimTreeNode node={node} slug={slug} view={view} />
    </ul>
  );
}

function ClaimTreeNode({ node, slug, view }: Props) {
  const border =
    node.relation === "supports"
      ? "border-l-support"
      : node.relation === "opposes"
        ? "border-l-oppose"
        : "border-l-stone-800";
  const supporting = node.children.filter((c) => c.relation === "supports").length;
  const opposing = node.children.length - supporting;
  return (
    <li data-claim-id={node.id}>
      <div className={`rounded-md border border-l-4 border-stone-200 bg-white p-3 ${border}`}>
        <div className="mb-1 flex flex-wrap items-center gap-2">
          <RelationBadge relation={node.relation} />
          <KindBadge kind={node.kind} />
          <span className="ml-auto">
            <ScoreBadge claimId={node.id} score={node.tally.score} />
          </span>
        </div>
        <a
          href={linkTo(`/debates/${slug}/claims/${node.id}`, view)}
          className="block text-stone-900 underline-offset-4 hover:underline"
        >
          <ClaimText textZh={node.textZh} textEn={node.textEn} lang={view.lang} />
        </a>
      </div>
      {node.children.length > 0 && (
        <details open className="group ml-3 mt-2 border-l border-stone-300 pl-3 sm:ml-5 sm:pl-4">
          <summary className="cursor-pointer select-none py-1 text-sm text-stone-700">
            {supporting > 0 && `${supporting} supporting`}
            {supporting > 0 && opposing > 0 && " · "}
            {opposing > 0 && `${opposing} opposing`}
            {countDescendants(node) > node.children.length && ` (${countDescendants(node)} in all)`}
          </summary>
          <ul className="mt-2 space-y-2">
            {node.children.map((child) => (
              <ClaimTreeNode key={child.id} node={child} slug={slug} view={view} />
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}
