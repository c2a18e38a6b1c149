// `npm run account -- admin <username>` makes an account an admin (moderates the public room);
// `npm run account -- disable <username>` disables it and ends all its sessions at once.
import { eq, sql } from "drizzle-orm";
import { databaseConfig } from "../db/config";
import { openDatabase } from "../db/client";
import { users } from "../db/schema";

const [action, username] = process.argv.slice(2);
if (!username || (action !== "admin" && action !== "disable")) {
  console.error("Usage: npm run account -- admin|disable <username>");
  process.exit(2);
}
const { client, db } = openDatabase(databaseConfig());
const set =
  action === "admin"
    ? { role: "admin" as const }
    : { disabledAt: new Date(), sessionVersion: sql`${users.sessionVersion} + 1` };
const updated = await db
  .update(users)
  .set(set)
  .where(eq(users.username, username.toLowerCase()))
  .returning({ id: users.id });
client.close();
if (updated.length === 0) {
  console.error(`No account named ${username}.`);
  process.exit(1);
}
console.log(
  action === "admin"
    ? `${username} is now an admin.`
    : `${username} is disabled; every session has ended.`,
);
