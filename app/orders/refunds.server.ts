// Cancelling and refunding paid orders (regional center staff only). A refund always belongs to one
// center's part, so each center's 정산 knows its own refunds; a whole-order refund is one per part.
//
// Order of work, chosen so goods and money never disagree silently:
// 1. one transaction: check what is still refundable, record the Refund as PENDING under the form's
//    idempotency key (a double submit finds it and stops), and — for a cancellation — move the part to
//    CANCELLED and put its items back in stock, so nobody ships it meanwhile;
// 2. ask the payment provider (Stripe with the same idempotency key, or the local test provider), which
//    payments/ passes in as a RefundProvider — orders never imports payments;
// 3. record the outcome, queue the customer's email and write the audit log. A failed provider call
//    leaves a FAILED refund that the order page shows, with the part still cancelled, to be retried.
// The order's refund state (PARTIALLY_REFUNDED / REFUNDED) follows the charge.refunded webhook.
import { recordAudit } from "~/audit/audit.server";
import { Prisma } from "~/generated/prisma/client";
import { kickNotificationDelivery, queueOrderNotification } from "~/notifications/notifications.server";
import { prisma } from "~/utils/db.server";
import { formatWon } from "~/utils/format";
import type { CommandResult } from "~/utils/command-result";
import { lockOrder, moveFulfilment, transitionOrder } from "./orders.server";
import { orderPaymentWhere } from "./payment-review-records.server";
import type { FulfilmentStatus } from "./part-states";
import { ACTIVE_REFUND_STATUSES, refundableOf } from "./refundable";
import { isUniqueViolation } from "~/utils/db-errors.server";

type Tx = Prisma.TransactionClient;

export type RefundPartInput = {
  orderId: number;
  fulfilmentId: number;
  /** Won; null = everything still refundable on this part. */
  amount: number | null;
  /** Also cancel the part (only before it ships); implies a full refund of the part. */
  cancel: boolean;
  reason: string;
  idempotencyKey: string;
  /** Staff who asked; null when the customer cancelled on their order page. */
  userId: number | null;
  /** Cancel only from these part states (the customer's own cancel: before 발주확인 only). */
  cancelFrom?: FulfilmentStatus[];
};

export type RefundRefusal =
  | "PART_NOT_FOUND"
  | "NO_PAYMENT"
  | "FULLY_REFUNDED"
  | "AMOUNT_OUT_OF_RANGE"
  | "PART_SHIPPED"
  | "PROVIDER_UNREACHABLE"
  | "PROVIDER_DECLINED"
  | "ORDER_NOT_FOUND"
  | "ORDER_SHIPPED"
  | "NOTHING_LEFT";

export type RefundResult = CommandResult<
  { refundId: number; amount: number; duplicate: boolean },
  RefundRefusal,
  { refundable?: number; detail?: string }
>;

/** The payment a refund goes back to, as the provider needs it. */
export type RefundPayment = { id: number; provider: string; paymentIntent: string | null };

/** The payment provider's side of a refund; payments/ implements it (Stripe or the local test provider). */
export type RefundProvider = {
  /** Asks for the refund; throws when the provider can't be asked. */
  send(
    payment: RefundPayment,
    refund: { id: number; amount: number; idempotencyKey: string; orderId: number },
  ): Promise<{ providerRefund: string; status: "SUCCEEDED" | "PENDING" | "FAILED" }>;
  /** After a refund is recorded (the local provider reports charge.refunded as Stripe would). */
  afterRefund(payment: RefundPayment): Promise<void>;
};

/** What this part can still refund, by the one rule of ./refundable. */
async function refundableForPart(tx: Tx, fulfilmentId: number) {
  const part = await tx.fulfilment.findUniqueOrThrow({
    where: { id: fulfilmentId },
    select: {
      itemsTotal: true,
      shippingFee: true,
      surcharge: true,
      refunds: { where: { status: { in: [...ACTIVE_REFUND_STATUSES] } }, select: { amount: true, status: true } },
    },
  });
  return refundableOf(part);
}

/** Puts a cancelled part's items back in stock (only what was not already cancelled). */
async function restockPart(tx: Tx, fulfilmentId: number) {
  const items = await tx.orderItem.findMany({
    where: { fulfilmentId },
    select: { id: true, variantId: true, quantity: true, cancelledQty: true },
  });
  for (const item of items) {
    const back = item.quantity - item.cancelledQty;
    if (back <= 0) continue;
    await tx.orderItem.update({ where: { id: item.id }, data: { cancelledQty: item.quantity } });
    if (item.variantId !== null) {
      await tx.productVariant.update({ where: { id: item.variantId }, data: { stock: { increment: back } } });
    }
  }
}

type Reserved =
  | { kind: "duplicate"; refundId: number; amount: number }
  | { kind: "refused"; reason: RefundRefusal; refundable?: number }
  | { kind: "reserved"; refundId: number; amount: number; payment: RefundPayment };

/**
 * The same form key sent twice at once: the twin that loses meets the unique key (PostgreSQL has aborted its
 * transaction by then), so it is settled here, outside, by looking the key up again.
 */
async function reserveRefund(input: RefundPartInput): Promise<Reserved> {
  try {
    return await reserveRefundOnce(input);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const twin = await prisma.refund.findUnique({ where: { idempotencyKey: input.idempotencyKey } });
    if (!twin) throw error;
    return { kind: "duplicate", refundId: twin.id, amount: twin.amount };
  }
}

async function reserveRefundOnce(input: RefundPartInput): Promise<Reserved> {
  return prisma.$transaction(async (tx): Promise<Reserved> => {
    // One refund decision per order at a time: what a part may still refund is the sum of its refunds, and
    // whether the order is cancelled depends on its other parts. Under READ COMMITTED two refunds of the
    // last 13,000원, or two centers' cancellations, would each decide on rows the other hasn't committed.
    await lockOrder(tx, input.orderId);
    const existing = await tx.refund.findUnique({ where: { idempotencyKey: input.idempotencyKey } });
    if (existing) return { kind: "duplicate", refundId: existing.id, amount: existing.amount };
    const part = await tx.fulfilment.findFirst({
      where: { id: input.fulfilmentId, orderId: input.orderId, order: { paidAt: { not: null } } },
      select: { status: true, center: { select: { shortName: true } } },
    });
    if (!part) return { kind: "refused", reason: "PART_NOT_FOUND" };
    const payment = await tx.payment.findFirst({
      where: { orderId: input.orderId, ...orderPaymentWhere },
      select: { id: true, provider: true, paymentIntent: true },
    });
    if (!payment?.paymentIntent) return { kind: "refused", reason: "NO_PAYMENT" };

    const refundable = await refundableForPart(tx, input.fulfilmentId);
    const amount = input.cancel || input.amount === null ? refundable : input.amount;
    if (refundable <= 0) return { kind: "refused", reason: "FULLY_REFUNDED" };
    if (!Number.isSafeInteger(amount) || amount < 1 || amount > refundable) {
      return { kind: "refused", reason: "AMOUNT_OUT_OF_RANGE", refundable };
    }
    if (input.cancel) {
      const moved = await moveFulfilment(tx, {
        fulfilmentId: input.fulfilmentId,
        to: "CANCELLED",
        actor: { userId: input.userId, centerId: null },
        note: input.reason,
        from: input.cancelFrom,
      });
      if (!moved.ok) return { kind: "refused", reason: "PART_SHIPPED" };
      await restockPart(tx, input.fulfilmentId);
      const open = await tx.fulfilment.count({ where: { orderId: input.orderId, status: { not: "CANCELLED" } } });
      if (open === 0) await transitionOrder(tx, input.orderId, "CANCELLED");
    }
    const refund = await tx.refund.create({
      data: {
        paymentId: payment.id,
        fulfilmentId: input.fulfilmentId,
        amount,
        reason: input.reason,
        idempotencyKey: input.idempotencyKey,
        createdById: input.userId,
      },
    });
    return { kind: "reserved", refundId: refund.id, amount, payment };
  });
}

/** Cancels and/or refunds one center's part of a paid order. */
export async function refundPart(input: RefundPartInput, provider: RefundProvider): Promise<RefundResult> {
  const reserved = await reserveRefund(input);
  if (reserved.kind === "refused") return { ok: false, reason: reserved.reason, refundable: reserved.refundable };
  if (reserved.kind === "duplicate") {
    return { ok: true, data: { refundId: reserved.refundId, amount: reserved.amount, duplicate: true } };
  }
  const { refundId, amount, payment } = reserved;
  let outcome: Awaited<ReturnType<RefundProvider["send"]>>;
  try {
    outcome = await provider.send(payment, {
      id: refundId,
      amount,
      idempotencyKey: input.idempotencyKey,
      orderId: input.orderId,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message.slice(0, 300) : String(error);
    await prisma.refund.update({
      where: { id: refundId },
      data: { status: "FAILED", reason: `${input.reason} [실패: ${message}]`.trim() },
    });
    return { ok: false, reason: "PROVIDER_UNREACHABLE", detail: message };
  }
  await prisma.$transaction(async (tx) => {
    await tx.refund.update({
      where: { id: refundId },
      data: { status: outcome.status, providerRefund: outcome.providerRefund },
    });
    if (outcome.status === "FAILED") return;
    const part = await tx.fulfilment.findUniqueOrThrow({
      where: { id: input.fulfilmentId },
      select: { center: { select: { shortName: true } } },
    });
    await queueOrderNotification(tx, {
      orderId: input.orderId,
      kind: input.cancel ? "CANCELLED" : "REFUNDED",
      fulfilmentId: input.fulfilmentId,
      amount,
      reason: input.reason,
      dedupeKey: `refund:${refundId}`,
    });
    await recordAudit(
      {
        userId: input.userId,
        action: input.cancel ? "order.cancel" : "order.refund",
        entity: "Order",
        entityId: input.orderId,
        detail: `${part.center.shortName} ${input.cancel ? "취소·환불" : "환불"} ${formatWon(amount)}${input.reason ? ` (${input.reason})` : ""}`,
      },
      tx,
    );
  });
  if (outcome.status === "FAILED") return { ok: false, reason: "PROVIDER_DECLINED" };
  await provider.afterRefund(payment);
  kickNotificationDelivery();
  return { ok: true, data: { refundId, amount, duplicate: false } };
}

/**
 * The whole order: every part with money left, each refunded in full (and cancelled when asked; a
 * cancellation is refused up front if any part has shipped, so nothing is half cancelled).
 */
export async function refundWholeOrder(
  input: Omit<RefundPartInput, "fulfilmentId" | "amount">,
  provider: RefundProvider,
): Promise<RefundResult> {
  const parts = await prisma.fulfilment.findMany({
    where: { orderId: input.orderId, order: { paidAt: { not: null } } },
    select: { id: true, status: true },
    orderBy: { id: "asc" },
  });
  if (parts.length === 0) return { ok: false, reason: "ORDER_NOT_FOUND" };
  if (input.cancel && parts.some((p) => p.status === "SHIPPED" || p.status === "DELIVERED")) {
    return { ok: false, reason: "ORDER_SHIPPED" };
  }
  let total = 0;
  let first: number | null = null;
  for (const part of parts) {
    const left = await prisma.$transaction((tx) => refundableForPart(tx, part.id));
    if (left <= 0 && !(input.cancel && part.status !== "CANCELLED")) continue;
    const result = await refundPart(
      {
        ...input,
        fulfilmentId: part.id,
        amount: null,
        cancel: input.cancel && part.status !== "CANCELLED",
        idempotencyKey: `${input.idempotencyKey}:${part.id}`,
      },
      provider,
    );
    if (!result.ok) return result;
    total += result.data.amount;
    first ??= result.data.refundId;
  }
  if (first === null) return { ok: false, reason: "NOTHING_LEFT" };
  return { ok: true, data: { refundId: first, amount: total, duplicate: false } };
}
