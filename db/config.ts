import { z } from "zod";

const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^(file:|libsql:|https?:|wss?:)/, "DATABASE_URL must be a file: or libsql: URL")
    .default("file:./data/agora.db"),
  DATABASE_AUTH_TOKEN: z.string().optional(),
});

export type DatabaseConfig = { url: string; authToken?: string };

export function databaseConfig(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const parsed = envSchema.parse(env);
  return { url: parsed.DATABASE_URL, authToken: parsed.DATABASE_AUTH_TOKEN };
}

/** The file a `file:` URL points at, or null for a server URL. */
export function databaseFile(url: string): string | null {
  if (!url.startsWith("file:")) return null;
  return url.slice("file:".length).replace(/^\/\/(?=\/)/, "");
}
