import { describe, expect, it } from "vitest";
// Sets the Stripe environment first: keep this import before any app module.
import { admin, chargeRefunded, newKey, paidOrder, partRefunded, prisma, refundPart } from "../support/stripe-refunds";

const { listAdminOrders, getAdminOrder, partRefundable, readAdminOrderFilter } =
  await import("~/orders/admin-orders.server");
const { orderRefundedOf } = await import("~/orders/refundable");
const { queueOrderNotification } = await import("~/notifications/notifications.server");
const { formatWon } = await import("~/utils/format");

describe("what was refunded, as every reader tells it", () => {
  it("agrees after a partial refund: admin page, admin list, email, the refund rows and the payment's reported counter", async () => {
    const { order, paymentIntent, seogu } = await paidOrder(prisma, { twoCenters: true, provider: "stripe" });
    const partTotal = seogu.itemsTotal + seogu.shippingFee + seogu.surcharge;
    const refunded = await refundPart({
      orderId: order.id,
      fulfilmentId: seogu.id,
      amount: 1_200,
      cancel: false,
      reason: "",
      idempotencyKey: newKey(),
      userId: await admin(),
    });
    expect(refunded).toMatchObject({ ok: true, data: { amount: 1_200 } });
    await chargeRefunded(paymentIntent, order.total, 1_200);

    // The admin order page: what the part can still refund.
    const page = await getAdminOrder(order.number);
    const part = page!.fulfilments.find((f) => f.id === seogu.id)!;
    expect(partRefundable(part)).toBe(partTotal - 1_200);

    // The admin list: what the order has refunded.
    const filter = readAdminOrderFilter(new URLSearchParams({ status: "ALL", q: order.number }));
    const { rows } = await listAdminOrders(filter, 1);
    expect(rows.map((r) => [r.number, orderRefundedOf(r.payments)])).toEqual([[order.number, 1_200]]);

    // An email that does not name its amount states what the database records, for the part and the order.
    await prisma.$transaction(async (tx) => {
      await queueOrderNotification(tx, {
        orderId: order.id,
        kind: "REFUNDED",
        fulfilmentId: seogu.id,
        dedupeKey: `readers-part-${order.id}`,
      });
      await queueOrderNotification(tx, { orderId: order.id, kind: "REFUNDED", dedupeKey: `readers-${order.id}` });
    });
    for (const dedupeKey of [`readers-part-${order.id}`, `readers-${order.id}`]) {
      const email = await prisma.notification.findUniqueOrThrow({ where: { dedupeKey } });
      expect(email.text).toContain(`환불 금액: ${formatWon(1_200)}`);
    }

    // The part's refund rows and the provider-reported counter on the payment say the same.
    expect(await partRefunded(seogu.id)).toBe(1_200);
    const stored = await prisma.order.findUniqueOrThrow({ where: { id: order.id }, include: { payments: true } });
    expect(stored.payments[0]!.refundedAmount).toBe(1_200);
  });
});
