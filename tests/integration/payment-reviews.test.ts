// 확인 필요: money the provider reports that no order state takes is kept, queued for the admin and acted
// on once — driven through signed webhook events and the admin page's action, with the real Stripe SDK
// pointed at the local stand-in.
import { describe, expect, it } from "vitest";
import { admin, chargeRefunded, prisma, refundCalls, stripeEvent } from "../support/stripe-refunds";
import { openSession, pendingStripeOrder, sessionObject } from "../support/checkout-sessions";
import { call } from "../support/route-calls";
import { formRequest, sessionCookie, STAFF } from "../support/staff";

const route = await import("~/routes/admin.payment-reviews");
const home = await import("~/routes/admin._index");

const PATH = "/admin/payment-reviews";
const completed = (order: Parameters<typeof sessionObject>[0], sessionId: string, extra: object = {}) =>
  stripeEvent("checkout.session.completed", sessionObject(order, sessionId, extra));
const expired = (order: Parameters<typeof sessionObject>[0], sessionId: string) =>
  stripeEvent(
    "checkout.session.expired",
    sessionObject(order, sessionId, { status: "expired", payment_status: "unpaid", payment_intent: null }),
  );
const stock = async (id: number) => (await prisma.productVariant.findUniqueOrThrow({ where: { id } })).stock;
const orderOf = (id: number) => prisma.order.findUniqueOrThrow({ where: { id } });
const reviewOf = (orderId: number) => prisma.paymentReview.findFirstOrThrow({ where: { orderId } });

async function act(fields: Record<string, string>) {
  return call(route.action, formRequest(PATH, fields, await sessionCookie(STAFF.admin)));
}

/** Paid payments attached to an order that never took them and that no open or done review accounts for. */
async function unaccountedPayments() {
  const paid = await prisma.payment.findMany({
    where: { status: "PAID" },
    select: { id: true, order: { select: { status: true } }, reviews: { select: { status: true, kind: true } } },
  });
  return paid.filter(
    (p) =>
      !["PAID", "PARTIALLY_REFUNDED", "REFUNDED", "CANCELLED"].includes(p.order.status) &&
      !p.reviews.some((r) => r.kind !== "OVER_REFUND" && (r.status === "OPEN" || r.status === "REFUNDED")),
  );
}

describe("payments that arrive after the order ended", () => {
  it("queues a success after expiry, and the admin revives the order when stock can be reserved again", async () => {
    const { order, sessionId, giftSet } = await pendingStripeOrder(prisma);
    expect((await expired(order, sessionId)).body).toBe("expired");
    const released = await stock(giftSet);
    expect(await completed(order, sessionId)).toEqual({ status: 200, body: "late payment (확인 필요)" });

    const payment = await prisma.payment.findUniqueOrThrow({ where: { checkoutSession: sessionId } });
    expect(payment).toMatchObject({ status: "PAID", paymentIntent: `pi_${sessionId}` });
    expect((await orderOf(order.id)).status).toBe("EXPIRED");
    const review = await reviewOf(order.id);
    expect(review).toMatchObject({ kind: "LATE_PAYMENT", status: "OPEN", amount: order.total, orderStatus: "EXPIRED" });
    expect(await unaccountedPayments()).toEqual([]);

    const page = await call(
      route.loader,
      new Request(`http://localhost${PATH}`, {
        headers: { Cookie: await sessionCookie(STAFF.admin) },
      }),
    );
    expect(page.data.open.map((r: { id: number }) => r.id)).toContain(review.id);

    const answer = await act({ intent: "revive", reviewId: String(review.id) });
    expect(answer).toMatchObject({ status: 302, location: `${PATH}?done=revive` });
    const revived = await orderOf(order.id);
    expect(revived.status).toBe("PAID");
    expect(revived.paidAt).not.toBeNull();
    expect(await stock(giftSet)).toBe(released - 1);
    expect((await reviewOf(order.id)).status).toBe("REVIVED");
    expect(await prisma.notification.count({ where: { orderId: order.id, kind: "ORDER_PAID" } })).toBe(1);
    expect(await prisma.auditLog.count({ where: { action: "order.revive", entityId: String(order.id) } })).toBe(1);

    // The revived payment is the order's own now: the usual refund path finds it.
    const { refundPart } = await import("../support/stripe-refunds");
    const part = await prisma.fulfilment.findFirstOrThrow({ where: { orderId: order.id } });
    const refunded = await refundPart({
      orderId: order.id,
      fulfilmentId: part.id,
      amount: 1000,
      cancel: false,
      reason: "",
      idempotencyKey: `k-${order.id}`,
      userId: await admin(),
    });
    expect(refunded.ok).toBe(true);
    expect(refundCalls().at(-1)?.body).toMatchObject({ payment_intent: `pi_${sessionId}`, amount: "1000" });
  });

  it("refuses to revive when the stock is gone, keeps everything, and refunds in full instead", async () => {
    const { order, sessionId, giftSet } = await pendingStripeOrder(prisma);
    await expired(order, sessionId);
    await completed(order, sessionId);
    await prisma.productVariant.update({ where: { id: giftSet }, data: { stock: 0 } });
    const review = await reviewOf(order.id);

    const refused = await act({ intent: "revive", reviewId: String(review.id) });
    expect(refused.status).toBe(409);
    expect(refused.data.result.error[""]).toEqual(["재고가 부족해 주문을 되살릴 수 없습니다. 전액 환불해 주세요."]);
    expect((await reviewOf(order.id)).status).toBe("OPEN");
    expect((await orderOf(order.id)).status).toBe("EXPIRED");
    expect(await stock(giftSet)).toBe(0);

    const answer = await act({ intent: "refund", reviewId: String(review.id) });
    expect(answer.status).toBe(302);
    expect(refundCalls()).toHaveLength(1);
    expect(refundCalls()[0]!.body).toMatchObject({ payment_intent: `pi_${sessionId}`, amount: String(order.total) });
    expect((await reviewOf(order.id)).status).toBe("REFUNDED");
    const mail = await prisma.notification.findFirstOrThrow({ where: { orderId: order.id, kind: "PAYMENT_RETURNED" } });
    expect(mail.text).toContain("결제 시간이 지난 뒤에 완료되어");
    expect(mail.text).toContain(`${order.total.toLocaleString("ko-KR")}원`);

    // Stripe then reports the refund: the ended order stays as it was.
    expect((await chargeRefunded(`pi_${sessionId}`, order.total, order.total)).body).toBe(
      "refund of a payment in 확인 필요",
    );
    expect((await orderOf(order.id)).status).toBe("EXPIRED");
    // Acting again on a done item changes nothing.
    const again = await act({ intent: "refund", reviewId: String(review.id) });
    expect(again.status).toBe(409);
    expect(refundCalls()).toHaveLength(1);
    expect(await unaccountedPayments()).toEqual([]);
  });

  it("shows the admin home how many wait in 확인 필요, and counts one less once it is acted on", async () => {
    const openOnHome = async () =>
      (
        await call(
          home.loader,
          new Request("http://localhost/admin", { headers: { Cookie: await sessionCookie(STAFF.admin) } }),
        )
      ).data.openReviews as number;
    const before = await openOnHome();
    const { order, sessionId } = await pendingStripeOrder(prisma);
    await expired(order, sessionId);
    await completed(order, sessionId);
    expect(await openOnHome()).toBe(before + 1);
    expect(await prisma.paymentReview.count({ where: { status: "OPEN" } })).toBe(before + 1);

    const answer = await act({ intent: "refund", reviewId: String((await reviewOf(order.id)).id) });
    expect(answer.status).toBe(302);
    expect(await openOnHome()).toBe(before);
  });

  it("acts once when two admins press 주문 살리기 at the same moment", async () => {
    const { order, sessionId, giftSet } = await pendingStripeOrder(prisma);
    await expired(order, sessionId);
    await completed(order, sessionId);
    const review = await reviewOf(order.id);
    const before = await stock(giftSet);
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => act({ intent: "revive", reviewId: String(review.id) })),
    );
    expect(answers.filter((a) => a.status === 302)).toHaveLength(1);
    expect(await stock(giftSet)).toBe(before - 1);
  });
});

describe("a second payment, another amount, too much refunded", () => {
  it("keeps a paid order's payment when a second session completes, and returns the second in full", async () => {
    const { order, sessionId } = await pendingStripeOrder(prisma);
    expect((await completed(order, sessionId)).body).toBe("paid");
    const second = await openSession(prisma, order);
    expect((await completed(order, second)).body).toBe("duplicate payment (확인 필요)");
    const first = await prisma.payment.findUniqueOrThrow({ where: { checkoutSession: sessionId } });
    expect(first.paymentIntent).toBe(`pi_${sessionId}`);
    const review = await reviewOf(order.id);
    expect(review).toMatchObject({ kind: "DUPLICATE_PAYMENT", orderStatus: "PAID" });

    expect((await act({ intent: "revive", reviewId: String(review.id) })).status).toBe(409);
    expect((await act({ intent: "refund", reviewId: String(review.id) })).status).toBe(302);
    expect(refundCalls().at(-1)?.body).toMatchObject({ payment_intent: `pi_${second}` });
    await chargeRefunded(`pi_${second}`, order.total, order.total);
    // The order keeps its own payment and state.
    expect((await orderOf(order.id)).status).toBe("PAID");
  });

  it("never replaces a payment's intent when the same session is reported again with another", async () => {
    const { order, sessionId } = await pendingStripeOrder(prisma);
    await completed(order, sessionId);
    const answer = await completed(order, sessionId, { payment_intent: "pi_someone_else" });
    expect(answer.body).toBe("unchanged (PAID)");
    const payment = await prisma.payment.findUniqueOrThrow({ where: { checkoutSession: sessionId } });
    expect(payment.paymentIntent).toBe(`pi_${sessionId}`);
  });

  it("queues a payment of another amount and offers only the refund", async () => {
    const { order, sessionId } = await pendingStripeOrder(prisma);
    expect((await completed(order, sessionId, { amount_total: 100 })).body).toBe("amount mismatch (확인 필요)");
    expect((await orderOf(order.id)).status).toBe("PENDING_PAYMENT");
    const review = await reviewOf(order.id);
    expect(review).toMatchObject({ kind: "AMOUNT_MISMATCH", amount: 100 });
    expect((await act({ intent: "revive", reviewId: String(review.id) })).status).toBe(409);
    expect((await act({ intent: "refund", reviewId: String(review.id) })).status).toBe(302);
    expect(refundCalls().at(-1)?.body).toMatchObject({ amount: "100" });
  });

  it("clamps a refund report above what was paid, and queues it until the admin notes what was checked", async () => {
    const { order, sessionId } = await pendingStripeOrder(prisma);
    await completed(order, sessionId);
    expect((await chargeRefunded(`pi_${sessionId}`, order.total, order.total * 3)).body).toBe("refunded");
    const payment = await prisma.payment.findUniqueOrThrow({ where: { checkoutSession: sessionId } });
    expect(payment.refundedAmount).toBe(order.total);
    const review = await reviewOf(order.id);
    expect(review).toMatchObject({ kind: "OVER_REFUND", amount: order.total * 3 });

    const blank = await act({ intent: "close", reviewId: String(review.id), note: "  " });
    expect(blank.status).toBe(400);
    expect(blank.data.result.error.note).toEqual(["무엇을 확인했는지 적어 주세요."]);
    expect((await act({ intent: "refund", reviewId: String(review.id) })).status).toBe(409);
    const closed = await act({ intent: "close", reviewId: String(review.id), note: "결제사 화면에서 확인" });
    expect(closed.status).toBe(302);
    expect(await reviewOf(order.id)).toMatchObject({ status: "CLOSED", note: "결제사 화면에서 확인" });
  });
});

describe("signed but abnormal events", () => {
  it("ignores a negative refund and a refund on an unpaid order, changing nothing", async () => {
    const paid = await pendingStripeOrder(prisma);
    await completed(paid.order, paid.sessionId);
    expect((await chargeRefunded(`pi_${paid.sessionId}`, paid.order.total, -5000)).body).toMatch(/^ignored/);
    expect((await orderOf(paid.order.id)).status).toBe("PAID");

    const unpaid = await pendingStripeOrder(prisma);
    await completed(unpaid.order, unpaid.sessionId, { payment_status: "unpaid" });
    expect((await chargeRefunded(`pi_${unpaid.sessionId}`, unpaid.order.total, 1000)).body).toMatch(/^ignored/);
    expect((await orderOf(unpaid.order.id)).status).toBe("PENDING_PAYMENT");
    const payment = await prisma.payment.findUniqueOrThrow({ where: { checkoutSession: unpaid.sessionId } });
    expect(payment.refundedAmount).toBe(0);
  });

  it("answers 200 'ignored' for events without the fields it needs, never an error with internals", async () => {
    for (const object of [{}, { id: "cs_x" }, { id: "cs_x", metadata: { orderId: "abc" }, payment_status: "paid" }]) {
      const answer = await stripeEvent("checkout.session.completed", object);
      expect(answer.status).toBe(200);
      expect(answer.body).toMatch(/^ignored/);
    }
    for (const type of ["charge.refunded", "refund.failed"]) {
      const answer = await stripeEvent(type, { amount_refunded: "lots" });
      expect(answer).toMatchObject({ status: 200 });
      expect(answer.body).toMatch(/^ignored/);
    }
  });
});
