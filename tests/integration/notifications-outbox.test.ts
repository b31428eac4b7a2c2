// Without SMTP_URL, customer emails are composed and kept in the outbox for admins to read, never sent.
import { describe, expect, it } from "vitest";
import { CUSTOMER, ensureSecondCenterProduct, makeCart, variantId } from "../support/shop";

delete process.env.SMTP_URL;
process.env.PUBLIC_BASE_URL = "https://outbox.test.example";

const { prisma } = await import("~/utils/db.server");
const { placedOrder } = await import("../support/place-order");
const { queueOrderNotification, deliverDueNotifications, kickNotificationDelivery, startNotificationWorker } =
  await import("~/notifications/notifications.server");
const outboxRoute = await import("~/routes/admin.notifications._index");
const { STAFF, formRequest, getRequest, sessionCookie } = await import("../support/staff");

async function paidTwoCenterOrder() {
  const gim = await variantId(prisma, "naechingu-gim-gift-set", "선물세트");
  const cookie = await ensureSecondCenterProduct(prisma);
  const order = await placedOrder(
    await makeCart(prisma, [
      { variantId: gim, quantity: 1 },
      { variantId: cookie, quantity: 1 },
    ]),
    CUSTOMER,
  );
  await prisma.order.update({ where: { id: order.id }, data: { status: "PAID", paidAt: new Date() } });
  const fulfilments = await prisma.fulfilment.findMany({
    where: { orderId: order.id },
    include: { center: true },
    orderBy: { id: "asc" },
  });
  return { order, fulfilments };
}

const queue = (input: Parameters<typeof queueOrderNotification>[1]) =>
  prisma.$transaction((tx) => queueOrderNotification(tx, input));
const row = (dedupeKey: string) => prisma.notification.findUniqueOrThrow({ where: { dedupeKey } });

describe("outbox without SMTP", () => {
  it("keeps queued emails as OUTBOX and never sends them", async () => {
    const { order } = await paidTwoCenterOrder();
    await queue({ orderId: order.id, kind: "ORDER_PAID", dedupeKey: `paid:${order.id}` });
    startNotificationWorker();
    kickNotificationDelivery();
    expect(await deliverDueNotifications(new Date(Date.now() + 86_400_000))).toEqual({ sent: 0, failed: 0 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const kept = await row(`paid:${order.id}`);
    expect(kept).toMatchObject({
      status: "OUTBOX",
      attempts: 0,
      sentAt: null,
      lastError: null,
      to: CUSTOMER.ordererEmail,
    });
    expect(kept.subject).toBe(`[소소드림] 주문이 접수되었습니다 (주문번호 ${order.number})`);
    expect(kept.text).toContain(`https://outbox.test.example/orders/${order.lookupToken}`);
    expect(kept.text).toContain("■ 광주서구지역자활센터 발송");
    expect(kept.text).toContain("■ 광주광산지역자활센터 발송");
  });

  it("composes cancel and refund emails from the database, defaulting the amount to what it records", async () => {
    const { order, fulfilments } = await paidTwoCenterOrder();
    const [seogu, gwangsan] = fulfilments;
    await prisma.fulfilment.update({ where: { id: gwangsan!.id }, data: { status: "CANCELLED" } });
    await queue({
      orderId: order.id,
      kind: "CANCELLED",
      fulfilmentId: gwangsan!.id,
      dedupeKey: `cancel:${gwangsan!.id}`,
    });
    const cancelled = await row(`cancel:${gwangsan!.id}`);
    expect(cancelled.subject).toBe(`[소소드림] 주문 일부가 취소되었습니다 (주문번호 ${order.number})`);
    const partTotal = gwangsan!.itemsTotal + gwangsan!.shippingFee + gwangsan!.surcharge;
    expect(cancelled.text).toContain(`환불 금액: ${partTotal.toLocaleString("ko-KR")}원`);
    expect(cancelled.text).toContain("3~7 영업일");
    expect(cancelled.text).toContain("다른 센터의 상품은 그대로 발송됩니다.");

    // What the database records as refunded: the part's refund rows (orders/refundable), and its counter.
    const payment = await prisma.payment.create({
      data: {
        orderId: order.id,
        provider: "test",
        checkoutSession: `cs_outbox_${order.id}`,
        amount: order.total,
        status: "PAID",
      },
    });
    await prisma.refund.create({
      data: {
        paymentId: payment.id,
        fulfilmentId: seogu!.id,
        amount: 5_000,
        status: "SUCCEEDED",
        idempotencyKey: `outbox-${seogu!.id}`,
      },
    });
    await queue({ orderId: order.id, kind: "REFUNDED", fulfilmentId: seogu!.id, dedupeKey: `refund:${seogu!.id}` });
    expect((await row(`refund:${seogu!.id}`)).text).toContain("환불 금액: 5,000원");

    await queue({ orderId: order.id, kind: "REFUNDED", amount: 12_345, dedupeKey: `refund-all:${order.id}` });
    const whole = await row(`refund-all:${order.id}`);
    // 12,345원 of a larger order is a partial refund: it says so, never "주문 전체".
    expect(whole.text).toContain("부분 환불: 주문하신 상품 가운데 12,345원");
    expect(whole.text).not.toContain("주문 전체");
    expect(whole.text).toContain("환불 금액: 12,345원");
  });

  it("refuses a SHIPPED email without its parcel, and a parcel of another order", async () => {
    const a = await paidTwoCenterOrder();
    const b = await paidTwoCenterOrder();
    await expect(queue({ orderId: a.order.id, kind: "SHIPPED", dedupeKey: `x:${a.order.id}` })).rejects.toThrow(
      /fulfilmentId/,
    );
    await expect(
      queue({ orderId: a.order.id, kind: "SHIPPED", fulfilmentId: b.fulfilments[0]!.id, dedupeKey: `y:${a.order.id}` }),
    ).rejects.toThrow(/not part of order/);
  });

  it("shows admins the kept emails, and 다시 보내기 is refused without SMTP", async () => {
    const admin = await sessionCookie(STAFF.admin);
    const page = await outboxRoute.loader({
      request: getRequest("/admin/notifications?status=OUTBOX", admin),
      params: {},
      context: {},
    });
    expect(page.mailConfigured).toBe(false);
    expect(page.counts.OUTBOX).toBeGreaterThanOrEqual(4);
    expect(page.counts.PENDING).toBe(0);
    expect(page.rows.every((n) => n.status === "OUTBOX")).toBe(true);

    const { order } = await paidTwoCenterOrder();
    await queue({ orderId: order.id, kind: "ORDER_PAID", dedupeKey: `search:${order.id}` });
    const found = await outboxRoute.loader({
      request: getRequest(`/admin/notifications?q=${order.number.toLowerCase()}`, admin),
      params: {},
      context: {},
    });
    expect(found.rows.map((n) => n.order?.number)).toEqual([order.number]);

    const failed = await prisma.notification.update({
      where: { dedupeKey: `search:${order.id}` },
      data: { status: "FAILED" },
    });
    const res = await outboxRoute.action({
      request: formRequest("/admin/notifications", { intent: "resend", id: String(failed.id) }, admin),
      params: {},
      context: {},
    });
    expect(res).toMatchObject({ init: { status: 409 } });
    expect((await row(`search:${order.id}`)).status).toBe("FAILED");
  });
});
