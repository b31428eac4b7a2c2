import { createLimiter } from "~/utils/rate-limit.server";
import { findOrderForLookup } from "./orders.server";

// Ten failed tries per address per ten minutes: enough for typos, too few to guess order numbers. Each try
// is counted before the lookup (a burst can't overtake the count); one that finds the order gives its try
// back, so a customer (or a shop's shared address) checking real orders again and again is never locked out.
const limiter = createLimiter({ name: "order-lookup", points: 10, durationSeconds: 10 * 60 });

export type LookupResult = { token: string } | { error: "RATE_LIMITED" | "NOT_FOUND" };

/** 비회원 주문조회. The same answer for a wrong number and a wrong phone. */
export async function lookupOrder(number: string, phoneDigits: string, clientKey: string): Promise<LookupResult> {
  if (!(await limiter.take(clientKey)).allowed) return { error: "RATE_LIMITED" };
  const token = await findOrderForLookup(number, phoneDigits);
  if (!token) return { error: "NOT_FOUND" };
  await limiter.giveBack(clientKey);
  return { token };
}
