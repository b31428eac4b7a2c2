/* eslint-disable @typescript-eslint/no-explicit-any -- the decoded Stripe form body is untyped JSON */
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { startStripeStandIn } from "../support/stripe-stand-in";
import { CUSTOMER, makeCart, variantId } from "../support/shop";

// Configure the app for real Stripe (test keys) with the SDK pointed at the local stand-in, before
// any app module reads the environment.
const standIn = await startStripeStandIn();
process.env.STRIPE_SECRET_KEY = "sk_test_standin_0123456789";
process.env.STRIPE_WEBHOOK_SECRET = "whsec_standin0123456789";
process.env.STRIPE_API_BASE = standIn.url;
process.env.PUBLIC_BASE_URL = "https://shop.example.kr";

const { prisma } = await import("~/utils/db.server");
const { placeOrder } = await import("~/orders/orders.server");
const { startPayment } = await import("~/payments/checkout-session.server");
const { confirmCheckoutSession } = await import("~/payments/confirm.server");

afterAll(() => standIn.close());
beforeEach(() => {
  standIn.requests.length = 0;
});

async function giftSetAndJaban() {
  const giftSet = await variantId(prisma, "naechingu-gim-gift-set", "선물세트");
  const jaban2 = await variantId(prisma, "naechingu-gim-jaban", "2봉");
  return {
    giftSet,
    jaban2,
    cartId: await makeCart(prisma, [
      { variantId: giftSet, quantity: 1 },
      { variantId: jaban2, quantity: 2 },
    ]),
  };
}

describe("checkout with Stripe (real SDK against the local stand-in)", () => {
  it("creates a Checkout Session with integer won amounts from the database", async () => {
    const { cartId, giftSet } = await giftSetAndJaban();
    const before = (await prisma.productVariant.findUniqueOrThrow({ where: { id: giftSet } })).stock;
    const now = Date.now();
    const order = await placeOrder(cartId, CUSTOMER);
    const url = await startPayment(order.id);

    expect(standIn.requests).toHaveLength(1);
    const [req] = standIn.requests;
    expect(req!.method).toBe("POST");
    expect(req!.path).toBe("/v1/checkout/sessions");
    expect(req!.authorization).toBe("Bearer sk_test_standin_0123456789");
    expect(req!.idempotencyKey).toBe(`checkout-session-${order.number}`);
    const body = req!.body as Record<string, any>;
    expect(body.mode).toBe("payment");
    expect(body.currency).toBe("krw");
    expect(body.payment_method_types).toBeUndefined();
    expect(body.line_items).toEqual([
      {
        quantity: "1",
        price_data: { currency: "krw", unit_amount: "20000", product_data: { name: "내친구김 선물세트 (선물세트)" } },
      },
      {
        quantity: "2",
        price_data: { currency: "krw", unit_amount: "5000", product_data: { name: "내친구김 김자반 (2봉)" } },
      },
    ]);
    // 30,000원 of 서구 products reaches the free-shipping threshold: no shipping line.
    expect(order.total).toBe(30000);
    expect(body.client_reference_id).toBe(String(order.id));
    expect(body.metadata).toEqual({ orderId: String(order.id), orderNumber: order.number });
    expect(body.payment_intent_data.metadata).toEqual({ orderId: String(order.id), orderNumber: order.number });
    // The literal placeholder Stripe fills in, not an encoded or substituted value.
    expect(req!.form.get("success_url")).toBe(
      "https://shop.example.kr/checkout/success?session_id={CHECKOUT_SESSION_ID}",
    );
    expect(body.cancel_url).toBe("https://shop.example.kr/cart");
    const expiresAt = Number(body.expires_at) * 1000;
    expect(expiresAt - now).toBeGreaterThan(29 * 60_000);
    expect(expiresAt - now).toBeLessThan(31 * 60_000);

    expect(url).toMatch(/^https:\/\/checkout\.stripe\.com\/c\/pay\/cs_test_standin_/);
    const saved = await prisma.order.findUniqueOrThrow({ where: { id: order.id }, include: { payments: true } });
    expect(saved.status).toBe("PENDING_PAYMENT");
    expect(saved.number).toMatch(/^SD-\d{8}-[2-9A-HJ-NP-Z]{6}$/);
    expect(saved.payments[0]).toMatchObject({ provider: "stripe", amount: 30000, status: "OPEN" });
    expect((await prisma.productVariant.findUniqueOrThrow({ where: { id: giftSet } })).stock).toBe(before - 1);
  });

  it("adds one shipping line per center below the threshold, and the 제주 surcharge", async () => {
    const jaban1 = await variantId(prisma, "naechingu-gim-jaban", "1봉");
    const cartId = await makeCart(prisma, [{ variantId: jaban1, quantity: 1 }]);
    const order = await placeOrder(cartId, { ...CUSTOMER, postalCode: "63100" });
    await startPayment(order.id);
    const lines = (standIn.requests[0]!.body as Record<string, any>).line_items;
    expect(lines[1]).toEqual({
      quantity: "1",
      price_data: { currency: "krw", unit_amount: "6000", product_data: { name: "배송비 (광주서구지역자활센터)" } },
    });
    expect(order.total).toBe(3000 + 3000 + 3000);
  });

  it("cancels the order and returns the stock when Stripe is unreachable", async () => {
    const { cartId, giftSet } = await giftSetAndJaban();
    const before = (await prisma.productVariant.findUniqueOrThrow({ where: { id: giftSet } })).stock;
    const order = await placeOrder(cartId, CUSTOMER);
    standIn.failNextWith(500);
    await expect(startPayment(order.id)).rejects.toThrow();
    expect((await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("CANCELLED");
    expect((await prisma.productVariant.findUniqueOrThrow({ where: { id: giftSet } })).stock).toBe(before);
  });

  it("confirms on the success page by asking Stripe, never trusting the query string", async () => {
    const { cartId } = await giftSetAndJaban();
    const order = await placeOrder(cartId, CUSTOMER);
    await startPayment(order.id);
    const sessionId = [...standIn.sessions.keys()].at(-1)!;
    // Still open at Stripe: visiting the success URL changes nothing.
    await confirmCheckoutSession(sessionId);
    expect((await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("PENDING_PAYMENT");
    expect(await confirmCheckoutSession("cs_test_made_up")).toBeNull();

    Object.assign(standIn.sessions.get(sessionId)!, {
      status: "complete",
      payment_status: "paid",
      payment_intent: "pi_standin_1",
    });
    const token = await confirmCheckoutSession(sessionId);
    const paid = await prisma.order.findUniqueOrThrow({ where: { id: order.id }, include: { payments: true } });
    expect(token).toBe(paid.lookupToken);
    expect(paid.status).toBe("PAID");
    expect(paid.payments[0]).toMatchObject({ status: "PAID", paymentIntent: "pi_standin_1" });
    // Idempotent: confirming again (or the webhook arriving later) changes nothing.
    await confirmCheckoutSession(sessionId);
    expect((await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).paidAt).toEqual(paid.paidAt);
  });
});
