import Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { CUSTOMER, makeCart, variantId } from "../support/shop";

const SECRET = "whsec_webhooktest0123456789";
process.env.STRIPE_SECRET_KEY = "sk_test_webhook_0123456789";
process.env.STRIPE_WEBHOOK_SECRET = SECRET;

const { prisma } = await import("~/utils/db.server");
const { placeOrder } = await import("~/orders/orders.server");
const { action } = await import("~/routes/webhooks.stripe");

const stripe = new Stripe("sk_test_unused");
let eventCounter = 0;

/** An order placed from a real cart, with the Stripe Checkout session it opened. */
async function pendingOrder(quantity = 1) {
  const giftSet = await variantId(prisma, "naechingu-gim-gift-set", "선물세트");
  const order = await placeOrder(await makeCart(prisma, [{ variantId: giftSet, quantity }]), CUSTOMER);
  const sessionId = `cs_test_webhook_${order.id}`;
  await prisma.payment.create({
    data: { orderId: order.id, provider: "stripe", checkoutSession: sessionId, amount: order.total },
  });
  return { order, sessionId, giftSet };
}

function sessionEvent(
  type: string,
  order: { id: number; number: string; total: number },
  sessionId: string,
  extra: object = {},
) {
  return {
    id: `evt_test_${++eventCounter}_${Date.now()}`,
    object: "event",
    type,
    created: Math.floor(Date.now() / 1000),
    data: {
      object: {
        id: sessionId,
        object: "checkout.session",
        amount_total: order.total,
        currency: "krw",
        client_reference_id: String(order.id),
        metadata: { orderId: String(order.id), orderNumber: order.number },
        payment_intent: `pi_test_${order.id}`,
        payment_status: "paid",
        status: "complete",
        ...extra,
      },
    },
  };
}

async function post(payload: string, signature?: string | null) {
  const headers = new Headers({ "Content-Type": "application/json" });
  if (signature !== null)
    headers.set("Stripe-Signature", signature ?? stripe.webhooks.generateTestHeaderString({ payload, secret: SECRET }));
  const response = await action({
    request: new Request("http://localhost/webhooks/stripe", { method: "POST", body: payload, headers }),
    params: {},
    context: {},
  });
  return { status: response.status, body: await response.text() };
}

const orderStatus = async (id: number) => (await prisma.order.findUniqueOrThrow({ where: { id } })).status;
const stock = async (id: number) => (await prisma.productVariant.findUniqueOrThrow({ where: { id } })).stock;

describe("POST /webhooks/stripe", () => {
  it("marks the order paid for a validly signed checkout.session.completed", async () => {
    const { order, sessionId } = await pendingOrder();
    const res = await post(JSON.stringify(sessionEvent("checkout.session.completed", order, sessionId)));
    expect(res).toEqual({ status: 200, body: "paid" });
    expect(await orderStatus(order.id)).toBe("PAID");
    expect((await prisma.payment.findFirstOrThrow({ where: { orderId: order.id } })).paymentIntent).toBe(
      `pi_test_${order.id}`,
    );
  });

  it("rejects a tampered body, a re-serialised body, a missing header and a stale timestamp with 400", async () => {
    const { order, sessionId } = await pendingOrder();
    const payload = JSON.stringify(sessionEvent("checkout.session.completed", order, sessionId));
    const signature = stripe.webhooks.generateTestHeaderString({ payload, secret: SECRET });

    const tampered = payload.replace(`"amount_total":${order.total}`, '"amount_total":1');
    expect(tampered).not.toBe(payload);
    expect((await post(tampered, signature)).status).toBe(400);

    const reserialised = JSON.stringify(JSON.parse(payload), null, 2);
    expect((await post(reserialised, signature)).status).toBe(400);

    expect((await post(payload, null)).status).toBe(400);
    expect((await post(payload, "t=1,v1=deadbeef")).status).toBe(400);

    const stale = stripe.webhooks.generateTestHeaderString({
      payload,
      secret: SECRET,
      timestamp: Math.floor(Date.now() / 1000) - 600,
    });
    expect((await post(payload, stale)).status).toBe(400);

    const wrongSecret = stripe.webhooks.generateTestHeaderString({ payload, secret: "whsec_someoneelse" });
    expect((await post(payload, wrongSecret)).status).toBe(400);

    expect(await orderStatus(order.id)).toBe("PENDING_PAYMENT");
    expect(await prisma.webhookEvent.count({ where: { id: JSON.parse(payload).id } })).toBe(0);
  });

  it("applies a duplicate once, also when both copies arrive at the same moment", async () => {
    const { order, sessionId, giftSet } = await pendingOrder();
    const expired = JSON.stringify(
      sessionEvent("checkout.session.expired", order, sessionId, { status: "expired", payment_status: "unpaid" }),
    );
    const before = await stock(giftSet);
    const results = await Promise.all([post(expired), post(expired), post(expired)]);
    expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(results.map((r) => r.body).sort()).toEqual(["duplicate", "duplicate", "expired"]);
    expect(await stock(giftSet)).toBe(before + 1);
    expect(await orderStatus(order.id)).toBe("EXPIRED");
    expect(await prisma.webhookEvent.count({ where: { id: JSON.parse(expired).id } })).toBe(1);
    // Sent again later (Stripe retries): still nothing.
    expect((await post(expired)).body).toBe("duplicate");
    expect(await stock(giftSet)).toBe(before + 1);
  });

  it("ignores an expiry that arrives after the payment", async () => {
    const { order, sessionId, giftSet } = await pendingOrder();
    await post(JSON.stringify(sessionEvent("checkout.session.completed", order, sessionId)));
    const before = await stock(giftSet);
    const res = await post(
      JSON.stringify(sessionEvent("checkout.session.expired", order, sessionId, { status: "expired" })),
    );
    expect(res.status).toBe(200);
    expect(await orderStatus(order.id)).toBe("PAID");
    expect(await stock(giftSet)).toBe(before);
  });

  it("waits for async payments and releases stock when they fail", async () => {
    const a = await pendingOrder();
    await post(
      JSON.stringify(sessionEvent("checkout.session.completed", a.order, a.sessionId, { payment_status: "unpaid" })),
    );
    expect(await orderStatus(a.order.id)).toBe("PENDING_PAYMENT");
    await post(JSON.stringify(sessionEvent("checkout.session.async_payment_succeeded", a.order, a.sessionId)));
    expect(await orderStatus(a.order.id)).toBe("PAID");

    const b = await pendingOrder(2);
    const before = await stock(b.giftSet);
    await post(
      JSON.stringify(
        sessionEvent("checkout.session.async_payment_failed", b.order, b.sessionId, { payment_status: "unpaid" }),
      ),
    );
    expect(await orderStatus(b.order.id)).toBe("PAYMENT_FAILED");
    expect(await stock(b.giftSet)).toBe(before + 2);
  });

  it("does not mark paid when the amount or currency differs from the order", async () => {
    const { order, sessionId } = await pendingOrder();
    expect(
      (await post(JSON.stringify(sessionEvent("checkout.session.completed", order, sessionId, { amount_total: 100 }))))
        .body,
    ).toBe("amount mismatch");
    expect(
      (await post(JSON.stringify(sessionEvent("checkout.session.completed", order, sessionId, { currency: "usd" }))))
        .body,
    ).toBe("amount mismatch");
    expect(await orderStatus(order.id)).toBe("PENDING_PAYMENT");
  });

  it("follows charge.refunded: partial, then full", async () => {
    const { order, sessionId } = await pendingOrder(2);
    await post(JSON.stringify(sessionEvent("checkout.session.completed", order, sessionId)));
    const charge = (amountRefunded: number) =>
      JSON.stringify({
        id: `evt_refund_${++eventCounter}`,
        object: "event",
        type: "charge.refunded",
        data: {
          object: {
            id: "ch_1",
            object: "charge",
            amount: order.total,
            amount_refunded: amountRefunded,
            currency: "krw",
            payment_intent: `pi_test_${order.id}`,
          },
        },
      });
    expect((await post(charge(20000))).body).toBe("partially_refunded");
    expect(await orderStatus(order.id)).toBe("PARTIALLY_REFUNDED");
    expect((await post(charge(order.total))).body).toBe("refunded");
    expect(await orderStatus(order.id)).toBe("REFUNDED");
    expect((await prisma.payment.findFirstOrThrow({ where: { orderId: order.id } })).refundedAmount).toBe(order.total);
  });

  it("answers 200 to events it does not handle and to sessions it does not know", async () => {
    expect(
      await post(
        JSON.stringify({ id: "evt_other_1", object: "event", type: "customer.created", data: { object: {} } }),
      ),
    ).toEqual({ status: 200, body: "ignored" });
    const fake = { id: 999999, number: "SD-00000000-XXXXXX", total: 1 };
    expect((await post(JSON.stringify(sessionEvent("checkout.session.completed", fake, "cs_unknown")))).body).toBe(
      "unknown order",
    );
  });

  it("refuses GET", async () => {
    const { loader } = await import("~/routes/webhooks.stripe");
    expect(loader().status).toBe(405);
  });
});
