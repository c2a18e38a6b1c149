"use client";

import { useEffect, useRef, type MouseEvent } from "react";
import type { ActionState } from "@/lib/action";

/**
 * The refusal of a form, at its top: the message and a link to each field in error. Focus
 * moves here after a refused submit, so a keyboard or screen-reader user hears what went
 * wrong; following a link focuses the field.
 */
export function ErrorSummary({ state, formId }: { state: ActionState; formId: string }) {
  const box = useRef<HTMLDivElement>(null);
  const seen = useRef(state);
  const refused = !state.ok && !!state.message;
  useEffect(() => {
    // Only a new answer takes focus: not the first render, nor a render with the same answer.
    if (seen.current === state) return;
    seen.current = state;
    if (refused) box.current?.focus();
  }, [state, refused]);
  const errors = Object.entries(state.fields ?? {}).filter(([, messages]) => messages.length);
  return (
    <div
      ref={box}
      tabIndex={-1}
      // Announced when it fills; no accessible name, so it never answers for a field's label.
      role="alert"
      className={refused ? "rounded-md border-2 border-oppose bg-oppose-soft p-3 text-sm" : ""}
      data-testid={refused ? "error-summary" : undefined}
    >
      {refused && (
        <>
          <h2 className="font-semibold text-oppose">{state.message}</h2>
          {errors.length > 0 && (
            <ul className="mt-1 list-disc space-y-0.5 pl-5">
              {errors.map(([name, messages]) => (
                <li key={name}>
                  <a
                    href={`#${formId}-${name}`}
                    onClick={focusField}
                    className="text-oppose underline"
                  >
                    {messages.join(" ")}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}

/** A fragment link scrolls to an input but leaves focus where it was: move it there. */
function focusField(event: MouseEvent<HTMLAnchorElement>) {
  const id = decodeURIComponent(event.currentTarget.hash.slice(1));
  const field = document.getElementById(id);
  if (!field) return;
  event.preventDefault();
  field.focus();
  field.scrollIntoView({ block: "center" });
}
