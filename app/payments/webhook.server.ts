import type Stripe from "stripe";
import { releaseReservedStock, transitionOrder } from "~/checkout/orders.server";
import { Prisma } from "~/generated/prisma/client";
import { kickNotificationDelivery, queueOrderNotification } from "~/notifications/notifications.server";
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
      return endUnpaid(tx, event.data.object, "PAYMENT_FAILED");
    case "checkout.session.expired":
      return endUnpaid(tx, event.data.object, "EXPIRED");
    case "charge.refunded":
      return applyRefund(tx, event.data.object);
    case "refund.updated":
    case "refund.failed":
      return applyRefundStatus(tx, event.data.object);
    default:
      return "ignored";
  }
}

async function orderForSession(tx: Tx, session: Stripe.Checkout.Session) {
  const id = Number(session.metadata?.orderId ?? session.client_reference_id);
  if (!Number.isSafeInteger(id)) return null;
  const order = await tx.order.findUnique({ where: { id }, select: { id: true, total: true, status: true } });
  if (!order) return null;
  // The session must be one this order opened, for exactly what the order costs.
  const payment = await tx.payment.findUnique({ where: { checkoutSession: session.id } });
  if (!payment || payment.orderId !== order.id) return null;
  return { order, payment };
}

/** checkout.session.completed: paid now, or (bank transfers) later through async_payment_* events. */
export async function applyCompletedSession(tx: Tx, session: Stripe.Checkout.Session): Promise<string> {
  const found = await orderForSession(tx, session);
  if (!found) return "unknown order";
  const paymentIntent =
    typeof session.payment_intent === "string" ? session.payment_intent : (session.payment_intent?.id ?? null);
  if (paymentIntent) await tx.payment.update({ where: { id: found.payment.id }, data: { paymentIntent } });
  if (session.payment_status !== "paid") return "awaiting payment";
  return markPaid(tx, session);
}

async function markPaid(tx: Tx, session: Stripe.Checkout.Session): Promise<string> {
  const found = await orderForSession(tx, session);
  if (!found) return "unknown order";
  if (session.currency !== STRIPE_CURRENCY || session.amount_total !== found.order.total) {
    console.error(`Payment amount mismatch for order ${found.order.id}: ${session.amount_total} ${session.currency}`);
    return "amount mismatch";
  }
  const applied = await transitionOrder(tx, found.order.id, "PAID", { paidAt: new Date() });
  if (applied) {
    await tx.payment.update({ where: { id: found.payment.id }, data: { status: "PAID" } });
    await queueOrderNotification(tx, {
      orderId: found.order.id,
      kind: "ORDER_PAID",
      dedupeKey: `paid:${found.order.id}`,
    });
  }
  return applied ? "paid" : `unchanged (${found.order.status})`;
}

async function endUnpaid(tx: Tx, session: Stripe.Checkout.Session, to: "EXPIRED" | "PAYMENT_FAILED"): Promise<string> {
  const found = await orderForSession(tx, session);
  if (!found) return "unknown order";
  const applied = await transitionOrder(tx, found.order.id, to);
  if (!applied) return `unchanged (${found.order.status})`;
  await releaseReservedStock(tx, found.order.id);
  await tx.payment.update({
    where: { id: found.payment.id },
    data: { status: to === "EXPIRED" ? "EXPIRED" : "FAILED" },
  });
  return to.toLowerCase();
}

/** charge.refunded: the refund state follows the charge's cumulative refunded amount. */
async function applyRefund(tx: Tx, charge: Stripe.Charge): Promise<string> {
  const paymentIntent = typeof charge.payment_intent === "string" ? charge.payment_intent : charge.payment_intent?.id;
  if (!paymentIntent) return "no payment intent";
  const payment = await tx.payment.findFirst({ where: { paymentIntent } });
  if (!payment) return "unknown payment";
  const refunded = Math.max(payment.refundedAmount, charge.amount_refunded);
  await tx.payment.update({ where: { id: payment.id }, data: { refundedAmount: refunded } });
  const to = refunded >= payment.amount ? "REFUNDED" : "PARTIALLY_REFUNDED";
  const applied = await transitionOrder(tx, payment.orderId, to);
  return applied ? to.toLowerCase() : "unchanged";
}

/**
 * refund.updated / refund.failed: a refund Stripe first accepted (pending) and later settled or failed.
 * A failure gives the amount back to what the part can still refund; the admin sees it as 실패.
 */
async function applyRefundStatus(tx: Tx, refund: Stripe.Refund): Promise<string> {
  const status = refund.status === "succeeded" ? "SUCCEEDED" : refund.status === "failed" ? "FAILED" : null;
  if (!status) return "ignored";
  const known = await tx.refund.findUnique({ where: { providerRefund: refund.id } });
  if (!known) return "unknown refund";
  const changed = await tx.refund.updateMany({
    where: { id: known.id, status: { in: status === "FAILED" ? ["PENDING", "SUCCEEDED"] : ["PENDING"] } },
    data: { status },
  });
  if (changed.count === 1 && status === "FAILED" && known.fulfilmentId !== null) {
    await tx.fulfilment.update({
      where: { id: known.fulfilmentId },
      data: { refundedAmount: { decrement: known.amount } },
    });
  }
  return changed.count === 1 ? status.toLowerCase() : "unchanged";
}
