import crypto from "node:crypto";
import type Stripe from "stripe";
import { kickNotificationDelivery } from "~/notifications/notifications.server";
import { prisma } from "~/utils/db.server";
import { STRIPE_CURRENCY } from "./amount";
import { stripe, testPaymentsEnabled, webhookSecret } from "./stripe.server";
import { applyRetrievedSession, handleStripeWebhook } from "./webhook.server";

/**
 * The success page's check: asks Stripe for the session and applies it through the same idempotent
 * function as the webhook. The query string only names the session; it never decides the state.
 */
export async function confirmCheckoutSession(sessionId: string) {
  const payment = await prisma.payment.findUnique({
    where: { checkoutSession: sessionId },
    select: { provider: true, order: { select: { lookupToken: true } } },
  });
  if (!payment) return null;
  if (payment.provider === "stripe") {
    const session = await stripe.checkout.sessions.retrieve(sessionId);
    if (session.status === "complete") {
      await prisma.$transaction((tx) => applyRetrievedSession(tx, session));
      kickNotificationDelivery();
    }
  }
  return payment.order.lookupToken;
}

export type TestOutcome = "success" | "fail" | "expire";

const EVENT_FOR: Record<TestOutcome, Stripe.Event.Type> = {
  success: "checkout.session.completed",
  fail: "checkout.session.async_payment_failed",
  expire: "checkout.session.expired",
};

/** What the built-in test payment page shows: the open session of an order, or null. */
export async function getTestSession(sessionId: string) {
  if (!testPaymentsEnabled()) return null;
  return prisma.payment.findFirst({
    where: { checkoutSession: sessionId, provider: "test" },
    select: {
      checkoutSession: true,
      amount: true,
      status: true,
      order: { select: { id: true, number: true, status: true, total: true, lookupToken: true } },
    },
  });
}

/**
 * The test payment page's buttons: builds the event Stripe would send, signs it with the webhook
 * secret and hands it to the webhook handler, so the order changes exactly as with real Stripe.
 */
export async function simulateTestPayment(sessionId: string, outcome: TestOutcome) {
  const payment = await getTestSession(sessionId);
  if (!payment) return null;
  const session = {
    id: payment.checkoutSession,
    object: "checkout.session",
    amount_total: payment.amount,
    currency: STRIPE_CURRENCY,
    client_reference_id: String(payment.order.id),
    metadata: { orderId: String(payment.order.id), orderNumber: payment.order.number },
    payment_intent: outcome === "expire" ? null : `pi_local_${crypto.randomBytes(12).toString("hex")}`,
    payment_status: outcome === "success" ? "paid" : "unpaid",
    status: outcome === "expire" ? "expired" : "complete",
  };
  const payload = JSON.stringify({
    id: `evt_local_${crypto.randomBytes(12).toString("hex")}`,
    object: "event",
    type: EVENT_FOR[outcome],
    created: Math.floor(Date.now() / 1000),
    data: { object: session },
  });
  const signature = stripe.webhooks.generateTestHeaderString({ payload, secret: webhookSecret });
  const result = await handleStripeWebhook(payload, signature);
  if (result.status !== 200) throw new Error(`test payment event rejected: ${result.body}`);
  return { lookupToken: payment.order.lookupToken, result: result.body };
}
