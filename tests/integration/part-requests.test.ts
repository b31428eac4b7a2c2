// 취소 요청 per center part by the customer (order page): at once before 발주확인, else answered by the center or
// the regional admin, refunds through the one refund path, races, refusals. The center's own requests:
// center-part-requests.test.ts; 반품·교환: part-request-returns.test.ts.
import { describe, expect, it } from "vitest";
import { acceptFulfilments, paidOrder, prisma, refundCalls, STAFF, staffUserId } from "../support/stripe-refunds";
import { call } from "../support/route-calls";
import { getRequest, sessionCookie } from "../support/staff";
import { adminActor, ask, customerPost, orderPage, requestsOf, staffPost } from "../support/part-requests";

const adminPage = await import("~/routes/admin.orders.$number");
const adminRequests = await import("~/routes/admin.requests");
const { answerRequest } = await import("~/orders/part-request-answers.server");
const { withdrawByCustomer } = await import("~/orders/part-requests.server");
const { refundProvider } = await import("~/payments/refund-provider.server");

describe("취소 요청 by the customer", () => {
  it("cancels a 신규주문 part at once through the refund path and shows the amount; the other part stays", async () => {
    const { order, seogu, gwangsan } = await paidOrder(prisma, { twoCenters: true, provider: "stripe" });
    const answer = await ask(order.lookupToken, seogu.id, "CANCEL", "단순 변심", "다른 상품으로 살게요");
    const amount = seogu.itemsTotal + seogu.shippingFee + seogu.surcharge;
    expect(answer.status).toBe(302);
    expect(answer.location).toBe(`/orders/${order.lookupToken}?cancelled=${amount}`);
    expect(refundCalls()).toHaveLength(1);
    const parts = await prisma.fulfilment.findMany({ where: { orderId: order.id }, orderBy: { id: "asc" } });
    expect(parts.find((p) => p.id === seogu.id)!.status).toBe("CANCELLED");
    expect(parts.find((p) => p.id === gwangsan!.id)!.status).toBe("NEW");
    const [request] = await requestsOf(order.id);
    expect(request).toMatchObject({ kind: "CANCEL", origin: "CUSTOMER", status: "APPROVED", refundAmount: amount });
    // The page shows the request and no second cancel form for that part.
    const page = await call(orderPage.loader as never, getRequest(`/orders/${order.lookupToken}`), {
      token: order.lookupToken,
    });
    const part = page.data.parts.find((p: { id: number }) => p.id === seogu.id);
    expect(part.kinds).toEqual([]);
    expect(part.requests[0].status).toBe("APPROVED");
    // Twice: nothing more.
    const again = await ask(order.lookupToken, seogu.id, "CANCEL", "단순 변심");
    expect(again.status).toBe(409);
    expect(refundCalls()).toHaveLength(1);
  });

  it("after 발주확인 opens a request the admin approves: one refund, the amount shown, emails at each step", async () => {
    const { order, seogu } = await paidOrder(prisma, { provider: "stripe" });
    await acceptFulfilments({ fulfilmentIds: [seogu.id], actor: await staffUserId(prisma, STAFF.seogu) });
    const answer = await ask(order.lookupToken, seogu.id, "CANCEL", "주문 실수 (상품·수량)");
    expect(answer.location).toBe(`/orders/${order.lookupToken}?request=received`);
    expect(refundCalls()).toHaveLength(0);
    const [request] = await requestsOf(order.id);
    expect(request!.status).toBe("OPEN");
    // A second request for the same part is refused.
    const twice = await ask(order.lookupToken, seogu.id, "CANCEL", "단순 변심");
    expect(twice.status).toBe(409);
    expect(twice.data.result.error[""]).toEqual(["이 상품에 대한 요청이 이미 접수되어 처리를 기다리고 있습니다."]);

    const list = await call(
      adminRequests.loader as never,
      getRequest("/admin/requests", await sessionCookie(STAFF.admin)),
    );
    expect(list.data.rows.map((r: { id: number }) => r.id)).toContain(request!.id);
    const page = await call(
      adminPage.loader as never,
      getRequest(`/admin/orders/${order.number}`, await sessionCookie(STAFF.admin)),
      { number: order.number },
    );
    expect(page.data.requests).toHaveLength(1);

    const approved = await staffPost("admin", order.number, {
      intent: "answer-request",
      requestId: String(request!.id),
      decision: "APPROVE",
    });
    expect(approved.status).toBe(302);
    expect(approved.location).toBe(`/admin/orders/${order.number}?notice=request-cancelled-${order.total}`);
    expect(refundCalls()).toHaveLength(1);
    const saved = await prisma.partRequest.findUniqueOrThrow({ where: { id: request!.id } });
    expect(saved).toMatchObject({ status: "APPROVED", refundAmount: order.total, openKey: null });
    expect((await prisma.fulfilment.findUniqueOrThrow({ where: { id: seogu.id } })).status).toBe("CANCELLED");
    const mails = await prisma.notification.findMany({ where: { orderId: order.id }, orderBy: { id: "asc" } });
    const kinds = mails.map((m) => m.kind);
    expect(kinds).toEqual(
      expect.arrayContaining(["REQUEST_RECEIVED", "REQUEST_APPROVED", "CANCELLED", "CENTER_REQUEST"]),
    );
    expect(kinds.filter((k) => k === "REQUEST_RECEIVED")).toHaveLength(1);
    expect(mails.find((m) => m.kind === "REQUEST_RECEIVED")!.subject).toContain("취소 요청이 접수되었습니다");
  });

  it("a rejection needs a reason, keeps the part, and tells the customer why", async () => {
    const { order, seogu } = await paidOrder(prisma, { provider: "stripe" });
    await acceptFulfilments({ fulfilmentIds: [seogu.id], actor: await staffUserId(prisma, STAFF.seogu) });
    await ask(order.lookupToken, seogu.id, "CANCEL", "단순 변심");
    const [request] = await requestsOf(order.id);
    const fields = { intent: "answer-request", requestId: String(request!.id), decision: "REJECT" };
    const empty = await staffPost("admin", order.number, fields);
    expect(empty.status).toBe(400);
    expect(empty.data.result.error.answerNote).toEqual(["거절 사유를 입력해 주세요. 고객에게 전달됩니다."]);
    const rejected = await staffPost("admin", order.number, {
      ...fields,
      answerNote: "이미 포장을 마쳐 곧 발송합니다",
    });
    expect(rejected.location).toBe(`/admin/orders/${order.number}?notice=request-rejected`);
    expect((await prisma.partRequest.findUniqueOrThrow({ where: { id: request!.id } })).status).toBe("REJECTED");
    const mail = await prisma.notification.findFirstOrThrow({ where: { orderId: order.id, kind: "REQUEST_REJECTED" } });
    expect(mail.text).toContain("거절 사유: 이미 포장을 마쳐 곧 발송합니다");
    expect(refundCalls()).toHaveLength(0);
  });

  it("needs the orderer's phone, a valid reason, and a part of this order; bad input changes nothing", async () => {
    const { order, seogu } = await paidOrder(prisma, { provider: "stripe" });
    const other = await paidOrder(prisma, { provider: "stripe" });
    const wrongPhone = await customerPost(order.lookupToken, {
      intent: "part-request",
      fulfilmentId: String(seogu.id),
      kind: "CANCEL",
      reasonCode: "단순 변심",
      phone: "010-9999-0000",
    });
    expect(wrongPhone.status).toBe(409);
    expect(wrongPhone.data.result.initialValue.phone).toBe("010-9999-0000");
    const badReason = await ask(order.lookupToken, seogu.id, "CANCEL", "아무거나", "x".repeat(501));
    expect(badReason.status).toBe(400);
    expect(badReason.data.result.error).toEqual({
      reasonCode: ["사유를 골라 주세요."],
      note: ["500자 이내로 입력해 주세요."],
    });
    const foreign = await ask(order.lookupToken, other.seogu.id, "CANCEL", "단순 변심");
    expect(foreign.status).toBe(409);
    expect(await prisma.partRequest.count({ where: { orderId: { in: [order.id, other.order.id] } } })).toBe(0);
    expect(refundCalls()).toHaveLength(0);
  });
});

describe("races", () => {
  it("two approvals at once: one refund", async () => {
    const { order, seogu } = await paidOrder(prisma, { provider: "stripe" });
    await acceptFulfilments({ fulfilmentIds: [seogu.id], actor: await staffUserId(prisma, STAFF.seogu) });
    await ask(order.lookupToken, seogu.id, "CANCEL", "단순 변심");
    const [request] = await requestsOf(order.id);
    const actor = await adminActor();
    const results = await Promise.all([
      answerRequest({ requestId: request!.id, decision: "APPROVE", note: "", actor }, refundProvider),
      answerRequest({ requestId: request!.id, decision: "APPROVE", note: "", actor }, refundProvider),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ reason: "ALREADY_ANSWERED" });
    expect(refundCalls()).toHaveLength(1);
    expect(await prisma.refund.count({ where: { fulfilmentId: seogu.id } })).toBe(1);
  });

  it("approval against the customer's 철회 at once: exactly one applies, and money follows it", async () => {
    const { order, seogu } = await paidOrder(prisma, { provider: "stripe" });
    await acceptFulfilments({ fulfilmentIds: [seogu.id], actor: await staffUserId(prisma, STAFF.seogu) });
    await ask(order.lookupToken, seogu.id, "CANCEL", "단순 변심");
    const [request] = await requestsOf(order.id);
    const [approved, withdrawn] = await Promise.all([
      answerRequest(
        { requestId: request!.id, decision: "APPROVE", note: "", actor: await adminActor() },
        refundProvider,
      ),
      withdrawByCustomer({ token: order.lookupToken, phone: "01012345678", requestId: request!.id }),
    ]);
    expect([approved.ok, withdrawn.ok].filter(Boolean)).toHaveLength(1);
    const saved = await prisma.partRequest.findUniqueOrThrow({ where: { id: request!.id } });
    const refunds = await prisma.refund.count({ where: { fulfilmentId: seogu.id } });
    if (approved.ok) {
      expect(saved.status).toBe("APPROVED");
      expect(refunds).toBe(1);
    } else {
      expect(saved.status).toBe("WITHDRAWN");
      expect(refunds).toBe(0);
      expect((await prisma.fulfilment.findUniqueOrThrow({ where: { id: seogu.id } })).status).toBe("ACCEPTED");
    }
  });

  it("two customer requests for one part at once: one is recorded", async () => {
    const { order, seogu } = await paidOrder(prisma, { provider: "stripe" });
    await acceptFulfilments({ fulfilmentIds: [seogu.id], actor: await staffUserId(prisma, STAFF.seogu) });
    const answers = await Promise.all([
      ask(order.lookupToken, seogu.id, "CANCEL", "단순 변심"),
      ask(order.lookupToken, seogu.id, "CANCEL", "기타"),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([302, 409]);
    expect(await prisma.partRequest.count({ where: { fulfilmentId: seogu.id } })).toBe(1);
  });
});

describe("admin home", () => {
  it("counts open requests", async () => {
    const home = await import("~/routes/admin._index");
    const { order, seogu } = await paidOrder(prisma, { provider: "stripe" });
    const before = await call(home.loader as never, getRequest("/admin", await sessionCookie(STAFF.admin)));
    await acceptFulfilments({ fulfilmentIds: [seogu.id], actor: await staffUserId(prisma, STAFF.seogu) });
    await ask(order.lookupToken, seogu.id, "CANCEL", "단순 변심");
    const after = await call(home.loader as never, getRequest("/admin", await sessionCookie(STAFF.admin)));
    expect(after.data.openRequests).toBe(before.data.openRequests + 1);
  });
});
