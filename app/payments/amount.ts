/**
 * Won → Stripe amount. KRW is a zero-decimal currency: Stripe takes whole won, so 20,000원 is sent as
 * 20000 and never multiplied by 100. Anything that is not a non-negative safe integer is a bug upstream.
 */
export function toStripeAmount(won: number): number {
  if (!Number.isSafeInteger(won) || won < 0)
    throw new RangeError(`Won amounts must be non-negative integers, got ${won}`);
  return won;
}

export const STRIPE_CURRENCY = "krw";
