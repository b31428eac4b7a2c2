// What the payment provider's news does to an order. payments/ verifies and decodes the provider's
// events and calls these inside its transaction; each is a conditional update, so a late or repeated
// event (an `expired` after `completed`, a webhook retried) changes nothing.
import type { Prisma } from "~/generated/prisma/client";
import { queueOrderNotification } from "~/notifications/notifications.server";
import { releaseReservedStock, transitionOrder } from "./orders.server";

type Tx = Prisma.TransactionClient;

/** A checkout session as the provider names it: its id and the order id it carries. */
export type SessionRef = { checkoutSession: string; orderId: number };

async function orderForSession(tx: Tx, ref: SessionRef) {
  if (!Number.isSafeInteger(ref.orderId)) return null;
  const order = await tx.order.findUnique({
    where: { id: ref.orderId },
    select: { id: true, total: true, status: true },
  });
  if (!order) return null;
  // The session must be one this order opened.
  const payment = await tx.payment.findUnique({ where: { checkoutSession: ref.checkoutSession } });
  if (!payment || payment.orderId !== order.id) return null;
  return { order, payment };
}

/** Notes the payment intent of a completed session; false when the session is not one of ours. */
export async function recordPaymentIntent(tx: Tx, ref: SessionRef, paymentIntent: string | null): Promise<boolean> {
  const found = await orderForSession(tx, ref);
  if (!found) return false;
  if (paymentIntent) await tx.payment.update({ where: { id: found.payment.id }, data: { paymentIntent } });
  return true;
}

/** Paid: only for exactly what the order costs (`paidWon` null = not in won). Queues the customer's email. */
export async function markOrderPaid(tx: Tx, ref: SessionRef, paidWon: number | null): Promise<string> {
  const found = await orderForSession(tx, ref);
  if (!found) return "unknown order";
  if (paidWon !== found.order.total) {
    console.error(`Payment amount mismatch for order ${found.order.id}: ${paidWon} won`);
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

/** The payment failed or its page expired: the order ends and its stock goes back. */
export async function endUnpaidPayment(tx: Tx, ref: SessionRef, to: "EXPIRED" | "PAYMENT_FAILED"): Promise<string> {
  const found = await orderForSession(tx, ref);
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

/** The provider's cumulative refunded amount for a payment: the order's refund state follows it. */
export async function recordChargeRefunded(tx: Tx, paymentIntent: string, refundedWon: number): Promise<string> {
  const payment = await tx.payment.findFirst({ where: { paymentIntent } });
  if (!payment) return "unknown payment";
  const refunded = Math.max(payment.refundedAmount, refundedWon);
  await tx.payment.update({ where: { id: payment.id }, data: { refundedAmount: refunded } });
  const to = refunded >= payment.amount ? "REFUNDED" : "PARTIALLY_REFUNDED";
  const applied = await transitionOrder(tx, payment.orderId, to);
  return applied ? to.toLowerCase() : "unchanged";
}

/**
 * A refund the provider first accepted (pending) and later settled or failed. A failure gives the
 * amount back to what the part can still refund; the admin sees it as 실패.
 */
export async function settleRefund(tx: Tx, providerRefund: string, status: "SUCCEEDED" | "FAILED"): Promise<string> {
  const known = await tx.refund.findUnique({ where: { providerRefund } });
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
