import { notFound } from "next/navigation";
import { connection } from "next/server";
import { currentViewer } from "@/lib/session";

/** The benchmark's trivial dynamic page: reads the session and renders a line. */
export default async function TrivialPage() {
  await connection(); // decided per request, like the session it reads
  if (process.env.AGORA_BENCH_ROUTES !== "1") notFound();
  const viewer = await currentViewer();
  return <p>Hello, {viewer?.name ?? "guest"}.</p>;
}
