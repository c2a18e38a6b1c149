import { Fragment } from "react";
import { segmentParagraph, type Anchor } from "@/lib/anchors";
import { linkTo, type View } from "@/lib/language";

// Plain links, not next/link: a page holds 120+ of them, and client links would each add
// a client reference to the payload and a prefetch (docs/performance.md). No title with the
// claim's wording: the tree beside the essay shows it, and the title sent it twice more (in
// the HTML and in the React payload) for every anchor, 28 kB of the page. No data attribute
// naming the claim, nor a class: the link names it, and `.essay-text` styles it (decision 0033).
type Props = {
  text: string;
  anchors: Anchor[];
  slug: string;
  view: View;
};

/** Paragraph text with each claim's quoted span highlighted; activating one opens that claim. */
export function HighlightedText({ text, anchors, slug, view }: Props) {
  return segmentParagraph(text, anchors).map((segment, i) => {
    const [claimId] = segment.claimIds;
    if (!claimId) return <Fragment key={i}>{segment.text}</Fragment>;
    return (
      <a key={i} href={linkTo(`/debates/${slug}/claims/${claimId}`, view)}>
        {segment.text}
      </a>
    );
  });
}
