import { describe, expect, it } from "vitest";
// Sets the Stripe environment first: keep this import before any app module.
import {
  admin,
  newKey,
  paidOrder,
  partRefunded,
  prisma,
  refundCalls,
  refundPart,
  standIn,
  stripeEvent,
} from "../support/stripe-refunds";

describe("refunds that fail or are refused", () => {
  it("refuses amounts above what is left, and records a refund Stripe refused as failed", async () => {
    const { order, seogu } = await paidOrder(prisma, { provider: "stripe" });
    const userId = await admin();
    const partTotal = seogu.itemsTotal + seogu.shippingFee + seogu.surcharge;
    const tooMuch = await refundPart({
      orderId: order.id,
      fulfilmentId: seogu.id,
      amount: partTotal + 1,
      cancel: false,
      reason: "",
      idempotencyKey: newKey(),
      userId,
    });
    expect(tooMuch.ok).toBe(false);
    expect(refundCalls()).toHaveLength(0);

    standIn.failNextWith(400);
    const failed = await refundPart({
      orderId: order.id,
      fulfilmentId: seogu.id,
      amount: 1_000,
      cancel: false,
      reason: "",
      idempotencyKey: newKey(),
      userId,
    });
    expect(failed.ok).toBe(false);
    const refund = await prisma.refund.findFirstOrThrow({ where: { fulfilmentId: seogu.id } });
    expect(refund.status).toBe("FAILED");
    expect(await partRefunded(seogu.id)).toBe(0);
    // A failed refund does not use up the refundable amount: the full part can still be refunded.
    const retry = await refundPart({
      orderId: order.id,
      fulfilmentId: seogu.id,
      amount: null,
      cancel: false,
      reason: "",
      idempotencyKey: newKey(),
      userId,
    });
    expect(retry).toMatchObject({ ok: true, data: { amount: partTotal } });
  });

  it("follows refund.failed from Stripe: the refund shows as failed and the amount can be refunded again", async () => {
    const { order, seogu } = await paidOrder(prisma, { provider: "stripe" });
    const userId = await admin();
    const result = await refundPart({
      orderId: order.id,
      fulfilmentId: seogu.id,
      amount: 2_000,
      cancel: false,
      reason: "",
      idempotencyKey: newKey(),
      userId,
    });
    expect(result.ok).toBe(true);
    const refund = await prisma.refund.findFirstOrThrow({ where: { fulfilmentId: seogu.id } });
    expect(await partRefunded(seogu.id)).toBe(2_000);

    const failed = { id: refund.providerRefund, object: "refund", amount: 2_000, status: "failed" };
    expect(await stripeEvent("refund.failed", failed)).toEqual({ status: 200, body: "failed" });
    expect((await prisma.refund.findUniqueOrThrow({ where: { id: refund.id } })).status).toBe("FAILED");
    expect(await partRefunded(seogu.id)).toBe(0);
    // A replay of the same news changes nothing more.
    expect(await stripeEvent("refund.updated", failed)).toEqual({ status: 200, body: "unchanged" });
    expect(await partRefunded(seogu.id)).toBe(0);

    const partTotal = seogu.itemsTotal + seogu.shippingFee + seogu.surcharge;
    const again = await refundPart({
      orderId: order.id,
      fulfilmentId: seogu.id,
      amount: null,
      cancel: false,
      reason: "",
      idempotencyKey: newKey(),
      userId,
    });
    expect(again).toMatchObject({ ok: true, data: { amount: partTotal } });
  });
});
