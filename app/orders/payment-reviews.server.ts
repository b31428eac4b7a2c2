// 확인 필요: the admin's actions on money no order state accounts for. Each starts by claiming the item
// with a conditional update from OPEN, so two admins (or a double click) act once.
import crypto from "node:crypto";
import { recordAudit } from "~/audit/audit.server";
import type { PaymentReviewKind, Prisma } from "~/generated/prisma/client";
import { kickNotificationDelivery, queueOrderNotification } from "~/notifications/notifications.server";
import type { CommandResult } from "~/utils/command-result";
import { prisma } from "~/utils/db.server";
import { formatWon } from "~/utils/format";
import { transitionOrder } from "./orders.server";
import { REVIEW_KIND_LABEL, RETURN_REASON } from "./payment-review-labels";
import type { RefundProvider } from "./refunds.server";

type Tx = Prisma.TransactionClient;

export type ReviewRefusal =
  "NOT_FOUND" | "NOT_OPEN" | "NOT_REVIVABLE" | "OUT_OF_STOCK" | "NOT_RETURNABLE" | "PROVIDER_FAILED";
export type ReviewResult = CommandResult<{ orderNumber: string }, ReviewRefusal, { detail?: string }>;

const REVIVABLE_FROM = ["EXPIRED", "PAYMENT_FAILED", "CANCELLED"] as const;

const reviewSelect = {
  id: true,
  kind: true,
  status: true,
  amount: true,
  paymentIntent: true,
  eventId: true,
  orderStatus: true,
  note: true,
  createdAt: true,
  resolvedAt: true,
  order: { select: { id: true, number: true, status: true, total: true, ordererName: true, paidAt: true } },
  payment: { select: { id: true, provider: true, paymentIntent: true, checkoutSession: true, amount: true } },
} satisfies Prisma.PaymentReviewSelect;

/** Open items first (oldest first: they have waited longest), then the last 20 resolved. */
export async function listPaymentReviews() {
  const [open, resolved] = await Promise.all([
    prisma.paymentReview.findMany({ where: { status: "OPEN" }, orderBy: { id: "asc" }, select: reviewSelect }),
    prisma.paymentReview.findMany({
      where: { status: { not: "OPEN" } },
      orderBy: { resolvedAt: "desc" },
      take: 20,
      select: reviewSelect,
    }),
  ]);
  return { open, resolved };
}
export type PaymentReviewRow = Awaited<ReturnType<typeof listPaymentReviews>>["open"][number];

export function countOpenPaymentReviews() {
  return prisma.paymentReview.count({ where: { status: "OPEN" } });
}

class Refused extends Error {
  constructor(public reason: ReviewRefusal) {
    super(reason);
  }
}

async function claim(tx: Tx, id: number, to: "REVIVED" | "REFUNDED" | "CLOSED", userId: number, note = "") {
  const review = await tx.paymentReview.findUnique({ where: { id }, select: reviewSelect });
  if (!review) throw new Refused("NOT_FOUND");
  const claimed = await tx.paymentReview.updateMany({
    where: { id, status: "OPEN" },
    data: { status: to, resolvedAt: new Date(), resolvedById: userId, note },
  });
  if (claimed.count !== 1) throw new Refused("NOT_OPEN");
  return review;
}

async function asResult(work: () => Promise<{ orderNumber: string }>): Promise<ReviewResult> {
  try {
    const data = await work();
    kickNotificationDelivery();
    return { ok: true, data };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, reason: error.reason };
    throw error;
  }
}

/**
 * 주문 살리기: a payment that came after the order ended takes the order up again as 결제완료, if every
 * item can be reserved again (the same conditional decrement as checkout); otherwise nothing changes.
 */
export function reviveOrder(reviewId: number, userId: number) {
  return asResult(() =>
    prisma.$transaction(async (tx) => {
      const review = await claim(tx, reviewId, "REVIVED", userId);
      if (review.kind !== "LATE_PAYMENT") throw new Refused("NOT_REVIVABLE");
      const items = await tx.orderItem.findMany({ where: { orderId: review.order.id } });
      for (const item of items) {
        if (item.variantId === null) throw new Refused("OUT_OF_STOCK");
        const reserved = await tx.productVariant.updateMany({
          where: { id: item.variantId, stock: { gte: item.quantity } },
          data: { stock: { decrement: item.quantity } },
        });
        if (reserved.count !== 1) throw new Refused("OUT_OF_STOCK");
      }
      const revived = await transitionOrder(tx, review.order.id, "PAID", { paidAt: new Date() }, [...REVIVABLE_FROM]);
      if (!revived) throw new Refused("NOT_REVIVABLE");
      await queueOrderNotification(tx, {
        orderId: review.order.id,
        kind: "ORDER_PAID",
        dedupeKey: `paid:${review.order.id}`,
      });
      await recordAudit(
        {
          userId,
          action: "order.revive",
          entity: "Order",
          entityId: review.order.id,
          detail: `확인 필요: 늦게 들어온 결제 ${formatWon(review.amount)}로 주문을 결제완료로 되살림`,
        },
        tx,
      );
      return { orderNumber: review.order.number };
    }),
  );
}

/** 전액 환불: a payment the order can't take goes back in full, and the customer is told why. */
export function returnPayment(reviewId: number, userId: number, provider: RefundProvider) {
  return asResult(async () => {
    // A new key per attempt: the claim already stops double clicks, and Stripe replays a failed key's error.
    const idempotencyKey = `payment-review-${reviewId}-${crypto.randomUUID()}`;
    const { review, refundId } = await prisma.$transaction(async (tx) => {
      const review = await claim(tx, reviewId, "REFUNDED", userId);
      if (review.kind === "OVER_REFUND" || !review.payment.paymentIntent) throw new Refused("NOT_RETURNABLE");
      const refund = await tx.refund.create({
        data: {
          paymentId: review.payment.id,
          amount: review.amount,
          reason: RETURN_REASON[review.kind],
          idempotencyKey,
          createdById: userId,
        },
      });
      return { review, refundId: refund.id };
    });
    const outcome = await sendRefund(provider, review, { id: refundId, idempotencyKey });
    if (outcome !== "SUCCEEDED" && outcome !== "PENDING") {
      // Back to the queue with the refund marked failed: the money is still to be returned.
      await prisma.$transaction([
        prisma.refund.update({ where: { id: refundId }, data: { status: "FAILED" } }),
        prisma.paymentReview.update({ where: { id: review.id }, data: { status: "OPEN", resolvedAt: null } }),
      ]);
      throw new Refused("PROVIDER_FAILED");
    }
    await prisma.$transaction(async (tx) => {
      await queueOrderNotification(tx, {
        orderId: review.order.id,
        kind: "PAYMENT_RETURNED",
        amount: review.amount,
        reason: RETURN_REASON[review.kind],
        dedupeKey: `payment-returned:${review.id}`,
      });
      await recordAudit(
        {
          userId,
          action: "order.refund",
          entity: "Order",
          entityId: review.order.id,
          detail: `확인 필요(${REVIEW_KIND_LABEL[review.kind]}): 결제 ${formatWon(review.amount)} 전액 환불`,
        },
        tx,
      );
    });
    await provider.afterRefund(review.payment);
    return { orderNumber: review.order.number };
  });
}

async function sendRefund(
  provider: RefundProvider,
  review: PaymentReviewRow,
  refund: { id: number; idempotencyKey: string },
) {
  try {
    const outcome = await provider.send(review.payment, { ...refund, amount: review.amount, orderId: review.order.id });
    await prisma.refund.update({
      where: { id: refund.id },
      data: { status: outcome.status, providerRefund: outcome.providerRefund },
    });
    return outcome.status;
  } catch (error) {
    console.error(`Refund of payment review ${review.id} failed`, error instanceof Error ? error.message : error);
    return "UNREACHABLE" as const;
  }
}

/** 확인 완료: an over-refund report, checked against the provider's dashboard; the note says what was found. */
export function closeReview(reviewId: number, userId: number, note: string) {
  return asResult(() =>
    prisma.$transaction(async (tx) => {
      const review = await claim(tx, reviewId, "CLOSED", userId, note);
      if (review.kind !== "OVER_REFUND") throw new Refused("NOT_RETURNABLE");
      await recordAudit(
        {
          userId,
          action: "order.review-close",
          entity: "Order",
          entityId: review.order.id,
          detail: `확인 필요 확인 완료: ${note}`,
        },
        tx,
      );
      return { orderNumber: review.order.number };
    }),
  );
}

export type { PaymentReviewKind };
