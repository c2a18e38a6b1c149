/**
 * The language of someone's own words (a reply, a reason, a title quoted in a notification),
 * which no one declared: Chinese if it holds any Han character, else English — the two
 * languages Agora is written in. Marked on the text so a screen reader reads it in the right
 * voice whatever the interface language (and so it is not mistaken for the interface's words).
 */
export const contentLang = (text: string): "zh-Hant" | "en" =>
  /[\u3400-\u9fff]/.test(text) ? "zh-Hant" : "en";
