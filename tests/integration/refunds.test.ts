import { describe, expect, it } from "vitest";
// Sets the Stripe environment first: keep this import before any app module.
import {
  acceptFulfilments,
  admin,
  chargeRefunded,
  newKey,
  paidOrder,
  partRefunded,
  prisma,
  refundCalls,
  refundPart,
  refundRefusalMessage,
  refundWholeOrder,
  shipFulfilment,
  STAFF,
  staffUserId,
} from "../support/stripe-refunds";

describe("refunds through Stripe (real SDK against the local stand-in)", () => {
  it("refunds part of one center's share, then the rest, with exact parameters and idempotency keys", async () => {
    const { order, paymentIntent, seogu, gwangsan } = await paidOrder(prisma, { twoCenters: true, provider: "stripe" });
    const userId = await admin();
    const partTotal = seogu.itemsTotal + seogu.shippingFee + seogu.surcharge;

    const firstKey = newKey();
    const first = await refundPart({
      orderId: order.id,
      fulfilmentId: seogu.id,
      amount: 1_000,
      cancel: false,
      reason: "김 1봉 파손",
      idempotencyKey: firstKey,
      userId,
    });
    expect(first).toEqual({ ok: true, data: { amount: 1_000, duplicate: false, refundId: expect.any(Number) } });
    expect(refundCalls()).toHaveLength(1);
    const call = refundCalls()[0]!;
    expect(call.idempotencyKey).toBe(firstKey);
    expect(call.body).toEqual({
      payment_intent: paymentIntent,
      amount: "1000",
      reason: "requested_by_customer",
      metadata: { orderId: String(order.id), refundId: expect.any(String) },
    });
    expect(call.authorization).toBe("Bearer sk_test_refunds_0123456789");

    // The order's refund state follows the webhook, not the API call.
    expect((await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("PAID");
    await chargeRefunded(paymentIntent, order.total, 1_000);
    expect((await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("PARTIALLY_REFUNDED");

    const rest = await refundPart({
      orderId: order.id,
      fulfilmentId: seogu.id,
      amount: null,
      cancel: false,
      reason: "",
      idempotencyKey: newKey(),
      userId,
    });
    expect(rest).toMatchObject({ ok: true, data: { amount: partTotal - 1_000 } });
    expect(refundCalls()[1]!.body.amount).toBe(String(partTotal - 1_000));

    const part = await prisma.fulfilment.findUniqueOrThrow({ where: { id: seogu.id }, include: { refunds: true } });
    expect(await partRefunded(seogu.id)).toBe(partTotal);
    expect(part.refunds.map((r) => [r.amount, r.status])).toEqual([
      [1_000, "SUCCEEDED"],
      [partTotal - 1_000, "SUCCEEDED"],
    ]);
    expect(part.refunds.every((r) => r.providerRefund?.startsWith("re_standin_"))).toBe(true);

    // Nothing left on 서구's part; 광산's part is untouched.
    const more = await refundPart({
      orderId: order.id,
      fulfilmentId: seogu.id,
      amount: 1,
      cancel: false,
      reason: "",
      idempotencyKey: newKey(),
      userId,
    });
    expect(more).toMatchObject({ ok: false, reason: "FULLY_REFUNDED" });
    expect(more.ok || refundRefusalMessage(more)).toBe("이미 전액 환불된 상품입니다.");
    expect(await partRefunded(gwangsan!.id)).toBe(0);

    // The whole order refunded: the last webhook makes it REFUNDED.
    const whole = await refundWholeOrder({
      orderId: order.id,
      cancel: false,
      reason: "",
      idempotencyKey: newKey(),
      userId,
    });
    expect(whole).toMatchObject({ ok: true, data: { amount: order.total - partTotal } });
    await chargeRefunded(paymentIntent, order.total, order.total);
    const after = await prisma.order.findUniqueOrThrow({ where: { id: order.id }, include: { payments: true } });
    expect(after.status).toBe("REFUNDED");
    expect(after.payments[0]!.refundedAmount).toBe(order.total);
    expect(await prisma.notification.count({ where: { orderId: order.id, kind: "REFUNDED" } })).toBe(3);
    expect(
      await prisma.auditLog.count({ where: { entity: "Order", entityId: String(order.id), action: "order.refund" } }),
    ).toBe(3);
  });

  it("refunds once when the same form is submitted twice, even at the same moment", async () => {
    const { order, seogu } = await paidOrder(prisma, { provider: "stripe" });
    const userId = await admin();
    const key = newKey();
    const input = {
      orderId: order.id,
      fulfilmentId: seogu.id,
      amount: 2_000,
      cancel: false,
      reason: "",
      idempotencyKey: key,
      userId,
    };
    const results = await Promise.all([refundPart(input), refundPart(input)]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results.filter((r) => r.ok && r.data.duplicate)).toHaveLength(1);
    expect(refundCalls()).toHaveLength(1);
    expect(await prisma.refund.count({ where: { fulfilmentId: seogu.id } })).toBe(1);
    const again = await refundPart(input);
    expect(again).toMatchObject({ ok: true, data: { duplicate: true } });
    expect(refundCalls()).toHaveLength(1);
  });

  it("cancels an unshipped part: stock comes back, the part's whole amount is refunded, the customer is told", async () => {
    const { order, seogu, jaban } = await paidOrder(prisma, { twoCenters: true, provider: "stripe" });
    const stockBefore = (await prisma.productVariant.findUniqueOrThrow({ where: { id: jaban } })).stock;
    const result = await refundPart({
      orderId: order.id,
      fulfilmentId: seogu.id,
      amount: 500, // ignored: a cancellation refunds the whole part
      cancel: true,
      reason: "품절",
      idempotencyKey: newKey(),
      userId: await admin(),
    });
    const partTotal = seogu.itemsTotal + seogu.shippingFee + seogu.surcharge;
    expect(result).toMatchObject({ ok: true, data: { amount: partTotal } });
    const part = await prisma.fulfilment.findUniqueOrThrow({
      where: { id: seogu.id },
      include: { items: true, events: true },
    });
    expect(part.status).toBe("CANCELLED");
    expect(part.items.every((i) => i.cancelledQty === i.quantity)).toBe(true);
    expect(part.events.map((e) => [e.fromStatus, e.toStatus, e.note])).toEqual([["NEW", "CANCELLED", "품절"]]);
    expect((await prisma.productVariant.findUniqueOrThrow({ where: { id: jaban } })).stock).toBe(stockBefore + 2);
    // The other center still has its part, so the order is not cancelled as a whole.
    expect((await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("PAID");
    const mail = await prisma.notification.findFirstOrThrow({ where: { orderId: order.id, kind: "CANCELLED" } });
    expect(mail.text).toContain("환불 금액: 9,000원");
    expect(mail.text).toContain("사유: 품절");
  });

  it("cancels a whole unshipped order, and refuses to cancel once a part has shipped", async () => {
    const userId = await admin();
    const unshipped = await paidOrder(prisma, { twoCenters: true, provider: "stripe" });
    const whole = await refundWholeOrder({
      orderId: unshipped.order.id,
      cancel: true,
      reason: "고객 요청",
      idempotencyKey: newKey(),
      userId,
    });
    expect(whole).toMatchObject({ ok: true, data: { amount: unshipped.order.total } });
    expect(
      refundCalls()
        .map((c) => Number(c.body.amount))
        .reduce((a, b) => a + b, 0),
    ).toBe(unshipped.order.total);
    const after = await prisma.order.findUniqueOrThrow({
      where: { id: unshipped.order.id },
      include: { fulfilments: true },
    });
    expect(after.status).toBe("CANCELLED");
    expect(after.fulfilments.every((f) => f.status === "CANCELLED")).toBe(true);

    const shipped = await paidOrder(prisma, { twoCenters: true, provider: "stripe" });
    const seoguStaff = await staffUserId(prisma, STAFF.seogu);
    await acceptFulfilments({ fulfilmentIds: [shipped.seogu.id], actor: seoguStaff });
    await shipFulfilment({
      fulfilmentId: shipped.seogu.id,
      courier: "CJ",
      trackingNumber: "123456789012",
      actor: seoguStaff,
    });
    const refused = await refundWholeOrder({
      orderId: shipped.order.id,
      cancel: true,
      reason: "",
      idempotencyKey: newKey(),
      userId,
    });
    expect(refused).toMatchObject({ ok: false, reason: "ORDER_SHIPPED" });
    expect(refused.ok || refundRefusalMessage(refused)).toBe(
      "이미 발송된 센터 상품이 있어 전체 취소할 수 없습니다. 센터별로 처리해 주세요.",
    );
    const cancelShipped = await refundPart({
      orderId: shipped.order.id,
      fulfilmentId: shipped.seogu.id,
      amount: null,
      cancel: true,
      reason: "",
      idempotencyKey: newKey(),
      userId,
    });
    expect(cancelShipped.ok).toBe(false);
    expect(await prisma.refund.count({ where: { payment: { orderId: shipped.order.id } } })).toBe(0);
  });
});
