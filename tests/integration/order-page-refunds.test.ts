import { describe, expect, it } from "vitest";
// The customer's order page shows each part's refunds. (Cancelling is per part: tests/integration/part-requests.)
import { paidOrder, prisma, refundPart, STAFF, staffUserId } from "../support/stripe-refunds";
import { call } from "../support/route-calls";
import { getRequest } from "../support/staff";

const orderPage = await import("~/routes/orders.$token");

describe("the customer's order page", () => {
  it("shows every refund per center part, cancelled items marked, and 결제/환불/최종 결제 금액", async () => {
    const { order, seogu } = await paidOrder(prisma, { twoCenters: true, provider: "stripe" });
    const admin = await staffUserId(prisma, STAFF.admin);
    const partial = await refundPart({
      orderId: order.id,
      fulfilmentId: seogu.id,
      amount: 5000,
      cancel: false,
      reason: "포장 일부 파손",
      idempotencyKey: `t-${order.id}`,
      userId: admin.userId,
    });
    expect(partial.ok).toBe(true);
    const page = await call(orderPage.loader as never, getRequest(`/orders/${order.lookupToken}`), {
      token: order.lookupToken,
    });
    const parts = page.data.order.fulfilments;
    expect(parts[0].refunds).toEqual([expect.objectContaining({ amount: 5000, reason: "포장 일부 파손" })]);
    expect(parts[1].refunds).toEqual([]);
  });
});
