// A Stripe-paid order waiting for payment, and the checkout.session object Stripe would put in its events.
import type { PrismaClient } from "~/generated/prisma/client";
import { placeOrder } from "~/orders/orders.server";
import { CUSTOMER, makeCart, variantId } from "./shop";

let sessionCounter = 0;

/** An order of the gift set placed from a real cart, with the Stripe Checkout session it opened. */
export async function pendingStripeOrder(prisma: PrismaClient, quantity = 1) {
  const giftSet = await variantId(prisma, "naechingu-gim-gift-set", "선물세트");
  // Tests in a file may have sold or zeroed the stock; each order starts from enough of it.
  await prisma.productVariant.updateMany({ where: { id: giftSet, stock: { lt: 20 } }, data: { stock: 20 } });
  const order = await placeOrder(await makeCart(prisma, [{ variantId: giftSet, quantity }]), CUSTOMER);
  const sessionId = await openSession(prisma, order);
  return { order, sessionId, giftSet };
}

/** Another Checkout session of the same order (a second tab, a retried payment page). */
export async function openSession(prisma: PrismaClient, order: { id: number; total: number }) {
  const sessionId = `cs_test_${order.id}_${++sessionCounter}`;
  await prisma.payment.create({
    data: { orderId: order.id, provider: "stripe", checkoutSession: sessionId, amount: order.total },
  });
  return sessionId;
}

export function sessionObject(
  order: { id: number; number: string; total: number },
  sessionId: string,
  extra: object = {},
) {
  return {
    id: sessionId,
    object: "checkout.session",
    amount_total: order.total,
    currency: "krw",
    client_reference_id: String(order.id),
    metadata: { orderId: String(order.id), orderNumber: order.number },
    payment_intent: `pi_${sessionId}`,
    payment_status: "paid",
    status: "complete",
    ...extra,
  };
}
