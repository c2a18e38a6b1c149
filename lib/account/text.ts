/**
 * The account pages' English strings, in one place so the interface-language work (issue 12)
 * can translate them without hunting through components. Plain data: safe for client components.
 */
export const accountText = {
  recovery: {
    heading: "Recovery codes",
    intro:
      "Each code lets you choose a new password once if you forget yours. Agora asks for no e-mail, so these codes are your way back in.",
    shownOnce: "Keep these codes somewhere safe. They are shown only this once.",
    print: "Print",
    download: "Download",
    continue: "I have saved my codes — continue",
    left: (n: number) => `You have ${n} unused recovery code${n === 1 ? "" : "s"}.`,
    renew: "Make new codes",
    renewHint: "Your old codes stop working at once.",
    renewed: "Here are your new codes. The old ones no longer work.",
    fileTitle: (username: string) => `Agora recovery codes for ${username}`,
    noPassword: "This account signs in without a password, so it has no recovery codes.",
  },
  forgot: {
    link: "Forgot your password?",
    heading: "Choose a new password with a recovery code",
    intro: "Enter your username, one of your recovery codes and a new password.",
    code: "Recovery code",
    codeHint: "Ten letters and digits, as printed (the dash is optional).",
    submit: "Set new password",
    mismatch: "That username and recovery code do not match.",
    done: "Your password is changed and every session has ended. Sign in with your new password.",
  },
  data: {
    heading: "Your data",
    intro:
      "Everything you contributed: evidence with its revisions, claims, votes and ratings, sides, classes and the feedback released to you.",
    json: "Download as JSON",
    html: "Open as a readable page",
  },
  deletion: {
    heading: "Delete your account",
    intro:
      "Your username, display name and password are erased and you are signed out everywhere. What you contributed stays in the debates under “deleted account” and keeps counting, unless you delete it too.",
    alsoContributions: "Also delete my evidence, votes, ratings and replies",
    alsoContributionsHint:
      "They leave the debates and their scores, exactly as if you had deleted each one.",
    submit: "Delete my account",
    confirm: "Delete your account? This cannot be undone.",
    done: "Your account has been deleted.",
    noPassword:
      "This account signs in without a password, so it cannot be confirmed here. Ask an administrator to delete it.",
    lastTeacher: (classNames: string[]) =>
      `You are the only teacher of ${classNames.map((n) => `“${n}”`).join(", ")}, which still has students. Add another teacher or remove the students first.`,
  },
  password: {
    label: "Your password",
    wrong: "That is not your password.",
  },
} as const;

/** The name contributions of a deleted account appear under. */
export const DELETED_ACCOUNT_NAME = "deleted account";
