// Decoding of the provider's event objects. A signed event is trusted to come from Stripe, not to have
// the fields this shop needs: anything it can't use is answered "ignored" instead of failing midway.
import { z } from "zod";

const idOf = z
  .union([z.string().min(1), z.object({ id: z.string().min(1) }).passthrough()])
  .transform((value) => (typeof value === "string" ? value : value.id));
const won = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

const sessionSchema = z.object({
  id: z.string().min(1),
  metadata: z.record(z.string()).nullish(),
  client_reference_id: z.string().nullish(),
  payment_status: z.string(),
  amount_total: won.nullable(),
  currency: z.string().nullable(),
  payment_intent: idOf.nullish(),
});

const chargeSchema = z.object({ payment_intent: idOf, amount_refunded: won, currency: z.string() });

const refundSchema = z.object({ id: z.string().min(1), status: z.string().nullish() });

export type DecodedSession = {
  checkoutSession: string;
  orderId: number;
  paid: boolean;
  /** What was paid, in won; null when it was not in won. */
  paidWon: number | null;
  paymentIntent: string | null;
};

/** The order id a session carries (metadata first, then client_reference_id), or null. */
function orderIdOf(session: z.infer<typeof sessionSchema>) {
  const raw = session.metadata?.orderId ?? session.client_reference_id;
  if (typeof raw !== "string" || !/^[1-9][0-9]{0,15}$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

export function decodeSession(object: unknown, currency: string): DecodedSession | null {
  const parsed = sessionSchema.safeParse(object);
  if (!parsed.success) return null;
  const orderId = orderIdOf(parsed.data);
  if (orderId === null) return null;
  const session = parsed.data;
  return {
    checkoutSession: session.id,
    orderId,
    paid: session.payment_status === "paid",
    paidWon: session.currency?.toLowerCase() === currency ? session.amount_total : null,
    paymentIntent: session.payment_intent ?? null,
  };
}

export function decodeCharge(object: unknown, currency: string) {
  const parsed = chargeSchema.safeParse(object);
  if (!parsed.success || parsed.data.currency.toLowerCase() !== currency) return null;
  return { paymentIntent: parsed.data.payment_intent, refundedWon: parsed.data.amount_refunded };
}

export function decodeRefund(object: unknown) {
  const parsed = refundSchema.safeParse(object);
  if (!parsed.success) return null;
  const status = parsed.data.status === "succeeded" ? "SUCCEEDED" : parsed.data.status === "failed" ? "FAILED" : null;
  return { providerRefund: parsed.data.id, status } as const;
}

/** The `t=` of a Stripe-Signature header, in seconds; null when absent. */
export function signatureTimestamp(header: string): number | null {
  const match = /(?:^|,)\s*t=(\d{1,12})(?:,|$)/.exec(header);
  return match ? Number(match[1]) : null;
}
