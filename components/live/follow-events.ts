/**
 * Follows a room's event stream and comes back after a refusal too. EventSource reconnects by
 * itself after a dropped connection, but gives up for good on an answer that is not a stream —
 * the 503 of a server at its stream limit, or of one shutting down — so this opens a new one
 * after a few seconds (spread out, so refused clients do not all return at once).
 */
export function followEvents(
  url: string,
  onTally: (message: MessageEvent<string>) => void,
  onStatus: (status: "live" | "reconnecting") => void = () => {},
): () => void {
  let source: EventSource;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const open = () => {
    source = new EventSource(url);
    source.onopen = () => onStatus("live");
    source.onerror = () => {
      onStatus("reconnecting");
      if (source.readyState === EventSource.CLOSED)
        retry = setTimeout(open, 5000 + Math.random() * 5000);
    };
    source.addEventListener("tally", (message) => onTally(message as MessageEvent<string>));
  };
  open();
  return () => {
    clearTimeout(retry);
    source.close();
  };
}
