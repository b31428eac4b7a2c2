import { createLimiter } from "~/utils/rate-limit.server";
import type { Role } from "./roles";
import { authenticate, createSession } from "./session.server";

// Every attempt is counted before its password is checked, so a burst sent at once gets no more checks than
// the limit. Guessing one account from one address slows to 5 tries per 15 minutes for that pair only: the
// account's owner elsewhere (and other accounts behind the same address) still sign in. One address spraying
// many accounts meets a higher per-address limit, high enough for an office behind one NAT.
export const LOGIN_LIMITS = {
  perAccountAndAddress: { points: 5, durationSeconds: 15 * 60 },
  perAddress: { points: 50, durationSeconds: 15 * 60 },
} as const;
const perAccountAndAddress = createLimiter({ name: "login-account-address", ...LOGIN_LIMITS.perAccountAndAddress });
const perAddress = createLimiter({ name: "login-address", ...LOGIN_LIMITS.perAddress });

export type LoginResult =
  | { setCookie: string; user: { role: Role } }
  | { error: "INVALID" }
  | { error: "RATE_LIMITED"; retryAfterSeconds: number };

export async function logIn(email: string, password: string, clientKey: string): Promise<LoginResult> {
  const account = email.trim().toLowerCase();
  const pair = `${account}\n${clientKey}`;
  const address = await perAddress.take(clientKey);
  if (!address.allowed) return { error: "RATE_LIMITED", retryAfterSeconds: address.retryAfterSeconds };
  const tries = await perAccountAndAddress.take(pair);
  if (!tries.allowed) return { error: "RATE_LIMITED", retryAfterSeconds: tries.retryAfterSeconds };
  const user = await authenticate(account, password);
  if (!user) return { error: "INVALID" };
  // Staff signing in all day (or a whole office behind one address) never run into the limits.
  await Promise.all([perAccountAndAddress.forget(pair), perAddress.giveBack(clientKey)]);
  return { setCookie: await createSession(user.id), user: { role: user.role } };
}
