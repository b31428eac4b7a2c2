import Stripe from "stripe";
import { afterAll, beforeEach } from "vitest";
import { startStripeStandIn } from "./stripe-stand-in";

// The refund tests' setup (import it before anything that reads the environment): the real Stripe SDK,
// pointed at the local stand-in; the webhook secret signs the charge.refunded events.
export const standIn = await startStripeStandIn();
const WEBHOOK_SECRET = "whsec_refundtest0123456789";
process.env.STRIPE_SECRET_KEY = "sk_test_refunds_0123456789";
process.env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET;
process.env.STRIPE_API_BASE = standIn.url;

// (Everything that reads the environment is imported after it is set.)
export const { paidOrder, staffUserId } = await import("./orders");
export const { STAFF } = await import("./staff");
export const { prisma } = await import("~/utils/db.server");
const refunds = await import("~/orders/refunds.server");
const { refundProvider } = await import("~/payments/refund-provider.server");
type RefundInput = Parameters<typeof refunds.refundPart>[0];
type WholeOrderInput = Parameters<typeof refunds.refundWholeOrder>[0];
/** The orders/ commands with the real provider (Stripe, here the stand-in), as the admin route wires them. */
export const refundPart = (input: RefundInput) => refunds.refundPart(input, refundProvider);
export const refundWholeOrder = (input: WholeOrderInput) => refunds.refundWholeOrder(input, refundProvider);
export const { refundRefusalMessage } = await import("~/orders/refund-messages");
const { handleStripeWebhook } = await import("~/payments/webhook.server");
export const { acceptFulfilments, shipFulfilment } = await import("~/fulfilment/fulfilment.server");

afterAll(() => standIn.close());
beforeEach(() => {
  standIn.requests.length = 0;
});

export const refundCalls = () => standIn.requests.filter((r) => r.method === "POST" && r.path === "/v1/refunds");
let keyCounter = 0;
export const newKey = () => `refund-key-${Date.now()}-${++keyCounter}`;

/** A signed Stripe event, handled by the real webhook code. */
export async function stripeEvent(type: string, object: Record<string, unknown>) {
  const payload = JSON.stringify({
    id: `evt_refund_${++keyCounter}_${Date.now()}`,
    object: "event",
    type,
    created: Math.floor(Date.now() / 1000),
    data: { object },
  });
  const signature = new Stripe("sk_test_unused").webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET });
  return handleStripeWebhook(payload, signature);
}

/** What Stripe sends after a refund: the charge with its cumulative refunded amount. */
export function chargeRefunded(paymentIntent: string, amount: number, amountRefunded: number) {
  return stripeEvent("charge.refunded", {
    id: `ch_${paymentIntent}`,
    object: "charge",
    amount,
    amount_refunded: amountRefunded,
    currency: "krw",
    payment_intent: paymentIntent,
  });
}

export async function admin() {
  return (await staffUserId(prisma, STAFF.admin)).userId;
}

const { refundedOf, refundRowsSelect } = await import("~/orders/refundable");
/** What a part has refunded, by the app's one rule (its pending and succeeded refund rows). */
export async function partRefunded(fulfilmentId: number): Promise<number> {
  const part = await prisma.fulfilment.findUniqueOrThrow({
    where: { id: fulfilmentId },
    select: { refunds: refundRowsSelect },
  });
  return refundedOf(part.refunds);
}
