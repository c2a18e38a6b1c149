import { Fragment } from "react";
import { segmentParagraph, type Anchor } from "@/lib/anchors";
import { linkTo, type View } from "@/lib/language";

// Plain links, not next/link: a page holds 120+ of them, and client links would each add
// a client reference to the payload and a prefetch (docs/performance.md).
type Props = {
  text: string;
  anchors: Anchor[];
  slug: string;
  view: View;
  claimLabels: Map<string, string>;
};

/** Paragraph text with each claim's quoted span highlighted; activating one opens that claim. */
export function HighlightedText({ text, anchors, slug, view, claimLabels }: Props) {
  return segmentParagraph(text, anchors).map((segment, i) => {
    const [claimId] = segment.claimIds;
    if (!claimId) return <Fragment key={i}>{segment.text}</Fragment>;
    return (
      <a
        key={i}
        href={linkTo(`/debates/${slug}/claims/${claimId}`, view)}
        data-anchor-for={claimId}
        title={claimLabels.get(claimId)}
        className="anchor-link"
      >
        {segment.text}
      </a>
    );
  });
}
