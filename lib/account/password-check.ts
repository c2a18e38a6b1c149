import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { users } from "@/db/schema";
import { verifyPassword } from "../auth/password";
import { AppError, unauthenticated } from "../errors";
import { accountText } from "./text";

/**
 * Re-checks the signed-in account's password before an operation a stolen session must not do
 * on its own (new recovery codes, deleting the account). Accounts without a password (OAuth
 * only) cannot pass it.
 */
export async function requirePassword(userId: string, password: string): Promise<void> {
  const [user] = await db
    .select({ passwordHash: users.passwordHash, deletedAt: users.deletedAt })
    .from(users)
    .where(eq(users.id, userId));
  if (!user || user.deletedAt) throw unauthenticated();
  if (!user.passwordHash) throw new AppError(403, accountText.recovery.noPassword);
  if (!(await verifyPassword(user.passwordHash, password)))
    throw new AppError(403, accountText.password.wrong, {
      password: [accountText.password.wrong],
    });
}
