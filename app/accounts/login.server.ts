import { createRateLimiter } from "~/utils/rate-limit.server";
import type { Role } from "./roles";
import { authenticate, createSession } from "./session.server";

// Failed attempts per account and per client address: slows guessing one password and spraying many accounts.
const perAccount = createRateLimiter({ limit: 5, windowMs: 15 * 60_000 });
const perClient = createRateLimiter({ limit: 20, windowMs: 15 * 60_000 });

export type LoginResult = { setCookie: string; user: { role: Role } } | { error: "INVALID" | "RATE_LIMITED" };

export async function logIn(email: string, password: string, clientKey: string): Promise<LoginResult> {
  const account = email.trim().toLowerCase();
  // Only failures count, so staff signing in many times a day (or a shared office address) never lock out.
  if (perClient.blocked(clientKey) || perAccount.blocked(account)) return { error: "RATE_LIMITED" };
  const user = await authenticate(account, password);
  if (!user) {
    perClient.hit(clientKey);
    perAccount.hit(account);
    return { error: "INVALID" };
  }
  perAccount.forget(account);
  return { setCookie: await createSession(user.id), user: { role: user.role as Role } };
}
