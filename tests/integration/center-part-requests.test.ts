// The producing center's side of part requests: its own 취소 요청 (answered by the regional admin, told to the
// customer once decided, in customer words), its isolation from other centers' parts, and /center/requests.
import { describe, expect, it } from "vitest";
import { acceptFulfilments, paidOrder, prisma, refundCalls, STAFF, staffUserId } from "../support/stripe-refunds";
import { call } from "../support/route-calls";
import { getRequest, sessionCookie } from "../support/staff";
import { ask, orderPage, requestsOf, staffPost } from "../support/part-requests";

const centerPage = await import("~/routes/center.orders.$number");

describe("취소 요청 by a producing center", () => {
  it("goes to the admin, who approves it through the refund path; the center can't answer its own", async () => {
    const { order, seogu } = await paidOrder(prisma, { provider: "stripe" });
    const bad = await staffPost("seogu", order.number, {
      intent: "center-cancel-request",
      fulfilmentId: String(seogu.id),
      reasonCode: "없는 사유",
    });
    expect(bad.status).toBe(400);
    expect(bad.data.result.error.reasonCode).toEqual(["취소 사유를 골라 주세요."]);
    const sent = await staffPost("seogu", order.number, {
      intent: "center-cancel-request",
      fulfilmentId: String(seogu.id),
      reasonCode: "품절",
      note: "원재료 수급 문제",
    });
    expect(sent.location).toBe(`/center/orders/${order.number}?notice=request-sent`);
    const [request] = await requestsOf(order.id);
    expect(request).toMatchObject({ origin: "CENTER", kind: "CANCEL", status: "OPEN", reasonCode: "품절" });
    // The customer is not mailed about the center's request.
    expect(await prisma.notification.count({ where: { orderId: order.id, kind: "REQUEST_RECEIVED" } })).toBe(0);
    const own = await staffPost("seogu", order.number, {
      intent: "answer-request",
      requestId: String(request!.id),
      decision: "APPROVE",
    });
    expect(own.status).toBe(409);
    const approved = await staffPost("admin", order.number, {
      intent: "answer-request",
      requestId: String(request!.id),
      decision: "APPROVE",
      answerNote: "고객께 사과 연락 드림",
    });
    expect(approved.location).toBe(`/admin/orders/${order.number}?notice=request-cancelled-${order.total}`);
    expect(refundCalls()).toHaveLength(1);
    expect((await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("CANCELLED");
  });

  it("sees only its own parts: another center's part or request is 404 and changes nothing", async () => {
    const { order, seogu } = await paidOrder(prisma, { twoCenters: true, provider: "stripe" });
    const forged = await staffPost("gwangsan", order.number, {
      intent: "center-cancel-request",
      fulfilmentId: String(seogu.id),
      reasonCode: "품절",
    });
    expect(forged.status).toBe(404);
    await acceptFulfilments({ fulfilmentIds: [seogu.id], actor: await staffUserId(prisma, STAFF.seogu) });
    await ask(order.lookupToken, seogu.id, "CANCEL", "단순 변심");
    const [request] = await requestsOf(order.id);
    const answered = await staffPost("gwangsan", order.number, {
      intent: "answer-request",
      requestId: String(request!.id),
      decision: "REJECT",
      answerNote: "x",
    });
    expect(answered.status).toBe(404);
    const gwangsanPage = await call(
      centerPage.loader as never,
      getRequest(`/center/orders/${order.number}`, await sessionCookie(STAFF.gwangsan)),
      { number: order.number },
    );
    expect(gwangsanPage.data.requests).toEqual([]);
    const seoguPage = await call(
      centerPage.loader as never,
      getRequest(`/center/orders/${order.number}`, await sessionCookie(STAFF.seogu)),
      { number: order.number },
    );
    expect(seoguPage.data.requests.map((r: { id: number }) => r.id)).toEqual([request!.id]);
    expect((await prisma.partRequest.findUniqueOrThrow({ where: { id: request!.id } })).status).toBe("OPEN");
  });
});

describe("the center's own decided request, told to the customer", () => {
  it("a 품절 cancel the admin approved shows in customer words, without the centers' notes", async () => {
    const { order, seogu } = await paidOrder(prisma, { provider: "stripe" });
    await staffPost("seogu", order.number, {
      intent: "center-cancel-request",
      fulfilmentId: String(seogu.id),
      reasonCode: "품절",
      note: "원재료 수급 문제 (내부 메모)",
    });
    const before = await call(orderPage.loader as never, getRequest(`/orders/${order.lookupToken}`), {
      token: order.lookupToken,
    });
    expect(before.data.parts[0].centerDecisions).toEqual([]);
    const [request] = await requestsOf(order.id);
    await staffPost("admin", order.number, {
      intent: "answer-request",
      requestId: String(request!.id),
      decision: "APPROVE",
      answerNote: "센터에 재고 확인 요청함",
    });
    const page = await call(orderPage.loader as never, getRequest(`/orders/${order.lookupToken}`), {
      token: order.lookupToken,
    });
    expect(page.data.parts[0].centerDecisions).toEqual([
      { id: request!.id, status: "APPROVED", reasonCode: "품절", refundAmount: order.total },
    ]);
    expect(page.data.parts[0].requests).toEqual([]);
    expect(JSON.stringify(page.data.parts)).not.toContain("내부 메모");
    expect(JSON.stringify(page.data.parts)).not.toContain("재고 확인");
  });
});

describe("/center/requests", () => {
  it("lists only this center's requests", async () => {
    const page = await import("~/routes/center.requests");
    const { order, seogu } = await paidOrder(prisma, { twoCenters: true, provider: "stripe" });
    await acceptFulfilments({ fulfilmentIds: [seogu.id], actor: await staffUserId(prisma, STAFF.seogu) });
    await ask(order.lookupToken, seogu.id, "CANCEL", "단순 변심");
    const [request] = await requestsOf(order.id);
    const list = async (who: "seogu" | "gwangsan") =>
      (await call(page.loader as never, getRequest("/center/requests", await sessionCookie(STAFF[who])))).data;
    expect((await list("seogu")).rows.map((r: { id: number }) => r.id)).toContain(request!.id);
    expect((await list("gwangsan")).rows.map((r: { id: number }) => r.id)).not.toContain(request!.id);
  });
});
