import "server-only";
import { notFound } from "./errors";

/** The benchmark's baseline routes exist only when the bench starts the server with this flag. */
export function assertBenchEnabled(): void {
  if (process.env.AGORA_BENCH_ROUTES !== "1") throw notFound("route");
}
