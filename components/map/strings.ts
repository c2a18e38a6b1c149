/** The map view's words, in one place for the coming translation (issue 12 item 1). */
export const mapStrings = {
  title: "Argument map",
  intro:
    "Each ring is one level of the argument; a claim's slice is as wide as the claims under it. Green argues for the thesis, red against; the stronger the colour, the more convincing the claim.",
  svgLabel: "Argument map: the thesis in the centre, the claims under it in rings",
  captionEmpty: "Point at or tab to a segment to read its claim.",
  stance: { thesis: "The thesis", for: "For the thesis", against: "Against the thesis" },
  score: (score: number) => `score ${Math.round(score)} of 100`,
  factCheck: "fact-check",
  back: "Back to the debate",
  treeHeading: "The same argument as a list",
  linkFromDebate: "See the argument as a map",
};
