// Money and order-state changes raced for real: bursts of concurrent attempts, round after round, on the
// database the suite runs on. On PostgreSQL (READ COMMITTED, a connection per transaction) each of these
// failed before the fix (see the measurements); on SQLite they guard the same rules.
import { beforeAll, describe, expect, it } from "vitest";
// Sets the Stripe environment first: keep this import before any app module.
import { admin, chargeRefunded, newKey, paidOrder, prisma, refundCalls, refundPart } from "../support/stripe-refunds";

const { queueOrderNotification } = await import("~/notifications/notifications.server");
const { moveFulfilment } = await import("~/orders/orders.server");
const { recordAudit } = await import("~/audit/audit.server");

const settle = <T>(runs: (() => Promise<T>)[]) => Promise.allSettled(runs.map((run) => run()));
const rejected = (results: PromiseSettledResult<unknown>[]) =>
  results.filter((r): r is PromiseRejectedResult => r.status === "rejected").map((r) => String(r.reason));

let userId: number;
type RefundInput = Parameters<typeof refundPart>[0];
/** The admin's refund form for one part: everything left, under a fresh form key, unless told otherwise. */
const refund = (part: { orderId: number; id: number }, over: Partial<RefundInput> = {}) =>
  refundPart({
    orderId: part.orderId,
    fulfilmentId: part.id,
    amount: null,
    cancel: false,
    reason: "",
    idempotencyKey: newKey(),
    userId,
    ...over,
  });

beforeAll(async () => {
  userId = await admin();
  await prisma.productVariant.updateMany({ data: { stock: 100_000 } });
});

describe("refunds", () => {
  it("refund a part's remainder once when several admins press 남은 금액 환불 at once (8 rounds × 6)", async () => {
    for (let round = 0; round < 8; round++) {
      const { seogu } = await paidOrder(prisma, { provider: "stripe" });
      const before = refundCalls().length;
      const results = await settle(Array.from({ length: 6 }, () => () => refund(seogu)));
      expect(rejected(results)).toEqual([]);
      const refunded = await prisma.refund.aggregate({ where: { fulfilmentId: seogu.id }, _sum: { amount: true } });
      expect(refunded._sum.amount).toBe(seogu.itemsTotal + seogu.shippingFee + seogu.surcharge);
      expect(refundCalls().length - before).toBe(1);
    }
  });

  it("answer duplicate, never an error, when one form is submitted many times at once (8 rounds × 6)", async () => {
    for (let round = 0; round < 8; round++) {
      const { seogu } = await paidOrder(prisma, { provider: "stripe" });
      const key = newKey();
      const results = await settle(
        Array.from({ length: 6 }, () => () => refund(seogu, { amount: 1_000, idempotencyKey: key })),
      );
      expect(rejected(results)).toEqual([]);
      const answers = results.map((r) => (r as PromiseFulfilledResult<Awaited<ReturnType<typeof refundPart>>>).value);
      expect(answers.every((a) => a.ok)).toBe(true);
      expect(answers.filter((a) => a.ok && !a.data.duplicate)).toHaveLength(1);
      expect(await prisma.refund.count({ where: { fulfilmentId: seogu.id } })).toBe(1);
    }
  });

  it("cancel the order when both centers' parts are cancelled at the same moment (10 rounds)", async () => {
    for (let round = 0; round < 10; round++) {
      const { order, seogu, gwangsan } = await paidOrder(prisma, { twoCenters: true, provider: "stripe" });
      const cancel = (part: { orderId: number; id: number }) => () => refund(part, { cancel: true, reason: "품절" });
      const results = await settle([cancel(seogu), cancel(gwangsan!)]);
      expect(rejected(results)).toEqual([]);
      expect((await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("CANCELLED");
    }
  });
});

describe("the charge's refunded amount from webhooks", () => {
  it("ends at the largest figure however the events interleave (20 at once)", async () => {
    const { order, paymentIntent } = await paidOrder(prisma, { provider: "stripe" });
    const figures = Array.from({ length: 20 }, (_, i) => 100 * (i + 1));
    const results = await settle(figures.map((won) => () => chargeRefunded(paymentIntent, order.total, won)));
    expect(rejected(results)).toEqual([]);
    const payment = await prisma.payment.findFirstOrThrow({ where: { orderId: order.id } });
    expect(payment.refundedAmount).toBe(2_000);
  });
});

describe("the customer email dedupe inside the caller's transaction", () => {
  it("lets every racing transaction commit, with one email (24 at once)", async () => {
    const { order } = await paidOrder(prisma);
    const results = await settle(
      Array.from(
        { length: 24 },
        (_, i) => () =>
          prisma.$transaction(async (tx) => {
            await queueOrderNotification(tx, {
              orderId: order.id,
              kind: "ORDER_PAID",
              dedupeKey: `race-paid:${order.id}`,
            });
            // The caller's own work goes on after queueing; an aborted transaction would fail here.
            await recordAudit(
              { userId, action: "order.refund", entity: "Order", entityId: order.id, detail: `${i}` },
              tx,
            );
          }),
      ),
    );
    expect(rejected(results)).toEqual([]);
    expect(await prisma.notification.count({ where: { dedupeKey: `race-paid:${order.id}` } })).toBe(1);
    expect(await prisma.auditLog.count({ where: { action: "order.refund", entityId: String(order.id) } })).toBe(24);
  });
});

describe("the fulfilment log", () => {
  it("records each move from the state it really left, while a center and the admin act at once (12 rounds)", async () => {
    for (let round = 0; round < 12; round++) {
      const { seogu } = await paidOrder(prisma);
      const move = (to: "ACCEPTED" | "CANCELLED", centerId: number | null) => () =>
        prisma.$transaction((tx) => moveFulfilment(tx, { fulfilmentId: seogu.id, to, actor: { userId, centerId } }));
      const results = await settle([move("ACCEPTED", seogu.centerId), move("CANCELLED", null)]);
      expect(rejected(results)).toEqual([]);
      const events = await prisma.fulfilmentEvent.findMany({
        where: { fulfilmentId: seogu.id },
        orderBy: { id: "asc" },
      });
      let state = "NEW";
      for (const event of events) {
        expect(event.fromStatus).toBe(state);
        state = event.toStatus;
      }
      expect((await prisma.fulfilment.findUniqueOrThrow({ where: { id: seogu.id } })).status).toBe(state);
    }
  });
});
