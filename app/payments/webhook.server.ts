import type Stripe from "stripe";
import { Prisma } from "~/generated/prisma/client";
import { kickNotificationDelivery } from "~/notifications/notifications.server";
import {
  endUnpaidPayment,
  markOrderPaid,
  recordChargeRefunded,
  recordPaymentIntent,
  settleRefund,
} from "~/orders/payment-events.server";
import { prisma } from "~/utils/db.server";
import { STRIPE_CURRENCY } from "./amount";
import { stripe, webhookSecret } from "./stripe.server";
import { decodeCharge, decodeRefund, decodeSession, signatureTimestamp, type DecodedSession } from "./webhook-events";
import { isUniqueViolation } from "~/utils/db-errors.server";

type Tx = Prisma.TransactionClient;
export type WebhookOutcome = { status: 200 | 400; body: string };

/** Stripe's default: an event signed more than 5 minutes from now, either way, is refused. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

/** Verifies a webhook request's signature over the raw body, then applies the event once. */
export async function handleStripeWebhook(rawBody: string, signature: string | null): Promise<WebhookOutcome> {
  if (!signature) return { status: 400, body: "missing Stripe-Signature header" };
  let event: Stripe.Event;
  try {
    event = await stripe.webhooks.constructEventAsync(rawBody, signature, webhookSecret, SIGNATURE_TOLERANCE_SECONDS);
  } catch {
    return { status: 400, body: "invalid signature" };
  }
  // The SDK only refuses old timestamps; one from the future is refused here too.
  const signedAt = signatureTimestamp(signature);
  if (signedAt === null || Math.abs(Date.now() / 1000 - signedAt) > SIGNATURE_TOLERANCE_SECONDS) {
    return { status: 400, body: "timestamp outside the tolerance" };
  }
  if (typeof event.id !== "string" || !event.id || typeof event.type !== "string" || !event.data?.object) {
    return { status: 400, body: "not an event" };
  }
  return { status: 200, body: await applyEvent(event) };
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
    if (result.startsWith("ignored")) console.warn(`Stripe event ${event.id} (${event.type}) ${result}`);
    // Emails queued by the change go out after it committed.
    kickNotificationDelivery();
    return result;
  } catch (error) {
    if (isUniqueViolation(error)) return "duplicate";
    throw error;
  }
}

async function dispatch(tx: Tx, event: Stripe.Event): Promise<string> {
  const object: unknown = event.data.object;
  switch (event.type) {
    case "checkout.session.completed":
      return withSession(object, (s) => applyCompletedSession(tx, s, event.id));
    case "checkout.session.async_payment_succeeded":
      return withSession(object, (s) => markOrderPaid(tx, s, { paidWon: s.paidWon, eventId: event.id }));
    case "checkout.session.async_payment_failed":
      return withSession(object, (s) => endUnpaidPayment(tx, s, "PAYMENT_FAILED"));
    case "checkout.session.expired":
      return withSession(object, (s) => endUnpaidPayment(tx, s, "EXPIRED"));
    case "charge.refunded": {
      const charge = decodeCharge(object, STRIPE_CURRENCY);
      if (!charge) return "ignored (charge without a won refund amount or payment intent)";
      return recordChargeRefunded(tx, charge.paymentIntent, charge.refundedWon, event.id);
    }
    case "refund.updated":
    case "refund.failed": {
      const refund = decodeRefund(object);
      if (!refund) return "ignored (refund without an id)";
      if (!refund.status) return "ignored";
      return settleRefund(tx, refund.providerRefund, refund.status);
    }
    default:
      return "ignored";
  }
}

function withSession(object: unknown, apply: (session: DecodedSession) => Promise<string>) {
  const session = decodeSession(object, STRIPE_CURRENCY);
  return session ? apply(session) : Promise.resolve("ignored (session without an order)");
}

/** checkout.session.completed: paid now, or (bank transfers) later through async_payment_* events. */
export async function applyCompletedSession(tx: Tx, session: DecodedSession, eventId: string | null) {
  if (!(await recordPaymentIntent(tx, session, session.paymentIntent))) return "unknown order";
  if (!session.paid) return "awaiting payment";
  return markOrderPaid(tx, session, { paidWon: session.paidWon, eventId });
}

/** The success page's check reads the session from Stripe and applies it like its webhook. */
export function applyRetrievedSession(tx: Tx, session: Stripe.Checkout.Session) {
  const decoded = decodeSession(session, STRIPE_CURRENCY);
  return decoded ? applyCompletedSession(tx, decoded, null) : Promise.resolve("ignored (session without an order)");
}
