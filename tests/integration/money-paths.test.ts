// Every money path, end to end through the real code (signed Stripe webhooks, the real SDK against the local
// stand-in for refunds), then one check over every order in this test database: what was paid minus what
// was refunded equals what the 정산 reports (each center's page and the admin overview) count for that order,
// and no paid payment hangs on an order that was never paid.
import { describe, expect, it } from "vitest";
// Sets the Stripe environment first: keep this import before any app module.
import {
  acceptFulfilments,
  admin,
  chargeRefunded,
  newKey,
  prisma,
  refundPart,
  refundWholeOrder,
  shipFulfilment,
  staffUserId,
  STAFF,
  stripeEvent,
} from "../support/stripe-refunds";

const { placedOrder: placeOrder } = await import("../support/place-order");
const { moneyInvariantViolations, settledByOrder } = await import("../support/money-invariant");
const { getSettlementOverview } = await import("~/fulfilment/settlement-overview.server");
const { currentMonth } = await import("~/fulfilment/settlement-month");
const { CUSTOMER, ensureSecondCenterProduct, makeCart, variantId } = await import("../support/shop");

/** Placed from a real cart and paid through a signed checkout.session.completed. */
async function paidThroughWebhook(twoCenters: boolean) {
  const lines = [{ variantId: await variantId(prisma, "naechingu-gim-jaban", "2봉"), quantity: 1 }];
  if (twoCenters) lines.push({ variantId: await ensureSecondCenterProduct(prisma), quantity: 2 });
  const order = await placeOrder(await makeCart(prisma, lines), CUSTOMER);
  const session = `cs_money_${order.id}`;
  await prisma.payment.create({
    data: { orderId: order.id, provider: "stripe", checkoutSession: session, amount: order.total },
  });
  const paymentIntent = `pi_money_${order.id}`;
  const answer = await stripeEvent("checkout.session.completed", {
    id: session,
    object: "checkout.session",
    amount_total: order.total,
    currency: "krw",
    client_reference_id: String(order.id),
    metadata: { orderId: String(order.id), orderNumber: order.number },
    payment_intent: paymentIntent,
    payment_status: "paid",
    status: "complete",
  });
  expect(answer).toMatchObject({ status: 200 });
  const parts = await prisma.fulfilment.findMany({ where: { orderId: order.id }, include: { center: true } });
  const part = (slug: string) => parts.find((p) => p.center.slug === slug)!;
  return { order, paymentIntent, seogu: part("seogu"), gwangsan: twoCenters ? part("gwangsan") : null };
}

/** Tells the app what Stripe reports after the refunds so far (the charge's cumulative refunded amount). */
async function settleRefunds(orderId: number, paymentIntent: string, total: number) {
  const refunded = await prisma.refund.aggregate({
    where: { payment: { orderId }, status: "SUCCEEDED" },
    _sum: { amount: true },
  });
  await chargeRefunded(paymentIntent, total, refunded._sum.amount ?? 0);
}

describe("every money path adds up in the 정산", () => {
  it("pays, refunds, cancels and ships, then checks every order in the database", async () => {
    const userId = await admin();
    const key = () => ({ idempotencyKey: newKey(), userId });
    const refund = (
      orderId: number,
      fulfilmentId: number,
      amount: number | null,
      { cancel = false, reason = "", key: k = key() } = {},
    ) => refundPart({ orderId, fulfilmentId, amount, cancel, reason, ...k });

    // 1. Paid, nothing else.
    await paidThroughWebhook(true);
    // 2. Partial refund of one part, then the rest of it.
    const b = await paidThroughWebhook(true);
    expect((await refund(b.order.id, b.seogu.id, 1_500, { reason: "파손" })).ok).toBe(true);
    expect((await refund(b.order.id, b.seogu.id, null)).ok).toBe(true);
    await settleRefunds(b.order.id, b.paymentIntent, b.order.total);
    // 3. One part cancelled before shipping, the other shipped and partly refunded after.
    const c = await paidThroughWebhook(true);
    expect((await refund(c.order.id, c.gwangsan!.id, null, { cancel: true, reason: "품절" })).ok).toBe(true);
    const seoguStaff = await staffUserId(prisma, STAFF.seogu);
    const actor = { userId: seoguStaff.userId, centerId: seoguStaff.centerId! };
    expect(await acceptFulfilments({ fulfilmentIds: [c.seogu.id], actor })).toBeTruthy();
    const shipped = await shipFulfilment({
      fulfilmentId: c.seogu.id,
      courier: "CJ",
      trackingNumber: "640012345678",
      actor,
    });
    expect(shipped).toEqual({ ok: true });
    expect((await refund(c.order.id, c.seogu.id, 700, { reason: "일부 파손" })).ok).toBe(true);
    await settleRefunds(c.order.id, c.paymentIntent, c.order.total);
    // 4. The whole order cancelled.
    const d = await paidThroughWebhook(true);
    const whole = await refundWholeOrder({ orderId: d.order.id, cancel: true, reason: "고객 요청", ...key() });
    expect(whole.ok).toBe(true);
    await settleRefunds(d.order.id, d.paymentIntent, d.order.total);
    // 5. A refund asked twice with the same key (a double submit): once.
    const e = await paidThroughWebhook(false);
    const same = key();
    await refund(e.order.id, e.seogu.id, 2_000, { key: same });
    await refund(e.order.id, e.seogu.id, 2_000, { key: same });
    await settleRefunds(e.order.id, e.paymentIntent, e.order.total);
    // 6. More than is left: refused, nothing moves.
    const f = await paidThroughWebhook(false);
    const tooMuch = await refund(f.order.id, f.seogu.id, f.order.total + 1);
    expect(tooMuch).toMatchObject({ ok: false, reason: "AMOUNT_OUT_OF_RANGE" });
    // 7. Placed and never paid.
    await placeOrder(
      await makeCart(prisma, [{ variantId: await variantId(prisma, "naechingu-gim-jaban", "1봉"), quantity: 1 }]),
      CUSTOMER,
    );

    // The check over every order in the database (the same one every test file gets when it ends).
    expect(await moneyInvariantViolations(prisma)).toEqual([]);
    const counted = await settledByOrder(prisma);
    const orders = await prisma.order.findMany({
      select: { payments: { select: { status: true, amount: true, refundedAmount: true, refunds: true } } },
    });
    expect(orders.length).toBeGreaterThanOrEqual(7);
    // What Stripe reported refunded (charge.refunded) agrees with the refunds recorded.
    for (const payment of orders.flatMap((o) => o.payments).filter((p) => p.status === "PAID")) {
      const succeeded = payment.refunds.filter((r) => r.status === "SUCCEEDED");
      expect(payment.refundedAmount).toBe(succeeded.reduce((sum, r) => sum + r.amount, 0));
    }
    // The fully cancelled order nets 0; the five others still hold money, and the 정산 saw them.
    expect(counted.get(d.order.number)).toBe(0);
    expect([...counted.values()].filter((won) => won > 0)).toHaveLength(5);

    // The admin overview's total is the same money.
    const overview = await getSettlementOverview(currentMonth());
    const all = [...counted.values()].reduce((sum, v) => sum + v, 0);
    expect(overview.total.net).toBe(all);
    const paidTotal = orders.flatMap((o) => o.payments).filter((p) => p.status === "PAID");
    expect(all).toBe(
      paidTotal.reduce((s, p) => s + p.amount, 0) -
        paidTotal
          .flatMap((p) => p.refunds)
          .filter((r) => r.status === "SUCCEEDED")
          .reduce((s, r) => s + r.amount, 0),
    );
  });

  it("names the order when a paid payment hangs on an unpaid order, and when the 정산 disagrees", async () => {
    const order = await placeOrder(
      await makeCart(prisma, [{ variantId: await variantId(prisma, "naechingu-gim-jaban", "1봉"), quantity: 1 }]),
      CUSTOMER,
    );
    const stray = await prisma.payment.create({
      data: {
        orderId: order.id,
        provider: "stripe",
        checkoutSession: `cs_stray_${order.id}`,
        amount: order.total,
        status: "PAID",
      },
    });
    expect(await moneyInvariantViolations(prisma)).toEqual([
      `${order.number}: a paid payment on an order in PENDING_PAYMENT outside 확인 필요`,
      `${order.number}: 결제 − 환불 ${order.total}원, 정산 0원`,
    ]);
    // Put right, so this file's own check after it passes.
    await prisma.payment.delete({ where: { id: stray.id } });
    expect(await moneyInvariantViolations(prisma)).toEqual([]);
  });
});
