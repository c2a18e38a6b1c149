// Runs the live fan-out measurement (bench/live.ts) in a process of its own, as the subscribers'
// side: a fresh heap, not the one that built the dataset and ran the page and vote loads, whose
// garbage collections would otherwise delay the arrivals it timestamps.
// Usage: tsx bench/live-child.ts '<options as JSON>' (cookies read from options.cookiesFile).
import { readFileSync } from "node:fs";
import { measureLive } from "./live";

const options = JSON.parse(process.argv[2]!) as Omit<
  Parameters<typeof measureLive>[0],
  "cookies"
> & { cookiesFile: string };
const cookies = JSON.parse(readFileSync(options.cookiesFile, "utf8")) as string[];
console.log(JSON.stringify(await measureLive({ ...options, cookies })));
