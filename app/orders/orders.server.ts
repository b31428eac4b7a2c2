// The order aggregate: placing an order, and every move of an order and of its centers' parts. Each move
// is a conditional update from the states it may come from (correct under PostgreSQL READ COMMITTED).
import { getCartView, type CartView } from "~/cart/cart.server";
import { surchargeFor } from "~/cart/shipping";
import type { Order, Prisma } from "~/generated/prisma/client";
import type { CommandResult } from "~/utils/command-result";
import { dialect, prisma } from "~/utils/db.server";
import type { CheckoutInput } from "./checkout-form";
import { recordConsents, type PolicyVersionIds } from "./consents.server";
import { createLookupToken, createOrderNumber } from "./order-number";
import { deliverySelect, orderLineSelect, ordererSelect, partAmountsSelect, totalsSelect } from "./order-select";
import { allowedPriorStates, type OrderStatus } from "./order-states";
import { fulfilmentPriorStates, type FulfilmentStatus } from "./part-states";

export const PAYMENT_WINDOW_MINUTES = 30;

export type PlaceOrderRefusal = "EMPTY_CART" | "STALE_CART" | "OUT_OF_STOCK";
/** The placed order, or why not; OUT_OF_STOCK names the line (`item`) that ran out or changed price. */
export type PlaceOrderResult = CommandResult<Order, PlaceOrderRefusal, { item?: string }>;

// Thrown only inside the transaction so that a refused line rolls back the lines reserved before it.
class OutOfStock extends Error {
  constructor(public item: string) {
    super(`out of stock: ${item}`);
  }
}

type Tx = Prisma.TransactionClient;

/**
 * Turns the cart into an order waiting for payment, in one transaction: totals recomputed from the
 * database, stock reserved with a conditional decrement (never below zero, the last unit sold once).
 */
export async function placeOrder(
  cartId: string,
  input: CheckoutInput,
  now = new Date(),
  // The policy versions the customer agreed to; recorded with the order (see consents.server).
  consents?: PolicyVersionIds,
): Promise<PlaceOrderResult> {
  // Overdue unpaid orders are expired by a periodic job (jobs/background.server.ts), not here.
  const cart = await getCartView(cartId);
  if (cart.groups.length === 0) return { ok: false, reason: "EMPTY_CART" };
  if (cart.problems.length > 0) return { ok: false, reason: "STALE_CART" };
  try {
    return { ok: true, data: await createOrder(cart, input, now, consents) };
  } catch (error) {
    if (error instanceof OutOfStock) return { ok: false, reason: "OUT_OF_STOCK", item: error.item };
    throw error;
  }
}

// In a rush on one product, checkouts queue on its stock row: they wait their turn (up to 20 s) instead of
// failing with a 500 at Prisma's default 5 s (seen with 50 buyers on PostgreSQL).
const CHECKOUT_TRANSACTION = { maxWait: 10_000, timeout: 20_000 };

async function createOrder(cart: CartView, input: CheckoutInput, now: Date, consents?: PolicyVersionIds) {
  const surcharge = surchargeFor(input.postalCode);
  return prisma.$transaction(async (tx) => {
    for (const group of cart.groups) {
      for (const line of group.lines) {
        const reserved = await tx.productVariant.updateMany({
          where: { id: line.variantId, active: true, price: line.unitPrice, stock: { gte: line.quantity } },
          data: { stock: { decrement: line.quantity } },
        });
        if (reserved.count !== 1) throw new OutOfStock(`${line.productName} ${line.variantName}`);
      }
    }
    const parcels = cart.groups.map((g) => ({ ...g, surcharge: surcharge?.amount ?? 0 }));
    const shippingTotal = parcels.reduce((sum, p) => sum + p.shippingFee + p.surcharge, 0);
    const order = await tx.order.create({
      data: {
        number: createOrderNumber(now),
        lookupToken: createLookupToken(),
        status: "PENDING_PAYMENT",
        ordererName: input.ordererName,
        ordererPhone: input.ordererPhone,
        ordererEmail: input.ordererEmail,
        recipientName: input.recipientName,
        recipientPhone: input.recipientPhone,
        postalCode: input.postalCode,
        address1: input.address1,
        address2: input.address2,
        deliveryMemo: input.deliveryMemo,
        isGift: input.isGift,
        giftSender: input.giftSender,
        giftMessage: input.giftMessage,
        itemsTotal: cart.itemsTotal,
        shippingTotal,
        total: cart.itemsTotal + shippingTotal,
        consentedAt: now,
        expiresAt: new Date(now.getTime() + PAYMENT_WINDOW_MINUTES * 60_000),
      },
    });
    for (const parcel of parcels) {
      await tx.fulfilment.create({
        data: {
          orderId: order.id,
          centerId: parcel.center.id,
          itemsTotal: parcel.itemsTotal,
          shippingFee: parcel.shippingFee,
          surcharge: parcel.surcharge,
          items: {
            create: parcel.lines.map((line) => ({
              orderId: order.id,
              centerId: parcel.center.id,
              variantId: line.variantId,
              productName: line.productName,
              variantName: line.variantName,
              unitPrice: line.unitPrice,
              quantity: line.quantity,
              lineTotal: line.lineTotal,
            })),
          },
        },
      });
    }
    if (consents) await recordConsents(tx, order.id, consents, now);
    return order;
  }, CHECKOUT_TRANSACTION);
}

/**
 * Conditional status change: applies only from an allowed prior state (or the narrower `from` list);
 * returns whether it applied.
 */
export async function transitionOrder(
  tx: Tx,
  orderId: number,
  to: OrderStatus,
  data: object = {},
  from: OrderStatus[] = allowedPriorStates(to),
) {
  const result = await tx.order.updateMany({
    where: { id: orderId, status: { in: from } },
    data: { status: to, ...data },
  });
  return result.count === 1;
}

/**
 * Locks the order's row until the transaction ends (PostgreSQL), for decisions that read several rows of
 * one order (what its parts may still refund, whether any part is left open). SQLite runs one write
 * transaction at a time, so there is nothing to lock.
 */
export async function lockOrder(tx: Tx, orderId: number) {
  if (dialect === "postgresql") await tx.$queryRaw`SELECT "id" FROM "Order" WHERE "id" = ${orderId} FOR UPDATE`;
}

/** Gives an unpaid order's reserved stock back. Call only after a transition out of PENDING_PAYMENT applied. */
export async function releaseReservedStock(tx: Tx, orderId: number) {
  const items = await tx.orderItem.findMany({ where: { orderId }, select: { variantId: true, quantity: true } });
  for (const item of items) {
    if (item.variantId === null) continue;
    await tx.productVariant.update({ where: { id: item.variantId }, data: { stock: { increment: item.quantity } } });
  }
}

/** An order that ends before payment (expired, failed, or the payment page never opened). */
export async function endUnpaidOrder(orderId: number, to: "EXPIRED" | "PAYMENT_FAILED" | "CANCELLED") {
  return prisma.$transaction(async (tx) => {
    // Only an unpaid order: a paid one is cancelled through a refund, never here.
    const applied = await transitionOrder(tx, orderId, to, {}, ["PENDING_PAYMENT"]);
    if (applied) await releaseReservedStock(tx, orderId);
    return applied;
  });
}

// ───────────── Parts: 신규주문 → 상품준비중 → 배송중 → 배송완료, or 취소 ─────────────
// Scoped to the center, so a double click, two staff at once or a forged id applies at most once and
// never to another center's part.

export type FulfilmentActor = { userId: number | null; centerId: number | null };

export type TransitionResult = { ok: true } | { ok: false; reason: "NOT_FOUND" | "WRONG_STATE" };

const TIMESTAMP_FOR: Partial<Record<FulfilmentStatus, string>> = {
  ACCEPTED: "acceptedAt",
  SHIPPED: "shippedAt",
  DELIVERED: "deliveredAt",
  CANCELLED: "cancelledAt",
};

/**
 * The conditional update itself, inside the caller's transaction. `centerId` null means the regional
 * center (admin) acting on any center's part. Only parts of paid orders move.
 */
export async function moveFulfilment(
  tx: Tx,
  input: {
    fulfilmentId: number;
    to: FulfilmentStatus;
    actor: FulfilmentActor;
    note?: string;
    now?: Date;
    /** Narrower prior states than the transition table allows (e.g. a customer's cancel: NEW only). */
    from?: FulfilmentStatus[];
  },
): Promise<TransitionResult> {
  const { fulfilmentId, to, actor } = input;
  const now = input.now ?? new Date();
  const scope = { id: fulfilmentId, ...(actor.centerId === null ? {} : { centerId: actor.centerId }) };
  const timestamp = TIMESTAMP_FOR[to];
  // Moved from exactly the state read, so the log's fromStatus is true even when another request moved the
  // part in between (READ COMMITTED); then the move is decided again on the new state.
  let from: FulfilmentStatus | null = null;
  for (let attempt = 0; attempt < 3 && from === null; attempt++) {
    const part = await tx.fulfilment.findFirst({
      where: { ...scope, order: { paidAt: { not: null } } },
      select: { status: true },
    });
    if (!part) return { ok: false, reason: "NOT_FOUND" };
    if (!(input.from ?? fulfilmentPriorStates(to)).includes(part.status)) return { ok: false, reason: "WRONG_STATE" };
    const moved = await tx.fulfilment.updateMany({
      where: { ...scope, status: part.status },
      data: { status: to, ...(timestamp ? { [timestamp]: now } : {}) },
    });
    if (moved.count === 1) from = part.status;
  }
  if (from === null) return { ok: false, reason: "WRONG_STATE" };
  await tx.fulfilmentEvent.create({
    data: {
      fulfilmentId,
      userId: actor.userId,
      fromStatus: from,
      toStatus: to,
      note: input.note ?? "",
      createdAt: now,
    },
  });
  return { ok: true };
}

const orderViewSelect = {
  ...ordererSelect,
  ...deliverySelect,
  ...totalsSelect,
  fulfilments: {
    orderBy: { id: "asc" },
    select: {
      ...partAmountsSelect,
      center: { select: { name: true, phone: true } },
      items: { select: orderLineSelect },
      shipments: { select: { courier: true, trackingNumber: true, createdAt: true } },
      // Every refund the customer is owed or was paid (a failed one is retried by staff, not shown as money back).
      refunds: {
        where: { status: { not: "FAILED" } },
        orderBy: { createdAt: "asc" },
        select: { id: true, amount: true, reason: true, status: true, createdAt: true },
      },
      cancelledAt: true,
    },
  },
} as const;

export function getOrderByToken(token: string) {
  return prisma.order.findUnique({ where: { lookupToken: token }, select: orderViewSelect });
}
export type OrderView = NonNullable<Awaited<ReturnType<typeof getOrderByToken>>>;

/** 비회원 주문조회: the order only when both the number and the orderer's phone match. */
export async function findOrderForLookup(number: string, phoneDigits: string) {
  const order = await prisma.order.findUnique({ where: { number }, select: { lookupToken: true, ordererPhone: true } });
  return order && order.ordererPhone === phoneDigits ? order.lookupToken : null;
}

// Stripe reports expiry by webhook; this catches orders whose event never came (and abandoned test
// payments), after a grace period longer than any in-flight payment.
const EXPIRY_GRACE_MS = 10 * 60_000;

/** Ends orders still unpaid well past their payment window and gives their stock back. */
export async function expireOverdueOrders(now = new Date()) {
  const overdue = await prisma.order.findMany({
    where: { status: "PENDING_PAYMENT", expiresAt: { lt: new Date(now.getTime() - EXPIRY_GRACE_MS) } },
    select: { id: true },
    take: 100,
  });
  for (const order of overdue) {
    if (await endUnpaidOrder(order.id, "EXPIRED")) {
      await prisma.payment.updateMany({ where: { orderId: order.id, status: "OPEN" }, data: { status: "EXPIRED" } });
    }
  }
  return overdue.length;
}
