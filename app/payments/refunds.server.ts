// Cancelling and refunding paid orders (regional center staff only). A refund always belongs to one
// center's part, so each center's 정산 knows its own refunds; a whole-order refund is one per part.
//
// Order of work, chosen so goods and money never disagree silently:
// 1. one transaction: check what is still refundable, record the Refund as PENDING under the form's
//    idempotency key (a double submit finds it and stops), and — for a cancellation — move the part to
//    CANCELLED and put its items back in stock, so nobody ships it meanwhile;
// 2. ask the payment provider (Stripe with the same idempotency key, or the local test provider);
// 3. record the outcome, queue the customer's email and write the audit log. A failed provider call
//    leaves a FAILED refund that the order page shows, with the part still cancelled, to be retried.
// The order's refund state (PARTIALLY_REFUNDED / REFUNDED) follows the charge.refunded webhook.
import crypto from "node:crypto";
import { recordAudit } from "~/audit/audit.server";
import { transitionOrder } from "~/checkout/orders.server";
import { moveFulfilment } from "~/fulfilment/fulfilment.server";
import { Prisma } from "~/generated/prisma/client";
import { kickNotificationDelivery, queueOrderNotification } from "~/notifications/notifications.server";
import { prisma } from "~/utils/db.server";
import { formatWon } from "~/utils/format";
import { STRIPE_CURRENCY } from "./amount";
import { stripe, webhookSecret } from "./stripe.server";
import { handleStripeWebhook } from "./webhook.server";

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
  userId: number;
};

export type RefundResult =
  { ok: true; refundId: number; amount: number; duplicate: boolean } | { ok: false; message: string };

const ACTIVE_REFUND = { status: { in: ["PENDING", "SUCCEEDED"] } };

/** What the customer paid for this part (items + shipping) minus refunds not known to have failed. */
async function refundableForPart(tx: Tx, fulfilmentId: number) {
  const part = await tx.fulfilment.findUniqueOrThrow({
    where: { id: fulfilmentId },
    select: { itemsTotal: true, shippingFee: true, surcharge: true },
  });
  const refunded = await tx.refund.aggregate({ where: { fulfilmentId, ...ACTIVE_REFUND }, _sum: { amount: true } });
  return part.itemsTotal + part.shippingFee + part.surcharge - (refunded._sum.amount ?? 0);
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
  | { kind: "refused"; message: string }
  | {
      kind: "reserved";
      refundId: number;
      amount: number;
      payment: { id: number; provider: string; paymentIntent: string | null };
    };

/**
 * The same form key sent twice at once: under READ COMMITTED both transactions miss the other's refund, and
 * the loser meets the unique key (or a part its twin already cancelled). Both are settled outside the
 * transaction, which PostgreSQL has aborted by then, by looking the key up again.
 */
async function reserveRefund(input: RefundPartInput): Promise<Reserved> {
  let reserved: Reserved;
  try {
    reserved = await reserveRefundOnce(input);
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    reserved = { kind: "refused", message: "같은 요청이 동시에 처리되었습니다. 다시 확인해 주세요." };
  }
  if (reserved.kind !== "refused") return reserved;
  const twin = await prisma.refund.findUnique({ where: { idempotencyKey: input.idempotencyKey } });
  return twin ? { kind: "duplicate", refundId: twin.id, amount: twin.amount } : reserved;
}

async function reserveRefundOnce(input: RefundPartInput): Promise<Reserved> {
  return prisma.$transaction(async (tx): Promise<Reserved> => {
    const existing = await tx.refund.findUnique({ where: { idempotencyKey: input.idempotencyKey } });
    if (existing) return { kind: "duplicate", refundId: existing.id, amount: existing.amount };
    const part = await tx.fulfilment.findFirst({
      where: { id: input.fulfilmentId, orderId: input.orderId, order: { paidAt: { not: null } } },
      select: { status: true, center: { select: { shortName: true } } },
    });
    if (!part) return { kind: "refused", message: "이 주문의 센터별 상품을 찾을 수 없습니다." };
    const payment = await tx.payment.findFirst({
      where: { orderId: input.orderId, status: "PAID" },
      select: { id: true, provider: true, paymentIntent: true },
    });
    if (!payment?.paymentIntent) return { kind: "refused", message: "결제 정보를 찾을 수 없어 환불할 수 없습니다." };

    const refundable = await refundableForPart(tx, input.fulfilmentId);
    const amount = input.cancel || input.amount === null ? refundable : input.amount;
    if (refundable <= 0) return { kind: "refused", message: "이미 전액 환불된 상품입니다." };
    if (!Number.isSafeInteger(amount) || amount < 1 || amount > refundable) {
      return { kind: "refused", message: `환불 금액은 1원 이상 ${formatWon(refundable)} 이하로 입력해 주세요.` };
    }
    if (input.cancel) {
      const moved = await moveFulfilment(tx, {
        fulfilmentId: input.fulfilmentId,
        to: "CANCELLED",
        actor: { userId: input.userId, centerId: null },
        note: input.reason,
      });
      if (!moved.ok)
        return { kind: "refused", message: "이미 발송된 상품은 취소할 수 없습니다. 부분 환불을 이용해 주세요." };
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

/** Stripe, or the local test provider (which reports charge.refunded through the real webhook path). */
async function sendToProvider(
  payment: { id: number; provider: string; paymentIntent: string | null },
  refund: { id: number; amount: number; idempotencyKey: string; orderId: number },
): Promise<{ providerRefund: string; status: "SUCCEEDED" | "PENDING" | "FAILED" }> {
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
}

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

/** Cancels and/or refunds one center's part of a paid order. */
export async function refundPart(input: RefundPartInput): Promise<RefundResult> {
  const reserved = await reserveRefund(input);
  if (reserved.kind === "refused") return { ok: false, message: reserved.message };
  if (reserved.kind === "duplicate") {
    return { ok: true, refundId: reserved.refundId, amount: reserved.amount, duplicate: true };
  }
  const { refundId, amount, payment } = reserved;
  let outcome: Awaited<ReturnType<typeof sendToProvider>>;
  try {
    outcome = await sendToProvider(payment, {
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
    return { ok: false, message: `결제사에 환불을 요청하지 못했습니다. 잠시 뒤 다시 시도해 주세요. (${message})` };
  }
  await prisma.$transaction(async (tx) => {
    await tx.refund.update({
      where: { id: refundId },
      data: { status: outcome.status, providerRefund: outcome.providerRefund },
    });
    if (outcome.status === "FAILED") return;
    const part = await tx.fulfilment.update({
      where: { id: input.fulfilmentId },
      data: { refundedAmount: { increment: amount } },
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
  if (outcome.status === "FAILED") return { ok: false, message: "결제사가 환불을 거절했습니다." };
  if (payment.provider !== "stripe") await reportLocalRefund(payment.id);
  kickNotificationDelivery();
  return { ok: true, refundId, amount, duplicate: false };
}

/**
 * The whole order: every part with money left, each refunded in full (and cancelled when asked; a
 * cancellation is refused up front if any part has shipped, so nothing is half cancelled).
 */
export async function refundWholeOrder(input: Omit<RefundPartInput, "fulfilmentId" | "amount">): Promise<RefundResult> {
  const parts = await prisma.fulfilment.findMany({
    where: { orderId: input.orderId, order: { paidAt: { not: null } } },
    select: { id: true, status: true },
    orderBy: { id: "asc" },
  });
  if (parts.length === 0) return { ok: false, message: "결제된 주문을 찾을 수 없습니다." };
  if (input.cancel && parts.some((p) => p.status === "SHIPPED" || p.status === "DELIVERED")) {
    return { ok: false, message: "이미 발송된 센터 상품이 있어 전체 취소할 수 없습니다. 센터별로 처리해 주세요." };
  }
  let total = 0;
  let first: number | null = null;
  for (const part of parts) {
    const left = await prisma.$transaction((tx) => refundableForPart(tx, part.id));
    if (left <= 0 && !(input.cancel && part.status !== "CANCELLED")) continue;
    const result = await refundPart({
      ...input,
      fulfilmentId: part.id,
      amount: null,
      cancel: input.cancel && part.status !== "CANCELLED",
      idempotencyKey: `${input.idempotencyKey}:${part.id}`,
    });
    if (!result.ok) return result;
    total += result.amount;
    first ??= result.refundId;
  }
  if (first === null) return { ok: false, message: "환불할 금액이 남아 있지 않습니다." };
  return { ok: true, refundId: first, amount: total, duplicate: false };
}
