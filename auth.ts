import NextAuth, { type NextAuthConfig } from "next-auth";
import { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { database } from "@/db";
import { accounts, users } from "@/db/schema";
import { signInSchema } from "@/lib/validation/users";
import { activeAccount, checkCredentials, endAllSessions, sessionUser } from "@/lib/users";
import { AppError } from "@/lib/errors";
import { clientAddress, throttle } from "@/lib/rate-limit";
import { sameSiteTarget } from "@/lib/edge/same-site";

declare module "next-auth" {
  interface Session {
    user: { id: string; name: string; role: "user" | "admin"; mustChangePassword: boolean };
    /** This session's own id: a password change keeps it and ends the account's others. */
    sessionId?: string;
  }
}

// OAuth providers switch on when their credentials are configured.
const oauth = [
  process.env.AUTH_GITHUB_ID && process.env.AUTH_GITHUB_SECRET ? GitHub : null,
  process.env.AUTH_GOOGLE_ID && process.env.AUTH_GOOGLE_SECRET ? Google : null,
].filter((p) => p !== null);

const config: NextAuthConfig = {
  trustHost: true,
  session: { strategy: "jwt" },
  pages: { signIn: "/sign-in" },
  // The adapter only stores OAuth users and their linked accounts; credentials need none.
  adapter:
    oauth.length > 0
      ? DrizzleAdapter(database(), { usersTable: users, accountsTable: accounts } as never)
      : undefined,
  providers: [
    Credentials({
      credentials: {
        username: { label: "Username" },
        password: { label: "Password", type: "password" },
      },
      // The throttle counts the very values checked here, whichever way they arrived (the
      // credentials endpoint or the sign-in form's server action).
      async authorize(raw, request) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const { username, password } = parsed.data;
        const address = clientAddress(request.headers);
        const guard = throttle("sign-in", username, address);
        try {
          await guard.attempt();
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          logSignIn("sign-in-throttled", username, address);
          throw new SignInThrottled();
        }
        const user = await checkCredentials(username, password);
        if (!user) {
          logSignIn("sign-in-failed", username, address);
          return null;
        }
        await guard.succeeded();
        return { id: user.id, name: user.name };
      },
    }),
    ...oauth,
  ],
  callbacks: {
    // Auth.js's callbackUrl: only a place on this site.
    redirect: ({ url, baseUrl }) => sameSiteTarget(url, baseUrl),
    // Every request re-checks the account: a token whose session version is behind the
    // account's (signed out everywhere, disabled, password changed elsewhere) stops working at
    // once. Each sign-in gets its own session id, so a password change can keep its own session.
    async jwt({ token, user }) {
      if (user?.id) {
        const fresh = await activeAccount(user.id);
        return fresh
          ? { ...token, uid: fresh.id, sv: fresh.sessionVersion, sid: crypto.randomUUID() }
          : null;
      }
      if (typeof token.uid !== "string" || typeof token.sv !== "number") return null;
      const sid = typeof token.sid === "string" ? token.sid : null;
      const live = await sessionUser(token.uid, token.sv, sid);
      return live
        ? {
            ...token,
            sv: live.sessionVersion,
            name: live.name,
            role: live.role,
            mcp: live.mustChangePassword,
          }
        : null;
    },
    session({ session, token }) {
      session.user = {
        ...session.user,
        id: token.uid as string,
        name: (token.name as string) ?? "",
        role: (token.role as "user" | "admin") ?? "user",
        mustChangePassword: token.mcp === true,
      };
      if (typeof token.sid === "string") session.sessionId = token.sid;
      return session;
    },
  },
  logger: {
    // A wrong password is an expected answer (the form says so, and it is rate limited),
    // not a server error: keep it out of the error log so real errors stand out.
    error(error) {
      if (error instanceof CredentialsSignin) return;
      // A client asking for something Auth.js does not do is the client's mistake: one line.
      const type = (error as { type?: string }).type;
      if (type === "UnknownAction" || type === "MissingCSRF" || type === "InvalidProvider") {
        const at = new Date().toISOString();
        console.warn(JSON.stringify({ at, level: "warn", event: "auth-refused", type }));
        return;
      }
      console.error(`[auth][error] ${error.name}: ${error.message}`, error.cause ?? "");
    },
  },
  events: {
    async signOut(message) {
      if ("token" in message && typeof message.token?.uid === "string")
        await endAllSessions(message.token.uid);
    },
  },
};

/** A sign-in refused because its account+address or address is throttled (see lib/rate-limit). */
export class SignInThrottled extends CredentialsSignin {
  code = "throttled";
}

/** One structured warning line per refused sign-in, for log-based alerting. */
function logSignIn(event: string, username: string, address: string) {
  console.warn(
    JSON.stringify({ at: new Date().toISOString(), level: "warn", event, username, address }),
  );
}

export const { handlers, auth, signIn, signOut } = NextAuth(config);
