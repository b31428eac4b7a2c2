import { createRateLimiter } from "~/utils/rate-limit.server";
import { findOrderForLookup } from "./orders.server";

// Ten tries per address per ten minutes: enough for typos, too few to guess order numbers.
const limiter = createRateLimiter({ limit: 10, windowMs: 10 * 60_000 });

export type LookupResult = { token: string } | { error: "RATE_LIMITED" | "NOT_FOUND" };

/** 비회원 주문조회. The same answer for a wrong number and a wrong phone. */
export async function lookupOrder(number: string, phoneDigits: string, clientKey: string): Promise<LookupResult> {
  if (!limiter.hit(clientKey)) return { error: "RATE_LIMITED" };
  const token = await findOrderForLookup(number, phoneDigits);
  return token ? { token } : { error: "NOT_FOUND" };
}
