// What the payment provider's news does to an order. payments/ verifies and decodes the provider's
// events and calls these inside its transaction; each is a conditional update, so a late or repeated
// event (an `expired` after `completed`, a webhook retried) changes nothing.
import type { Prisma } from "~/generated/prisma/client";
import { queueOrderNotification } from "~/notifications/notifications.server";
import { queueCenterNewOrderNotifications } from "~/notifications/center-notifications.server";
import { releaseReservedStock, transitionOrder } from "./orders.server";
import { isUnderReview, raisePaymentReview } from "./payment-review-records.server";

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

/**
 * Notes the payment intent of a completed session; false when the session is not one of ours. A payment's
 * intent, once known, is never replaced: a different one is logged and changes nothing.
 */
export async function recordPaymentIntent(tx: Tx, ref: SessionRef, paymentIntent: string | null): Promise<boolean> {
  const found = await orderForSession(tx, ref);
  if (!found) return false;
  if (!paymentIntent || found.payment.paymentIntent === paymentIntent) return true;
  const noted = await tx.payment.updateMany({
    where: { id: found.payment.id, paymentIntent: null },
    data: { paymentIntent },
  });
  if (noted.count === 0) console.warn(`Payment ${found.payment.id} keeps its payment intent; the event named another`);
  return true;
}

export type PaidReport = { paidWon: number | null; eventId: string | null };

/**
 * Paid: the order becomes 결제완료 only from 결제대기 and for exactly what it costs; the customer's email
 * is queued. Money that arrives otherwise (after the order ended, a second payment, another amount) is
 * kept on its payment and put in the admin's 확인 필요 queue, never dropped.
 */
export async function markOrderPaid(tx: Tx, ref: SessionRef, report: PaidReport): Promise<string> {
  const found = await orderForSession(tx, ref);
  if (!found) return "unknown order";
  const { order, payment } = found;
  // Winning this conditional update is what lets one event, and only one, act on this payment's money.
  const marked = await tx.payment.updateMany({
    where: { id: payment.id, status: { not: "PAID" } },
    data: { status: "PAID" },
  });
  if (marked.count === 0) return `unchanged (${order.status})`;
  const review = { orderId: order.id, paymentId: payment.id, eventId: report.eventId, amount: report.paidWon ?? 0 };
  if (report.paidWon !== order.total) {
    console.error(`Payment amount mismatch for order ${order.id}: ${report.paidWon} won`);
    await raisePaymentReview(tx, { ...review, kind: "AMOUNT_MISMATCH", orderStatus: order.status });
    return "amount mismatch (확인 필요)";
  }
  if (await transitionOrder(tx, order.id, "PAID", { paidAt: new Date() })) {
    await queueOrderNotification(tx, { orderId: order.id, kind: "ORDER_PAID", dedupeKey: `paid:${order.id}` });
    // Each producing center hears of its part at once, through the same outbox.
    await queueCenterNewOrderNotifications(tx, order.id);
    return "paid";
  }
  // Read again: under READ COMMITTED another payment of this order may have just made it 결제완료.
  const now = await tx.order.findUniqueOrThrow({ where: { id: order.id }, select: { status: true, paidAt: true } });
  const kind = now.paidAt ? "DUPLICATE_PAYMENT" : "LATE_PAYMENT";
  await raisePaymentReview(tx, { ...review, kind, orderStatus: now.status });
  return `${kind === "LATE_PAYMENT" ? "late payment" : "duplicate payment"} (확인 필요)`;
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

/**
 * The provider's cumulative refunded amount for a payment: the order's refund state follows it. Clamped to
 * what was paid (more goes to 확인 필요); ignored for a payment that was never paid; monotonic, so a late
 * or replayed event never lowers it.
 */
export async function recordChargeRefunded(
  tx: Tx,
  paymentIntent: string,
  reportedWon: number,
  eventId: string | null = null,
): Promise<string> {
  const payment = await tx.payment.findFirst({ where: { paymentIntent } });
  if (!payment) return "unknown payment";
  if (payment.status !== "PAID") return `ignored (refund on an unpaid payment ${payment.id})`;
  if (reportedWon > payment.amount) {
    const order = await tx.order.findUniqueOrThrow({ where: { id: payment.orderId }, select: { status: true } });
    await raisePaymentReview(tx, {
      orderId: payment.orderId,
      paymentId: payment.id,
      eventId,
      amount: reportedWon,
      kind: "OVER_REFUND",
      orderStatus: order.status,
    });
  }
  const refunded = Math.min(reportedWon, payment.amount);
  await tx.payment.updateMany({
    where: { id: payment.id, refundedAmount: { lt: refunded } },
    data: { refundedAmount: refunded },
  });
  if (await isUnderReview(tx, payment.id)) return "refund of a payment in 확인 필요";
  // Read back rather than max() with the row read above: a concurrent event may have raised it meanwhile.
  const { refundedAmount: recorded } = await tx.payment.findUniqueOrThrow({
    where: { id: payment.id },
    select: { refundedAmount: true },
  });
  if (recorded === 0) return "unchanged";
  const to = recorded >= payment.amount ? "REFUNDED" : "PARTIALLY_REFUNDED";
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
  return changed.count === 1 ? status.toLowerCase() : "unchanged";
}
