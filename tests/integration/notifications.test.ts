// Customer emails through a real SMTP server started here (smtp-server), read back with mailparser.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { CUSTOMER, ensureSecondCenterProduct, makeCart, variantId } from "../support/shop";
import { firstRecipient, SMTP_PASS, startSmtpSink } from "../support/smtp-sink";

const smtp = await startSmtpSink();
// Env is read once at import: configure it before any app module loads.
process.env.SMTP_URL = smtp.url;
process.env.PUBLIC_BASE_URL = "https://shop.test.example";

const { prisma } = await import("~/utils/db.server");
const { placeOrder } = await import("~/orders/orders.server");
const { trackingUrl } = await import("~/orders/couriers");
const notifications = await import("~/notifications/notifications.server");
const { queueOrderNotification, deliverDueNotifications, kickNotificationDelivery, RETRY_DELAYS_MS } = notifications;
const { describeSendError } = await import("~/notifications/mailer.server");
const outboxRoute = await import("~/routes/admin.notifications._index");
const { STAFF, formRequest, getRequest, sessionCookie, thrownResponse } = await import("../support/staff");

afterAll(() => smtp.close());
beforeEach(() => {
  smtp.rejecting = false;
});

/** A paid order of 서구's 김 (and 광산's cookie when `twoCenters`), as the webhook would leave it. */
async function paidOrder({ twoCenters = false } = {}) {
  const lines = [{ variantId: await variantId(prisma, "naechingu-gim-gift-set", "선물세트"), quantity: 1 }];
  if (twoCenters) lines.push({ variantId: await ensureSecondCenterProduct(prisma), quantity: 2 });
  const order = await placeOrder(await makeCart(prisma, lines), CUSTOMER);
  await prisma.order.update({ where: { id: order.id }, data: { status: "PAID", paidAt: new Date() } });
  const fulfilments = await prisma.fulfilment.findMany({
    where: { orderId: order.id },
    orderBy: { id: "asc" },
    include: { center: true },
  });
  return { order, fulfilments };
}

const queue = (input: Parameters<typeof queueOrderNotification>[1]) =>
  prisma.$transaction((tx) => queueOrderNotification(tx, input));
const row = (dedupeKey: string) => prisma.notification.findUniqueOrThrow({ where: { dedupeKey } });
const mailsTo = (subjectPart: string) => smtp.received.filter((m) => m.subject?.includes(subjectPart));

describe("sending through SMTP", () => {
  it("sends the SHIPPED email to the orderer with the courier, tracking link and order link", async () => {
    const { order, fulfilments } = await paidOrder({ twoCenters: true });
    const seogu = fulfilments.find((f) => f.center.slug === "seogu")!;
    await prisma.fulfilment.update({ where: { id: seogu.id }, data: { status: "SHIPPED", shippedAt: new Date() } });
    await prisma.shipment.create({ data: { fulfilmentId: seogu.id, courier: "CJ", trackingNumber: "640012345678" } });

    await queue({ orderId: order.id, kind: "SHIPPED", fulfilmentId: seogu.id, dedupeKey: `shipped:${seogu.id}` });
    expect((await row(`shipped:${seogu.id}`)).status).toBe("PENDING");
    expect(await deliverDueNotifications()).toEqual({ sent: 1, failed: 0 });

    const [mail] = mailsTo(order.number);
    expect(mail).toBeDefined();
    expect(firstRecipient(mail!)).toBe(CUSTOMER.ordererEmail);
    expect(mail!.subject).toBe(`[소소드림] 상품이 발송되었습니다 (주문번호 ${order.number})`);
    expect(mail!.from?.value[0]).toEqual({ address: "no-reply@gjjahwal.example", name: "광주광역자활센터" });
    expect(mail!.text).toContain("보낸 곳: 광주서구지역자활센터");
    expect(mail!.text).toContain("택배사: CJ대한통운");
    expect(mail!.text).toContain(`배송 조회: ${trackingUrl("CJ", "640012345678")}`);
    expect(mail!.text).toContain(`https://shop.test.example/orders/${order.lookupToken}`);
    expect(mail!.text).toContain("광주광산지역자활센터의 상품은 준비되는 대로 따로 발송됩니다.");
    expect(mail!.messageId).toMatch(/^<notification-\d+@gjjahwal\.example>$/);

    const sent = await row(`shipped:${seogu.id}`);
    expect(sent).toMatchObject({ status: "SENT", attempts: 1, lastError: null, orderId: order.id });
    expect(sent.sentAt).toBeInstanceOf(Date);
  });

  it("sends ORDER_PAID with items by center and totals", async () => {
    const { order } = await paidOrder({ twoCenters: true });
    await queue({ orderId: order.id, kind: "ORDER_PAID", dedupeKey: `paid:${order.id}` });
    await deliverDueNotifications();
    const [mail] = mailsTo(order.number);
    expect(mail!.subject).toBe(`[소소드림] 주문이 접수되었습니다 (주문번호 ${order.number})`);
    expect(mail!.text).toContain("■ 광주서구지역자활센터 발송");
    expect(mail!.text).toContain("■ 광주광산지역자활센터 발송");
    expect(mail!.text).toContain("- 우리쌀 쿠키 1상자 × 2  16,000원");
    expect(mail!.text).toContain(`결제 금액: ${order.total.toLocaleString("ko-KR")}원`);
  });

  it("queues one email per dedupe key, however often the event is replayed", async () => {
    const { order } = await paidOrder();
    const key = `paid:${order.id}`;
    await queue({ orderId: order.id, kind: "ORDER_PAID", dedupeKey: key });
    await queue({ orderId: order.id, kind: "ORDER_PAID", dedupeKey: key });
    await Promise.all([1, 2, 3].map(() => queue({ orderId: order.id, kind: "ORDER_PAID", dedupeKey: key })));
    expect(await prisma.notification.count({ where: { dedupeKey: key } })).toBe(1);

    await deliverDueNotifications();
    await queue({ orderId: order.id, kind: "ORDER_PAID", dedupeKey: key }); // replayed after sending
    await deliverDueNotifications();
    expect(mailsTo(order.number)).toHaveLength(1);
    expect((await row(key)).status).toBe("SENT");
  });

  it("is part of the caller's transaction: a rolled-back change leaves no email", async () => {
    const { order } = await paidOrder();
    const key = `rolled-back:${order.id}`;
    await expect(
      prisma.$transaction(async (tx) => {
        await queueOrderNotification(tx, { orderId: order.id, kind: "CANCELLED", dedupeKey: key });
        throw new Error("the state change failed");
      }),
    ).rejects.toThrow("the state change failed");
    expect(await prisma.notification.count({ where: { dedupeKey: key } })).toBe(0);
  });

  it("keeps a refused message PENDING with the error and a backoff, then sends it when due", async () => {
    const { order } = await paidOrder();
    const key = `paid:${order.id}`;
    await queue({ orderId: order.id, kind: "ORDER_PAID", dedupeKey: key });
    smtp.rejecting = true;
    const now = new Date();
    expect(await deliverDueNotifications(now)).toEqual({ sent: 0, failed: 1 });

    const failed = await row(key);
    expect(failed).toMatchObject({ status: "PENDING", attempts: 1, sentAt: null });
    expect(failed.lastError).toMatch(/550/);
    expect(failed.lastError).not.toContain(SMTP_PASS);
    expect(failed.nextAttemptAt.getTime()).toBe(now.getTime() + RETRY_DELAYS_MS[0]);
    expect(failed.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());

    smtp.rejecting = false;
    // Not due yet: nothing happens.
    expect(await deliverDueNotifications(new Date(now.getTime() + 30_000))).toEqual({ sent: 0, failed: 0 });
    expect(await deliverDueNotifications(new Date(now.getTime() + RETRY_DELAYS_MS[0]))).toEqual({ sent: 1, failed: 0 });
    expect(await row(key)).toMatchObject({ status: "SENT", attempts: 2, lastError: null });
    expect(mailsTo(order.number)).toHaveLength(1);
  });

  it("gives up as FAILED after the last retry, and an admin's 다시 보내기 sends it", async () => {
    const { order } = await paidOrder();
    const key = `paid:${order.id}`;
    await queue({ orderId: order.id, kind: "ORDER_PAID", dedupeKey: key });
    smtp.rejecting = true;
    let clock = Date.now();
    for (const delay of [...RETRY_DELAYS_MS, 0]) {
      expect(await deliverDueNotifications(new Date(clock))).toEqual({ sent: 0, failed: 1 });
      clock += delay;
    }
    const gaveUp = await row(key);
    expect(gaveUp).toMatchObject({ status: "FAILED", attempts: RETRY_DELAYS_MS.length + 1 });
    expect(await deliverDueNotifications(new Date(clock + 86_400_000))).toEqual({ sent: 0, failed: 0 });

    smtp.rejecting = false;
    const admin = await sessionCookie(STAFF.admin);
    const path = "/admin/notifications?status=FAILED";
    const res = await thrownResponse(() =>
      outboxRoute.action({
        request: formRequest(path, { intent: "resend", id: String(gaveUp.id) }, admin),
        params: {},
        context: {},
      }),
    );
    expect(res?.status).toBe(302);
    expect(res?.headers.get("Location")).toBe("/admin/notifications?status=FAILED&resent=1");
    expect(await row(key)).toMatchObject({ status: "PENDING", attempts: 0 });
    const audit = await prisma.auditLog.findFirst({
      where: { action: "notification.resend", entityId: String(gaveUp.id) },
    });
    expect(audit?.detail).toContain(CUSTOMER.ordererEmail);

    // A second click finds nothing FAILED and changes nothing.
    const again = await outboxRoute.action({
      request: formRequest(path, { intent: "resend", id: String(gaveUp.id) }, admin),
      params: {},
      context: {},
    });
    expect(again).toMatchObject({ init: { status: 409 } });

    await waitFor(async () => (await row(key)).status === "SENT"); // the action kicked delivery
    expect(mailsTo(order.number)).toHaveLength(1);
  });

  it("sends each email once when several deliveries run at the same time", async () => {
    const orders = await Promise.all([1, 2, 3, 4, 5].map(() => paidOrder()));
    for (const { order } of orders) await queue({ orderId: order.id, kind: "ORDER_PAID", dedupeKey: `c:${order.id}` });
    const before = smtp.received.length;
    const runs = await Promise.all([1, 2, 3, 4].map(() => deliverDueNotifications()));
    expect(runs.reduce((sum, r) => sum + r.sent, 0)).toBe(5);
    expect(smtp.received.length - before).toBe(5);
    for (const { order } of orders) expect(mailsTo(order.number)).toHaveLength(1);
  });

  it("kickNotificationDelivery sends soon after commit without being awaited", async () => {
    const { order } = await paidOrder();
    await queue({ orderId: order.id, kind: "ORDER_PAID", dedupeKey: `kick:${order.id}` });
    kickNotificationDelivery();
    kickNotificationDelivery();
    await waitFor(async () => (await row(`kick:${order.id}`)).status === "SENT");
    expect(mailsTo(order.number)).toHaveLength(1);
  });

  it("never stores the SMTP credentials in an error", () => {
    const message = describeSendError(new Error(`connect ECONNREFUSED ${smtp.url}\nstack…`));
    expect(message).not.toContain(SMTP_PASS);
    expect(message).not.toContain("stack");
  });
});

describe("/admin/notifications permissions", () => {
  const call = (cookie: string | null, method: "loader" | "action") =>
    thrownResponse(() =>
      method === "loader"
        ? outboxRoute.loader({ request: getRequest("/admin/notifications", cookie), params: {}, context: {} })
        : outboxRoute.action({
            request: formRequest("/admin/notifications", { intent: "resend", id: "1" }, cookie),
            params: {},
            context: {},
          }),
    );

  it("sends anonymous visitors to the login page", async () => {
    for (const method of ["loader", "action"] as const) {
      const res = await call(null, method);
      expect(res?.status).toBe(302);
      expect(res?.headers.get("Location")).toBe(`/login?redirectTo=${encodeURIComponent("/admin/notifications")}`);
    }
  });

  it("refuses center staff and editors with 403", async () => {
    for (const email of [STAFF.seogu, STAFF.editor]) {
      const cookie = await sessionCookie(email);
      expect((await call(cookie, "loader"))?.status).toBe(403);
      expect((await call(cookie, "action"))?.status).toBe(403);
    }
  });

  it("shows the admin every email with its state, filterable", async () => {
    const admin = await sessionCookie(STAFF.admin);
    const all = await outboxRoute.loader({
      request: getRequest("/admin/notifications", admin),
      params: {},
      context: {},
    });
    expect(all.mailConfigured).toBe(true);
    expect(all.counts.SENT).toBeGreaterThan(0);
    const sent = await outboxRoute.loader({
      request: getRequest("/admin/notifications?status=SENT", admin),
      params: {},
      context: {},
    });
    expect(sent.rows.length).toBeGreaterThan(0);
    expect(sent.rows.every((n) => n.status === "SENT")).toBe(true);
    expect(sent.rows[0]!.order?.number).toMatch(/^SD-/);
  });
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 5_000) {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
