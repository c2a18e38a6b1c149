// Adds readers' claims straight into a bench database, as if proposed through the API: spread
// under the essay's claims and under each other (so the tree grows deeper), with no votes (a
// new claim's tally is neutral, so no stored tally changes). Bumps the room's tree revision.
import { createClient } from "@libsql/client";

const BIG_FILE = "bench/data/bench.db";

export async function addUserClaims(
  file: string,
  options: { roomId: string; count: number; essayClaims: string[]; users: number },
) {
  const client = createClient({ url: `file:${file}`, timeout: 10_000 });
  try {
    const ids: string[] = [];
    const now = Date.now();
    const rows = Array.from({ length: options.count }, (_, i) => {
      const id = `b-proposed-${options.roomId}-${i}`;
      // Two in three under an essay claim, the rest under an earlier reader's claim.
      const parent =
        i % 3 === 2 && ids.length > 0
          ? ids[(i * 7) % ids.length]!
          : options.essayClaims[(i * 11) % options.essayClaims.length]!;
      ids.push(id);
      return [
        id,
        "ai-dollar",
        parent,
        i % 2 === 0 ? "supports" : "opposes",
        "factual",
        "",
        `Bench reader's claim number ${i}, proposed to widen the tree`,
        1_000_000_000,
        `b-u${i % options.users}`,
        options.roomId,
        now + i,
      ];
    });
    for (let i = 0; i < rows.length; i += 200) {
      const chunk = rows.slice(i, i + 200);
      await client.execute({
        sql: `insert into claims (id, debate_id, parent_id, relation, kind, text_zh, text_en, position, created_by, room_id, created_at) values ${chunk.map(() => "(?,?,?,?,?,?,?,?,?,?,?)").join(",")}`,
        args: chunk.flat() as never,
      });
    }
    await client.execute({
      sql: "update rooms set tree_revision = tree_revision + 1 where id = ?",
      args: [options.roomId],
    });
  } finally {
    client.close();
  }
}

/** One read of the bench database while the server runs on it. */
export async function queryBench<T>(sql: string, args: string[]): Promise<T[]> {
  const client = createClient({ url: `file:${BIG_FILE}`, timeout: 10_000 });
  try {
    return (await client.execute({ sql, args })).rows as unknown as T[];
  } finally {
    client.close();
  }
}
