import { connection } from "next/server";
import { currentViewer } from "@/lib/session";

/**
 * The benchmark's trivial dynamic page: reads the session and renders a line. Compiled only
 * into the bench's own build (`*.bench.tsx`, next.config.ts).
 */
export default async function TrivialPage() {
  await connection(); // decided per request, like the session it reads
  const viewer = await currentViewer();
  return <p>Hello, {viewer?.name ?? "guest"}.</p>;
}
