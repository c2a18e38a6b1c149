/** The words of readers' branches in the tree, in one place for the coming translation. */
export const readerBranchStrings = {
  count: (n: number) => (n === 1 ? "1 reader's claim" : `${n} readers' claims`),
  loading: "Loading readers' claims…",
  failed: "These claims could not be loaded. Close and open the branch to try again.",
} as const;
