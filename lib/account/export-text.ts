/**
 * The labels the export writes into its data (the same in every interface language, like the
 * field names). The readable page's title and headings are in the reader's language
 * (messages: account.export).
 */
export const exportText = {
  publicRoom: "public room",
  classRoom: "class room",
} as const;
