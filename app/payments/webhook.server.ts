import type Stripe from "stripe";
import { Prisma } from "~/generated/prisma/client";
import { kickNotificationDelivery } from "~/notifications/notifications.server";
import {
  endUnpaidPayment,
  markOrderPaid,
  recordChargeRefunded,
  recordPaymentIntent,
  settleRefund,
  type SessionRef,
} from "~/orders/payment-events.server";
import { prisma } from "~/utils/db.server";
import { STRIPE_CURRENCY } from "./amount";
import { stripe, webhookSecret } from "./stripe.server";

type Tx = Parameters<Parameters<typeof prisma.$transaction>[0]>[0];
export type WebhookOutcome = { status: 200 | 400; body: string };

/** Verifies a webhook request's signature over the raw body, then applies the event once. */
export async function handleStripeWebhook(rawBody: string, signature: string | null): Promise<WebhookOutcome> {
  if (!signature) return { status: 400, body: "missing Stripe-Signature header" };
  let event: Stripe.Event;
  try {
    event = await stripe.webhooks.constructEventAsync(rawBody, signature, webhookSecret);
  } catch {
    return { status: 400, body: "invalid signature" };
  }
  const result = await applyEvent(event);
  return { status: 200, body: result };
}

/**
 * Records the event id and applies its change in one transaction: a duplicate (even one arriving at the
 * same moment) fails on the primary key and changes nothing.
 */
export async function applyEvent(event: Stripe.Event): Promise<string> {
  try {
    const result = await prisma.$transaction(async (tx) => {
      await tx.webhookEvent.create({ data: { id: event.id, type: event.type } });
      return dispatch(tx, event);
    });
    // Emails queued by the change go out after it committed.
    kickNotificationDelivery();
    return result;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return "duplicate";
    throw error;
  }
}

async function dispatch(tx: Tx, event: Stripe.Event): Promise<string> {
  switch (event.type) {
    case "checkout.session.completed":
      return applyCompletedSession(tx, event.data.object);
    case "checkout.session.async_payment_succeeded":
      return markPaid(tx, event.data.object);
    case "checkout.session.async_payment_failed":
      return endUnpaidPayment(tx, sessionRef(event.data.object), "PAYMENT_FAILED");
    case "checkout.session.expired":
      return endUnpaidPayment(tx, sessionRef(event.data.object), "EXPIRED");
    case "charge.refunded":
      return applyRefund(tx, event.data.object);
    case "refund.updated":
    case "refund.failed":
      return applyRefundStatus(tx, event.data.object);
    default:
      return "ignored";
  }
}

function sessionRef(session: Stripe.Checkout.Session): SessionRef {
  return { checkoutSession: session.id, orderId: Number(session.metadata?.orderId ?? session.client_reference_id) };
}

/** checkout.session.completed: paid now, or (bank transfers) later through async_payment_* events. */
export async function applyCompletedSession(tx: Tx, session: Stripe.Checkout.Session): Promise<string> {
  const paymentIntent =
    typeof session.payment_intent === "string" ? session.payment_intent : (session.payment_intent?.id ?? null);
  if (!(await recordPaymentIntent(tx, sessionRef(session), paymentIntent))) return "unknown order";
  if (session.payment_status !== "paid") return "awaiting payment";
  return markPaid(tx, session);
}

function markPaid(tx: Tx, session: Stripe.Checkout.Session): Promise<string> {
  const paidWon = session.currency === STRIPE_CURRENCY ? session.amount_total : null;
  return markOrderPaid(tx, sessionRef(session), paidWon);
}

/** charge.refunded: the refund state follows the charge's cumulative refunded amount. */
async function applyRefund(tx: Tx, charge: Stripe.Charge): Promise<string> {
  const paymentIntent = typeof charge.payment_intent === "string" ? charge.payment_intent : charge.payment_intent?.id;
  if (!paymentIntent) return "no payment intent";
  return recordChargeRefunded(tx, paymentIntent, charge.amount_refunded);
}

/** refund.updated / refund.failed: a pending refund settled or failed. */
async function applyRefundStatus(tx: Tx, refund: Stripe.Refund): Promise<string> {
  const status = refund.status === "succeeded" ? "SUCCEEDED" : refund.status === "failed" ? "FAILED" : null;
  if (!status) return "ignored";
  return settleRefund(tx, refund.id, status);
}
