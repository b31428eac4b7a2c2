// The provider's half of a refund, handed to orders/refunds.server: Stripe with the refund's
// idempotency key, or the local test provider, which then reports charge.refunded through the real
// webhook path as Stripe would.
import crypto from "node:crypto";
import type { RefundProvider } from "~/orders/refunds.server";
import { prisma } from "~/utils/db.server";
import { STRIPE_CURRENCY } from "./amount";
import { stripe, webhookSecret } from "./stripe.server";
import { handleStripeWebhook } from "./webhook.server";

/** The test provider's stand-in for Stripe's charge.refunded event, signed and handled like a real one. */
async function reportLocalRefund(paymentId: number) {
  const payment = await prisma.payment.findUniqueOrThrow({ where: { id: paymentId } });
  const refunded = await prisma.refund.aggregate({ where: { paymentId, status: "SUCCEEDED" }, _sum: { amount: true } });
  const payload = JSON.stringify({
    id: `evt_local_${crypto.randomBytes(12).toString("hex")}`,
    object: "event",
    type: "charge.refunded",
    created: Math.floor(Date.now() / 1000),
    data: {
      object: {
        id: `ch_local_${payment.id}`,
        object: "charge",
        amount: payment.amount,
        amount_refunded: refunded._sum.amount ?? 0,
        currency: STRIPE_CURRENCY,
        payment_intent: payment.paymentIntent,
        refunded: (refunded._sum.amount ?? 0) >= payment.amount,
      },
    },
  });
  const signature = stripe.webhooks.generateTestHeaderString({ payload, secret: webhookSecret });
  await handleStripeWebhook(payload, signature);
}

export const refundProvider: RefundProvider = {
  async send(payment, refund) {
    if (payment.provider === "stripe") {
      const created = await stripe.refunds.create(
        {
          payment_intent: payment.paymentIntent!,
          amount: refund.amount,
          reason: "requested_by_customer",
          metadata: { orderId: String(refund.orderId), refundId: String(refund.id) },
        },
        { idempotencyKey: refund.idempotencyKey },
      );
      const status = created.status === "succeeded" ? "SUCCEEDED" : created.status === "failed" ? "FAILED" : "PENDING";
      return { providerRefund: created.id, status };
    }
    return { providerRefund: `re_local_${crypto.randomBytes(12).toString("hex")}`, status: "SUCCEEDED" };
  },
  async afterRefund(payment) {
    if (payment.provider !== "stripe") await reportLocalRefund(payment.id);
  },
};
