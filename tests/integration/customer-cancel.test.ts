import { describe, expect, it } from "vitest";
import {
  acceptFulfilments,
  paidOrder,
  prisma,
  refundPart,
  STAFF,
  staffUserId,
  standIn,
} from "../support/stripe-refunds";
import { call } from "../support/route-calls";
import { formRequest, getRequest } from "../support/staff";

const orderPage = await import("~/routes/orders.$token");

function cancel(token: string, fields: Record<string, string>) {
  return call(orderPage.action as never, formRequest(`/orders/${token}`, { intent: "cancel", ...fields }), { token });
}

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
    expect(page.data.canCancel).toBe(true);
  });
});

describe("주문 취소 by the customer before 발주확인", () => {
  it("needs the orderer's phone: someone else's link alone changes nothing", async () => {
    const { order } = await paidOrder(prisma, { provider: "stripe" });
    const wrong = await cancel(order.lookupToken, { phone: "010-9999-0000", reason: "단순 변심" });
    expect(wrong.status).toBe(409);
    expect(wrong.data.error[""]).toEqual([
      "휴대전화 번호가 주문 정보와 맞지 않습니다. 주문하실 때 입력한 번호를 입력해 주세요.",
    ]);
    expect(wrong.data.initialValue.phone).toBe("010-9999-0000");
    const bad = await cancel(order.lookupToken, { phone: "010-1234-5678", reason: "아무거나", message: "\u0007" });
    expect(bad.status).toBe(400);
    // The control character itself is removed by the one form door (utils/form-parse) before validation.
    expect(bad.data.error).toEqual({ reason: ["취소 사유를 골라 주세요."] });
    expect(standIn.requests).toHaveLength(0);
    expect((await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("PAID");
  });

  it("cancels and refunds the whole order at once through the refund path, once", async () => {
    const { order } = await paidOrder(prisma, { twoCenters: true, provider: "stripe" });
    const answer = await cancel(order.lookupToken, { phone: "01012345678", reason: "주문 실수 (상품·수량)" });
    expect(answer.status).toBe(302);
    expect(answer.location).toBe(`/orders/${order.lookupToken}?cancelled=${order.total}`);
    const refunds = standIn.requests.filter((r) => r.path === "/v1/refunds");
    expect(refunds.map((r) => Number((r.body as { amount: string }).amount)).reduce((a, b) => a + b, 0)).toBe(
      order.total,
    );
    const saved = await prisma.order.findUniqueOrThrow({
      where: { id: order.id },
      include: { fulfilments: { include: { refunds: true, items: true, events: true } }, notifications: true },
    });
    expect(saved.status).toBe("CANCELLED");
    for (const part of saved.fulfilments) {
      expect(part.status).toBe("CANCELLED");
      expect(part.items.every((i) => i.cancelledQty === i.quantity)).toBe(true);
      expect(part.refunds[0]!.reason).toBe("고객 취소: 주문 실수 (상품·수량)");
      expect(part.events.at(-1)).toMatchObject({ fromStatus: "NEW", toStatus: "CANCELLED", userId: null });
    }
    expect(saved.notifications.filter((n) => n.kind === "CANCELLED")).toHaveLength(2);
    // Twice: nothing more happens.
    const again = await cancel(order.lookupToken, { phone: "01012345678", reason: "단순 변심" });
    expect(again.status).toBe(409);
    expect(again.data.error[""]).toEqual(["이미 취소된 주문입니다."]);
  });

  it("is refused once a center has accepted its part (발주확인), and nothing is cancelled", async () => {
    const { order, seogu } = await paidOrder(prisma, { twoCenters: true, provider: "stripe" });
    const actor = await staffUserId(prisma, STAFF.seogu);
    expect(await acceptFulfilments({ fulfilmentIds: [seogu.id], actor })).toEqual({ accepted: 1, skipped: 0 });
    const page = await call(orderPage.loader as never, getRequest(`/orders/${order.lookupToken}`), {
      token: order.lookupToken,
    });
    expect(page.data.canCancel).toBe(false);
    const refused = await cancel(order.lookupToken, { phone: "010-1234-5678", reason: "단순 변심" });
    expect(refused.status).toBe(409);
    expect(refused.data.error[""][0]).toContain("이미 주문을 확인해 바로 취소할 수 없습니다");
    const parts = await prisma.fulfilment.findMany({ where: { orderId: order.id } });
    expect(parts.map((p) => p.status).sort()).toEqual(["ACCEPTED", "NEW"]);
    expect(standIn.requests.filter((r) => r.path === "/v1/refunds")).toHaveLength(0);
  });
});
