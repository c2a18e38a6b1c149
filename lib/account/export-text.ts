/** The export's English headings and labels, grouped for translation (issue 12). */
export const exportText = {
  title: "Your data on Agora",
  publicRoom: "public room",
  classRoom: "class room",
  empty: "Nothing here.",
  sections: {
    account: "Account",
    evidence: "Evidence (with earlier versions)",
    claims: "Claims you added",
    votes: "Votes on claims",
    ratings: "Ratings of evidence",
    replies: "Replies in discussions",
    sides: "Sides you were given in assignments",
    classes: "Class memberships",
    feedback: "Feedback released to you",
  },
} as const;
