// The Stripe webhook through the built production server (node server.js): events signed with the real
// Stripe SDK and posted over HTTP, as Stripe posts them; each answer is checked with the database after it.
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/utils/db.server";
import { pendingStripeOrder, sessionObject } from "../support/checkout-sessions";
import { freePort, startServer, TEST_SESSION_SECRET, type RunningServer } from "../support/server";

const SECRET = "whsec_httpwebhooktest0123456789";
const stripe = new Stripe("sk_test_unused");
let server: RunningServer;
let counter = 0;

beforeAll(async () => {
  server = await startServer({
    DATABASE_URL: process.env.DATABASE_URL!,
    UPLOADS_DIR: process.env.UPLOADS_DIR!,
    SESSION_SECRET: TEST_SESSION_SECRET,
    STRIPE_SECRET_KEY: "sk_test_httpwebhook_0123456789",
    STRIPE_WEBHOOK_SECRET: SECRET,
    // No event here may call Stripe's API: a closed loopback port makes any call fail loudly.
    STRIPE_API_BASE: `http://127.0.0.1:${await freePort()}`,
  });
});
afterAll(() => server?.stop());

function event(type: string, object: unknown) {
  const now = Math.floor(Date.now() / 1000);
  return JSON.stringify({
    id: `evt_http_${++counter}_${Date.now()}`,
    object: "event",
    type,
    created: now,
    data: { object },
  });
}

const sign = (payload: string, options: { secret?: string; timestamp?: number } = {}) =>
  stripe.webhooks.generateTestHeaderString({ payload, secret: options.secret ?? SECRET, timestamp: options.timestamp });

async function post(payload: string, signature: string | null = sign(payload), headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}/webhooks/stripe`, {
    method: "POST",
    body: payload,
    headers: {
      "Content-Type": "application/json",
      ...(signature ? { "Stripe-Signature": signature } : {}),
      ...headers,
    },
  });
  return { status: res.status, body: await res.text() };
}

const charge = (paymentIntent: string, amount: number, amountRefunded: unknown) =>
  event("charge.refunded", {
    id: `ch_${paymentIntent}`,
    object: "charge",
    amount,
    amount_refunded: amountRefunded,
    currency: "krw",
    payment_intent: paymentIntent,
  });

const completed = (order: Parameters<typeof sessionObject>[0], sessionId: string, extra: object = {}) =>
  event("checkout.session.completed", sessionObject(order, sessionId, extra));

async function stateOf(orderId: number, sessionId: string) {
  const order = await prisma.order.findUniqueOrThrow({ where: { id: orderId } });
  const payment = await prisma.payment.findUniqueOrThrow({ where: { checkoutSession: sessionId } });
  const reviews = await prisma.paymentReview.findMany({ where: { orderId }, select: { kind: true, amount: true } });
  return {
    order: order.status,
    payment: payment.status,
    paymentIntent: payment.paymentIntent,
    refunded: payment.refundedAmount,
    reviews,
  };
}

const eventsStored = (payload: string) => prisma.webhookEvent.count({ where: { id: JSON.parse(payload).id } });

/** Nothing of the server's insides in an answer: no exception names, stack lines or SQL. */
const INTERNALS = /Error|TypeError|\bat \w+|node_modules|prisma|SELECT|undefined/i;

describe("POST /webhooks/stripe on the built server", () => {
  it("marks a paid session paid (200) even from another origin: the signature is the check, not CSRF", async () => {
    const { order, sessionId } = await pendingStripeOrder(prisma);
    const payload = completed(order, sessionId);
    expect(await post(payload, sign(payload), { Origin: "https://evil.example" })).toEqual({
      status: 200,
      body: "paid",
    });
    expect(await stateOf(order.id, sessionId)).toMatchObject({
      order: "PAID",
      payment: "PAID",
      paymentIntent: `pi_${sessionId}`,
    });
    expect(await eventsStored(payload)).toBe(1);
  });

  it("refuses a bad signature with 400 and changes nothing", async () => {
    const { order, sessionId } = await pendingStripeOrder(prisma);
    const payload = completed(order, sessionId);
    const tampered = payload.replace(`"amount_total":${order.total}`, '"amount_total":1');
    expect(tampered).not.toBe(payload);
    for (const [body, signature] of [
      [tampered, sign(payload)],
      [payload, sign(payload, { secret: "whsec_someoneelse" })],
      [payload, "t=1,v1=deadbeef"],
      [payload, null],
      [JSON.stringify(JSON.parse(payload), null, 2), sign(payload)],
    ] as const) {
      const answer = await post(body, signature);
      expect(answer.status).toBe(400);
      expect(answer.body).not.toMatch(INTERNALS);
    }
    expect(await stateOf(order.id, sessionId)).toMatchObject({ order: "PENDING_PAYMENT", paymentIntent: null });
    expect(await eventsStored(payload)).toBe(0);
  });

  it("refuses timestamps outside the tolerance either way (an hour ahead, ten minutes behind) with 400", async () => {
    const { order, sessionId } = await pendingStripeOrder(prisma);
    const payload = completed(order, sessionId);
    const now = Math.floor(Date.now() / 1000);
    expect(await post(payload, sign(payload, { timestamp: now + 3600 }))).toEqual({
      status: 400,
      body: "timestamp outside the tolerance",
    });
    expect((await post(payload, sign(payload, { timestamp: now - 600 }))).status).toBe(400);
    expect(await stateOf(order.id, sessionId)).toMatchObject({ order: "PENDING_PAYMENT", payment: "OPEN" });
    expect(await eventsStored(payload)).toBe(0);
  });

  it("applies a replayed request once, also when copies arrive at the same moment", async () => {
    const { order, sessionId, giftSet } = await pendingStripeOrder(prisma);
    const stockBefore = (await prisma.productVariant.findUniqueOrThrow({ where: { id: giftSet } })).stock;
    const payload = event(
      "checkout.session.expired",
      sessionObject(order, sessionId, { status: "expired", payment_status: "unpaid", payment_intent: null }),
    );
    const signature = sign(payload);
    const answers = await Promise.all([1, 2, 3].map(() => post(payload, signature)));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(answers.map((a) => a.body).sort()).toEqual(["duplicate", "duplicate", "expired"]);
    expect(await post(payload, signature)).toEqual({ status: 200, body: "duplicate" });
    expect(await eventsStored(payload)).toBe(1);
    expect((await stateOf(order.id, sessionId)).order).toBe("EXPIRED");
    expect((await prisma.productVariant.findUniqueOrThrow({ where: { id: giftSet } })).stock).toBe(stockBefore + 1);
  });

  it("answers 200 'ignored' (or 400 for what is no event) to signed events it can't use, never a 500", async () => {
    const unusable = [
      event("checkout.session.completed", {}),
      event("checkout.session.completed", { id: "cs_x", metadata: { orderId: "abc" }, payment_status: "paid" }),
      event("checkout.session.expired", { id: 5 }),
      event("charge.refunded", { amount_refunded: "lots" }),
      event("charge.refunded", { payment_intent: "pi_x", amount_refunded: 100, currency: "usd" }),
      event("refund.failed", {}),
      event("customer.created", {}),
    ];
    for (const payload of unusable) {
      const answer = await post(payload);
      expect(answer.status, payload).toBe(200);
      expect(answer.body).toMatch(/^ignored/);
      expect(answer.body).not.toMatch(INTERNALS);
    }
    for (const payload of ['{"id":"evt_no_data","type":"charge.refunded"}', "[]", '{"id":1,"type":{},"data":{}}']) {
      const answer = await post(payload);
      expect(answer.status, payload).toBe(400);
      expect(answer.body).not.toMatch(INTERNALS);
    }
  });

  it("clamps a refund above what was paid to what was paid and queues it for 확인 필요", async () => {
    const { order, sessionId } = await pendingStripeOrder(prisma);
    await post(completed(order, sessionId));
    const answer = await post(charge(`pi_${sessionId}`, order.total, order.total * 3));
    expect(answer).toEqual({ status: 200, body: "refunded" });
    expect(await stateOf(order.id, sessionId)).toMatchObject({
      order: "REFUNDED",
      refunded: order.total,
      reviews: [{ kind: "OVER_REFUND", amount: order.total * 3 }],
    });
  });

  it("refuses a negative refund amount, changing nothing", async () => {
    const { order, sessionId } = await pendingStripeOrder(prisma);
    await post(completed(order, sessionId));
    const answer = await post(charge(`pi_${sessionId}`, order.total, -5000));
    expect(answer.status).toBe(200);
    expect(answer.body).toMatch(/^ignored/);
    expect(await stateOf(order.id, sessionId)).toMatchObject({ order: "PAID", refunded: 0, reviews: [] });
  });

  it("ignores a refund reported on an order that was never paid", async () => {
    const { order, sessionId } = await pendingStripeOrder(prisma);
    expect((await post(completed(order, sessionId, { payment_status: "unpaid" }))).body).toBe("awaiting payment");
    const answer = await post(charge(`pi_${sessionId}`, order.total, 1000));
    expect(answer.status).toBe(200);
    expect(answer.body).toMatch(/^ignored/);
    expect(await stateOf(order.id, sessionId)).toMatchObject({
      order: "PENDING_PAYMENT",
      payment: "OPEN",
      refunded: 0,
    });
    expect(await prisma.refund.count({ where: { payment: { checkoutSession: sessionId } } })).toBe(0);
  });

  it("never replaces a paid order's payment intent", async () => {
    const { order, sessionId } = await pendingStripeOrder(prisma);
    await post(completed(order, sessionId));
    const answer = await post(completed(order, sessionId, { payment_intent: "pi_someone_else" }));
    expect(answer).toEqual({ status: 200, body: "unchanged (PAID)" });
    expect(await stateOf(order.id, sessionId)).toMatchObject({ order: "PAID", paymentIntent: `pi_${sessionId}` });
  });

  it("answers GET with 405", async () => {
    expect((await fetch(`${server.url}/webhooks/stripe`)).status).toBe(405);
  });
});
