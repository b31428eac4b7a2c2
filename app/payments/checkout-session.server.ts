import crypto from "node:crypto";
import type Stripe from "stripe";
import { endUnpaidOrder, PAYMENT_WINDOW_MINUTES } from "~/orders/orders.server";
import { prisma } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { STRIPE_CURRENCY, toStripeAmount } from "./amount";
import { paymentProvider, stripe, testPaymentsEnabled } from "./stripe.server";

export class PaymentUnavailableError extends Error {}

async function loadOrderForPayment(orderId: number) {
  return prisma.order.findUniqueOrThrow({
    where: { id: orderId },
    select: {
      id: true,
      number: true,
      total: true,
      ordererEmail: true,
      expiresAt: true,
      items: { select: { productName: true, variantName: true, unitPrice: true, quantity: true } },
      fulfilments: { select: { shippingFee: true, surcharge: true, center: { select: { name: true } } } },
    },
  });
}
type OrderForPayment = Awaited<ReturnType<typeof loadOrderForPayment>>;

/** Stripe Checkout parameters: integer won from the database, one line per item and per parcel's shipping. */
export function buildCheckoutSessionParams(
  order: OrderForPayment,
  baseUrl: string,
): Stripe.Checkout.SessionCreateParams {
  const lineItems: Stripe.Checkout.SessionCreateParams.LineItem[] = order.items.map((item) => ({
    quantity: item.quantity,
    price_data: {
      currency: STRIPE_CURRENCY,
      unit_amount: toStripeAmount(item.unitPrice),
      product_data: { name: `${item.productName} (${item.variantName})` },
    },
  }));
  for (const parcel of order.fulfilments) {
    const fee = parcel.shippingFee + parcel.surcharge;
    if (fee > 0) {
      lineItems.push({
        quantity: 1,
        price_data: {
          currency: STRIPE_CURRENCY,
          unit_amount: toStripeAmount(fee),
          product_data: { name: `배송비 (${parcel.center.name})` },
        },
      });
    }
  }
  const metadata = { orderId: String(order.id), orderNumber: order.number };
  return {
    mode: "payment",
    currency: STRIPE_CURRENCY,
    line_items: lineItems,
    client_reference_id: String(order.id),
    customer_email: order.ordererEmail,
    metadata,
    payment_intent_data: { metadata },
    locale: "ko",
    success_url: `${baseUrl}/checkout/success?session_id={CHECKOUT_SESSION_ID}`,
    cancel_url: `${baseUrl}/cart`,
    expires_at: Math.floor(
      (order.expiresAt ?? new Date(Date.now() + PAYMENT_WINDOW_MINUTES * 60_000)).getTime() / 1000,
    ),
  };
}

/**
 * Opens the payment for a freshly placed order and returns the URL to send the customer to.
 * If the payment page can't be opened the order is cancelled and its stock released.
 */
export async function startPayment(orderId: number, baseUrl = env.PUBLIC_BASE_URL): Promise<string> {
  const order = await loadOrderForPayment(orderId);
  try {
    if (paymentProvider === "stripe") {
      const session = await stripe.checkout.sessions.create(buildCheckoutSessionParams(order, baseUrl), {
        idempotencyKey: `checkout-session-${order.number}`,
      });
      await prisma.payment.create({
        data: { orderId: order.id, provider: "stripe", checkoutSession: session.id, amount: order.total },
      });
      if (!session.url) throw new Error("Stripe returned a session without a URL");
      return session.url;
    }
    if (!testPaymentsEnabled()) throw new PaymentUnavailableError("결제 수단이 설정되지 않았습니다.");
    const sessionId = `cs_local_${crypto.randomBytes(16).toString("hex")}`;
    await prisma.payment.create({
      data: { orderId: order.id, provider: "test", checkoutSession: sessionId, amount: order.total },
    });
    return `/checkout/test-pay?session_id=${sessionId}`;
  } catch (error) {
    await endUnpaidOrder(order.id, "CANCELLED");
    throw error;
  }
}
