/**
 * Whether a server action's body has the shape React's client sends, checked before Next
 * decodes it: Next answers 500 to a body it cannot decode (not JSON, not an argument list, a
 * reference to a part that is not there), and a client's mistake must never be a 5xx.
 *
 * A fetch action sends its arguments as a JSON array, alone (text/plain) or as part "0" of a
 * multipart form whose other parts are the FormData argument's fields. A form posted without
 * JavaScript (no Next-Action header: `actionId` null) is multipart with `$ACTION_…` fields. Strings in the arguments that start with
 * "$" are React references; of those our actions only ever receive `$K<n>` (a FormData),
 * `$undefined` and `$$…` (an escaped "$"), so any other is refused rather than decoded. (An
 * empty form travels as text/plain with no parts: `$K1` then decodes to an empty FormData.)
 */
export function actionBodyProblem(
  contentType: string,
  body: string | FormData,
  actionId: string | null = "7f",
): string | null {
  const fetched = actionId !== null;
  // Next's action ids start with a byte whose low bits say which arguments the action uses;
  // "00" (sign-out) uses none, and Next's client then sends none: any list is harmless.
  const usesArguments = !actionId?.startsWith("00");
  const type = contentType.split(";")[0]!.trim().toLowerCase();
  if (type === "multipart/form-data") {
    if (typeof body === "string") return "The form could not be read.";
    const root = body.get("0");
    if (root === null) {
      if (fetched) return "The form holds no arguments.";
      const ids = [...body.keys()].filter((k) => k.startsWith("$ACTION_"));
      return ids.length > 0 ? null : "The form names no action.";
    }
    return typeof root === "string"
      ? argumentsProblem(root, usesArguments)
      : "The arguments must be text.";
  }
  if (type === "text/plain" || type === "") {
    return typeof body === "string"
      ? argumentsProblem(body, usesArguments)
      : "The body must be text.";
  }
  return "A server action takes multipart/form-data or text/plain.";
}

const ALLOWED_REFERENCE = /^\$(K\d{1,6}|undefined|\$[\s\S]*)$/;

function argumentsProblem(text: string, usesArguments: boolean): string | null {
  let args: unknown;
  try {
    args = JSON.parse(text);
  } catch {
    return "The arguments are not JSON.";
  }
  if (!Array.isArray(args)) return "The arguments must be a list.";
  // Every action of Agora that reads its arguments takes (previous state, form), as
  // useActionState calls it. Any other list would reach the action as the wrong types.
  const formCall = args.length === 2 && typeof args[1] === "string" && /^\$K\d+$/.test(args[1]);
  if (usesArguments && !formCall) return "The arguments must be a previous state and a form.";
  const stack: unknown[] = [args];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === "string" && value.startsWith("$")) {
      if (!ALLOWED_REFERENCE.test(value)) return "The arguments hold an unknown reference.";
    } else if (value && typeof value === "object") {
      stack.push(...Object.values(value));
    }
  }
  return null;
}
