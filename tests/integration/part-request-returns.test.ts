// 반품·교환 요청 → 승인/거절 → 회수 → 완료 on the real database: the return's refund is what the part can still
// refund minus the returns policy's 반품 배송비 for the customer's own reasons (단순 변심) and nothing for the
// seller's (파손, 오배송); an exchange completes with no money. Every step is conditional on the state before it,
// logged, mailed to the customer; the optional photo goes through the image pipeline; refusals change nothing.
import sharp from "sharp";
import { describe, expect, it } from "vitest";
// The Stripe stand-in before the app modules: the refund provider reads its address on first import.
import { paidOrder, prisma, refundCalls, STAFF } from "../support/stripe-refunds";
import { adminActor, ask, delivered, orderPage, PHONE, requestsOf, staffPost } from "../support/part-requests";
import { call, multipartRequest } from "../support/route-calls";
import { getRequest, sessionCookie } from "../support/staff";

const centerPage = await import("~/routes/center.orders.$number");
const { answerRequest } = await import("~/orders/part-request-answers.server");
const { collectRequest, completeReturn } = await import("~/orders/part-request-returns.server");
const { refundProvider } = await import("~/payments/refund-provider.server");

const step = (intent: string, requestId: number) => ({ intent, requestId: String(requestId) });
const approve = (requestId: number) => ({
  intent: "answer-request",
  requestId: String(requestId),
  decision: "APPROVE",
});

async function partFacts(fulfilmentId: number) {
  return prisma.fulfilment.findUniqueOrThrow({
    where: { id: fulfilmentId },
    select: { itemsTotal: true, shippingFee: true, surcharge: true, center: { select: { shippingFee: true } } },
  });
}

async function returnAsked(reasonCode: string) {
  const placed = await paidOrder(prisma, { provider: "stripe" });
  await delivered(placed.seogu.id, 2);
  const asked = await ask(placed.order.lookupToken, placed.seogu.id, "RETURN", reasonCode);
  expect(asked.location).toBe(`/orders/${placed.order.lookupToken}?request=received`);
  const [request] = await requestsOf(placed.order.id);
  return { ...placed, request: request! };
}

const mailKinds = async (orderId: number) =>
  (await prisma.notification.findMany({ where: { orderId }, orderBy: { id: "asc" } })).map((n) => n.kind);

describe("반품 for the seller's reason (파손): 승인 → 회수 → 완료 with the full refund", () => {
  it("each step by the right person, from the right state, logged and mailed", async () => {
    const { order, seogu, request } = await returnAsked("파손");
    expect(request.returnFee).toBe(0);
    // Not yet approved: no 회수, no 완료.
    expect((await staffPost("seogu", order.number, step("collect-request", request.id))).status).toBe(409);
    expect((await staffPost("seogu", order.number, approve(request.id))).status).toBe(302);
    // Approved but not collected: the admin can't complete it yet.
    const early = await staffPost("admin", order.number, step("complete-return", request.id));
    expect(early.status).toBe(409);
    expect(early.data.result.error[""][0]).toContain("지금 단계에서는 할 수 없습니다");
    // Another center's staff: 404, nothing changes.
    expect((await staffPost("gwangsan", order.number, step("collect-request", request.id))).status).toBe(404);
    const collected = await staffPost("seogu", order.number, step("collect-request", request.id));
    expect(collected.location).toBe(`/center/orders/${order.number}?notice=request-collected`);
    expect((await staffPost("seogu", order.number, step("collect-request", request.id))).status).toBe(409);
    // The refund is the regional admin's.
    expect((await staffPost("seogu", order.number, step("complete-return", request.id))).status).toBe(403);
    expect(refundCalls()).toHaveLength(0);
    const facts = await partFacts(seogu.id);
    const full = facts.itemsTotal + facts.shippingFee + facts.surcharge;
    const done = await staffPost("admin", order.number, step("complete-return", request.id));
    expect(done.location).toBe(`/admin/orders/${order.number}?notice=request-refunded-${full}`);
    expect(refundCalls()).toHaveLength(1);
    const saved = await prisma.partRequest.findUniqueOrThrow({ where: { id: request.id }, include: { events: true } });
    expect(saved).toMatchObject({ refundAmount: full, returnFee: 0 });
    expect(saved.collectedAt).not.toBeNull();
    expect(saved.completedAt).not.toBeNull();
    expect(saved.events.map((e) => e.action)).toEqual(["CREATED", "APPROVED", "COLLECTED", "REFUNDED", "COMPLETED"]);
    const refund = await prisma.refund.findUniqueOrThrow({ where: { id: saved.refundId! } });
    expect(refund.reason).toBe("반품 완료: 파손");
    expect(await mailKinds(order.id)).toEqual(
      expect.arrayContaining([
        "REQUEST_RECEIVED",
        "REQUEST_APPROVED",
        "REQUEST_COLLECTED",
        "REQUEST_COMPLETED",
        "REFUNDED",
      ]),
    );
    const collectedMail = await prisma.notification.findFirstOrThrow({
      where: { orderId: order.id, kind: "REQUEST_COLLECTED" },
    });
    expect(collectedMail.subject).toContain("반품 상품을 회수했습니다");
    // Once more: nothing.
    expect((await staffPost("admin", order.number, step("complete-return", request.id))).status).toBe(409);
    expect(refundCalls()).toHaveLength(1);
  });
});

describe("반품 for the customer's reason (단순 변심): the return shipping fee comes off", () => {
  it("shows the fee before the request, records it, and refunds the rest", async () => {
    const { order, seogu } = await paidOrder(prisma, { provider: "stripe" });
    await delivered(seogu.id, 1);
    const facts = await partFacts(seogu.id);
    const fee = facts.center.shippingFee + facts.surcharge + (facts.shippingFee === 0 ? facts.center.shippingFee : 0);
    expect(fee).toBeGreaterThan(0);
    const page = await call(orderPage.loader as never, getRequest(`/orders/${order.lookupToken}`), {
      token: order.lookupToken,
    });
    expect(page.data.parts[0]).toMatchObject({ kinds: ["RETURN", "EXCHANGE"], returnFee: fee });
    await ask(order.lookupToken, seogu.id, "RETURN", "단순 변심", "생각보다 양이 많아요");
    const [request] = await requestsOf(order.id);
    expect(request!.returnFee).toBe(fee);
    const actor = await adminActor();
    await answerRequest({ requestId: request!.id, decision: "APPROVE", note: "", actor }, refundProvider);
    expect(await collectRequest({ requestId: request!.id, actor })).toEqual({ ok: true, data: null });
    const refundable = facts.itemsTotal + facts.shippingFee + facts.surcharge;
    const done = await staffPost("admin", order.number, step("complete-return", request!.id));
    expect(done.location).toBe(`/admin/orders/${order.number}?notice=request-refunded-${refundable - fee}`);
    const saved = await prisma.partRequest.findUniqueOrThrow({ where: { id: request!.id } });
    expect(saved.refundAmount).toBe(refundable - fee);
    const refund = await prisma.refund.findUniqueOrThrow({ where: { id: saved.refundId! } });
    expect(refund.amount).toBe(refundable - fee);
    expect(refund.reason).toBe(`반품 완료: 단순 변심 · 반품 배송비 ${fee.toLocaleString("ko-KR")}원 차감`);
    const mail = await prisma.notification.findFirstOrThrow({
      where: { orderId: order.id, kind: "REQUEST_COMPLETED" },
    });
    expect(mail.text).toContain(
      `환불 금액: ${(refundable - fee).toLocaleString("ko-KR")}원 (반품 배송비 ${fee.toLocaleString("ko-KR")}원 차감)`,
    );
  });

  it("오배송 deducts nothing", async () => {
    const { request } = await returnAsked("오배송");
    expect(request.returnFee).toBe(0);
  });

  it("two 완료 at once refund once; two 회수 at once log one", async () => {
    const { order, request } = await returnAsked("단순 변심");
    const actor = await adminActor();
    await answerRequest({ requestId: request.id, decision: "APPROVE", note: "", actor }, refundProvider);
    const collects = await Promise.all([
      collectRequest({ requestId: request.id, actor }),
      collectRequest({ requestId: request.id, actor }),
    ]);
    expect(collects.filter((r) => r.ok)).toHaveLength(1);
    const results = await Promise.all([
      completeReturn({ requestId: request.id, actor }, refundProvider),
      completeReturn({ requestId: request.id, actor }, refundProvider),
    ]);
    expect(results.some((r) => r.ok)).toBe(true);
    expect(await prisma.refund.count({ where: { fulfilment: { orderId: order.id } } })).toBe(1);
    const events = (await requestsOf(order.id))[0]!.events.map((e) => e.action);
    expect(events.filter((a) => a === "COLLECTED")).toHaveLength(1);
    expect(events.filter((a) => a === "COMPLETED")).toHaveLength(1);
  });
});

describe("교환: 승인 → 회수 → 교환 완료, no money", () => {
  it("the center completes it after 회수 only", async () => {
    const { order, seogu } = await paidOrder(prisma, { provider: "stripe" });
    await delivered(seogu.id, 3);
    await ask(order.lookupToken, seogu.id, "EXCHANGE", "단순 변심");
    const [request] = await requestsOf(order.id);
    expect(request!.returnFee).toBe(0);
    await staffPost("seogu", order.number, approve(request!.id));
    expect((await staffPost("seogu", order.number, step("complete-exchange", request!.id))).status).toBe(409);
    await staffPost("seogu", order.number, step("collect-request", request!.id));
    // An exchange is never refunded.
    expect((await staffPost("admin", order.number, step("complete-return", request!.id))).status).toBe(409);
    const done = await staffPost("seogu", order.number, step("complete-exchange", request!.id));
    expect(done.location).toBe(`/center/orders/${order.number}?notice=request-exchanged`);
    const saved = await prisma.partRequest.findUniqueOrThrow({ where: { id: request!.id } });
    expect(saved.completedAt).not.toBeNull();
    expect(saved.refundAmount).toBeNull();
    expect(refundCalls()).toHaveLength(0);
    const mail = await prisma.notification.findFirstOrThrow({
      where: { orderId: order.id, kind: "REQUEST_COMPLETED" },
    });
    expect(mail.subject).toContain("교환이 완료되었습니다");
    const page = await call(orderPage.loader as never, getRequest(`/orders/${order.lookupToken}`), {
      token: order.lookupToken,
    });
    expect(page.data.parts[0].requests[0]).toMatchObject({ kind: "EXCHANGE", status: "APPROVED" });
    expect(page.data.parts[0].requests[0].completedAt).not.toBeNull();
  });
});

async function png(width = 40) {
  const bytes = await sharp({ create: { width, height: 30, channels: 3, background: "#c33" } })
    .png()
    .toBuffer();
  return new File([new Uint8Array(bytes)], "broken.png", { type: "image/png" });
}

function multipartAsk(token: string, fulfilmentId: number, fields: Record<string, string>, photo: File) {
  const form = new FormData();
  for (const [name, value] of Object.entries({
    intent: "part-request",
    fulfilmentId: String(fulfilmentId),
    phone: PHONE,
    ...fields,
  })) {
    form.append(name, value);
  }
  form.append("photo", photo);
  return call(orderPage.action as never, multipartRequest(`/orders/${token}`, form), { token });
}

describe("a photo with a 반품·교환 request", () => {
  it("is stored through the image pipeline and shown to the center and the admin", async () => {
    const { order, seogu } = await paidOrder(prisma, { provider: "stripe" });
    await delivered(seogu.id, 1);
    const sent = await multipartAsk(order.lookupToken, seogu.id, { kind: "RETURN", reasonCode: "파손" }, await png());
    expect(sent.location).toBe(`/orders/${order.lookupToken}?request=received`);
    const [request] = await requestsOf(order.id);
    expect(request!.photoId).not.toBeNull();
    const center = await call(
      centerPage.loader as never,
      getRequest(`/center/orders/${order.number}`, await sessionCookie(STAFF.seogu)),
      { number: order.number },
    );
    expect(center.data.requests[0].photo.storageKey).toMatch(/^images\//);
  });

  it("refuses a file that is not an image with the pipeline's Korean message, keeping the rest", async () => {
    const { order, seogu } = await paidOrder(prisma, { provider: "stripe" });
    await delivered(seogu.id, 1);
    const text = new File(["not an image"], "note.txt", { type: "text/plain" });
    const refused = await multipartAsk(
      order.lookupToken,
      seogu.id,
      { kind: "RETURN", reasonCode: "파손", note: "상자가 찌그러짐" },
      text,
    );
    expect(refused.status).toBe(400);
    expect(refused.data.result.error.photo).toEqual(["JPEG, PNG, WebP 이미지만 올릴 수 있습니다."]);
    expect(refused.data.result.initialValue.note).toBe("상자가 찌그러짐");
    expect(await prisma.partRequest.count({ where: { orderId: order.id } })).toBe(0);
  });

  it("a refused request (past its window) keeps no photo", async () => {
    const { order, seogu } = await paidOrder(prisma, { provider: "stripe" });
    await delivered(seogu.id, 8);
    const images = await prisma.image.count();
    const late = await multipartAsk(order.lookupToken, seogu.id, { kind: "RETURN", reasonCode: "파손" }, await png(41));
    expect(late.status).toBe(409);
    expect(late.data.result.error[""][0]).toContain("7일이 지나");
    expect(await prisma.image.count()).toBe(images);
  });
});

describe("refusals change nothing", () => {
  it("is refused past 7 days, before delivery, and twice; an exchange is approved without money", async () => {
    const { order, seogu } = await paidOrder(prisma, { provider: "stripe" });
    const early = await ask(order.lookupToken, seogu.id, "RETURN", "단순 변심");
    expect(early.status).toBe(409);
    await delivered(seogu.id, 8);
    const late = await ask(order.lookupToken, seogu.id, "EXCHANGE", "단순 변심", "크기를 바꾸고 싶어요");
    expect(late.status).toBe(409);
    expect(late.data.result.error[""][0]).toContain("7일이 지나");
    expect(late.data.result.initialValue.note).toBe("크기를 바꾸고 싶어요");
    await delivered(seogu.id, 3);
    await ask(order.lookupToken, seogu.id, "EXCHANGE", "오배송");
    const [request] = await requestsOf(order.id);
    await answerRequest(
      { requestId: request!.id, decision: "APPROVE", note: "같은 상품으로 다시 보냅니다", actor: await adminActor() },
      refundProvider,
    );
    const twice = await ask(order.lookupToken, seogu.id, "RETURN", "단순 변심");
    expect(twice.data.result.error[""]).toEqual(["이 상품의 반품·교환 요청은 이미 처리되었습니다."]);
    expect(refundCalls()).toHaveLength(0);
  });

  it("someone else's order, a control character, an oversized message", async () => {
    const { order, seogu } = await paidOrder(prisma, { provider: "stripe" });
    const other = await paidOrder(prisma, { provider: "stripe" });
    await delivered(seogu.id, 1);
    await delivered(other.seogu.id, 1);
    const foreign = await ask(order.lookupToken, other.seogu.id, "RETURN", "파손");
    expect(foreign.status).toBe(409);
    expect(foreign.data.result.error[""][0]).toContain("휴대전화 번호가 주문 정보와 맞지 않습니다");
    const long = await ask(order.lookupToken, seogu.id, "RETURN", "파손", "가".repeat(501));
    expect(long.status).toBe(400);
    expect(long.data.result.error.note).toEqual(["500자 이내로 입력해 주세요."]);
    expect(await prisma.partRequest.count({ where: { orderId: { in: [order.id, other.order.id] } } })).toBe(0);
    // A control character is removed at the form door; the rest is kept as typed.
    const sent = await ask(order.lookupToken, seogu.id, "RETURN", "파손", "봉지가\u0007 터짐");
    expect(sent.status).toBe(302);
    expect((await requestsOf(order.id))[0]!.note).toBe("봉지가 터짐");
  });
});
