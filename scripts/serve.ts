// Serves the built app: Next's request handler, plus the public rooms' live event streams
// written straight on the socket (lib/live/node-events.ts). Run by `npm start` after the
// database and build are ready; also used by the end-to-end tests and the benchmark.
// Honours PORT (default 3000); listens on all interfaces, as `next start` does.
import { createServer } from "node:http";

// tsx turns on source maps for our TypeScript; left on, Node would also read the source map of
// every Next chunk it loads and map every stack trace, as `next start` does not.
process.setSourceMapsEnabled(false);
const { default: next } = await import("next");
const { servePublicEvents } = await import("../lib/live/node-events");
const { drainOnSignals } = await import("../lib/shutdown");
const { guardRequest } = await import("../lib/edge/request-guard");

const port = Number(process.env.PORT ?? 3000);
const app = next({ dev: false, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  if (guardRequest(req, res)) return;
  servePublicEvents(req, res)
    .then((served) => (served ? undefined : handle(req, res)))
    .catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ error: "Something went wrong on our side." }));
    });
});
server.listen(port, () => {
  console.log(`Agora ready on http://localhost:${port}`);
});
drainOnSignals(server);
