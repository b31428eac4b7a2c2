// Emails to producing centers' staff through the same outbox and a real SMTP server (smtp-server): a paid
// order reaches each center with a part in it, a request about a part reaches that part's center only,
// and each staff member's own setting (/center/notifications) turns either kind off for them alone.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { firstRecipient, startSmtpSink } from "../support/smtp-sink";

const smtp = await startSmtpSink();
// Env is read once at import: configure it before any app module loads.
process.env.SMTP_URL = smtp.url;
process.env.PUBLIC_BASE_URL = "https://shop.test.example";

const { prisma } = await import("~/utils/db.server");
const { deliverDueNotifications } = await import("~/notifications/notifications.server");
const { queueCenterNewOrderNotifications, queueCenterRequestNotification } =
  await import("~/notifications/center-notifications.server");
const settingsRoute = await import("~/routes/center.notifications");
const { paidOrder } = await import("../support/orders");
const { call } = await import("../support/route-calls");
const { STAFF, formRequest, getRequest, sessionCookie } = await import("../support/staff");

afterAll(() => smtp.close());

let seoguSecond: { id: number; email: string };
beforeAll(async () => {
  // A second 서구 staff member, to show one person's setting never silences the other.
  const seogu = await prisma.user.findUniqueOrThrow({ where: { email: STAFF.seogu } });
  seoguSecond = await prisma.user.create({
    data: {
      email: "seogu2@gjjahwal.example",
      name: "서구 두번째",
      passwordHash: seogu.passwordHash,
      role: "CENTER_STAFF",
      centerId: seogu.centerId,
    },
  });
  // A disabled account of 서구 never gets mail.
  await prisma.user.create({
    data: {
      email: "seogu-gone@gjjahwal.example",
      name: "퇴사자",
      passwordHash: seogu.passwordHash,
      role: "CENTER_STAFF",
      centerId: seogu.centerId,
      disabledAt: new Date(),
    },
  });
});

const sentTo = (address: string, subjectPart: string) =>
  smtp.received.filter((m) => firstRecipient(m) === address && m.subject?.includes(subjectPart));

describe("a paid order reaches its centers", () => {
  it("emails every active staff member of each center with a part, once, with their items and link", async () => {
    const { order } = await paidOrder(prisma, { twoCenters: true });
    const queued = await prisma.$transaction((tx) => queueCenterNewOrderNotifications(tx, order.id));
    expect(queued).toBe(3); // 서구 ×2 staff, 광산 ×1
    // The webhook replayed: nothing more.
    expect(await prisma.$transaction((tx) => queueCenterNewOrderNotifications(tx, order.id))).toBe(0);
    expect(await deliverDueNotifications()).toEqual({ sent: 3, failed: 0 });

    const [seogu] = sentTo(STAFF.seogu, order.number);
    expect(seogu!.subject).toBe(`[소소드림] 새 주문 ${order.number} (2개)`);
    expect(seogu!.text).toContain("광주서구지역자활센터 담당자님");
    expect(seogu!.text).toContain(`https://shop.test.example/center/orders/${order.number}`);
    expect(seogu!.text).toContain("× 2");
    // Only its own items: the other center's cookie is not in 서구's mail, and no customer address or phone.
    expect(seogu!.text).not.toContain("쿠키");
    expect(seogu!.text).not.toContain("01012345678");
    expect(sentTo(seoguSecond.email, order.number)).toHaveLength(1);
    expect(sentTo("seogu-gone@gjjahwal.example", order.number)).toHaveLength(0);
    const [gwangsan] = sentTo(STAFF.gwangsan, order.number);
    expect(gwangsan!.subject).toBe(`[소소드림] 새 주문 ${order.number} (1개)`);
    expect(gwangsan!.text).not.toContain("김자반");
    const rows = await prisma.notification.findMany({ where: { orderId: order.id, kind: "CENTER_NEW_ORDER" } });
    expect(rows.every((r) => r.status === "SENT")).toBe(true);
  });
});

describe("each staff member's own setting", () => {
  it("turns new-order mails off for that person only, and is recorded", async () => {
    const cookie = await sessionCookie(STAFF.seogu);
    const page = await call(settingsRoute.loader, getRequest("/center/notifications", cookie));
    expect(page.data.preferences).toEqual({ email: STAFF.seogu, notifyNewOrders: true, notifyRequests: true });
    // An unchecked box sends nothing: new orders off, requests on.
    const saved = await call(
      settingsRoute.action,
      formRequest("/center/notifications", { notifyRequests: "on" }, cookie),
    );
    expect(saved).toMatchObject({ status: 302, location: "/center/notifications?saved=1" });
    const me = await prisma.user.findUniqueOrThrow({ where: { email: STAFF.seogu } });
    expect(me).toMatchObject({ notifyNewOrders: false, notifyRequests: true });
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { action: "user.notification-preferences", entityId: String(me.id) },
    });
    expect(audit.detail).toBe("새 주문 메일 받지 않음 · 요청 메일 받음");

    const { order } = await paidOrder(prisma);
    expect(await prisma.$transaction((tx) => queueCenterNewOrderNotifications(tx, order.id))).toBe(1);
    const rows = await prisma.notification.findMany({ where: { orderId: order.id, kind: "CENTER_NEW_ORDER" } });
    expect(rows.map((r) => r.to)).toEqual([seoguSecond.email]);
  });

  it("is for center staff: the admin has no such page", async () => {
    const admin = await sessionCookie(STAFF.admin);
    const page = await call(settingsRoute.loader, getRequest("/center/notifications", admin));
    expect(page.status).toBe(403);
  });

  it("sends a request about a part to that part's center only, to those who want requests", async () => {
    const { order, seogu } = await paidOrder(prisma, { twoCenters: true });
    await prisma.user.update({ where: { id: seoguSecond.id }, data: { notifyRequests: false } });
    const queued = await prisma.$transaction((tx) =>
      queueCenterRequestNotification(tx, {
        fulfilmentId: seogu.id,
        dedupeKey: `test-request:${seogu.id}`,
        notice: { title: "관리자 취소 처리", body: "광역자활센터가 이 주문의 센터 몫을 취소했습니다.", reason: "품절" },
      }),
    );
    expect(queued).toBe(1);
    await deliverDueNotifications();
    const [mail] = sentTo(STAFF.seogu, order.number);
    expect(mail!.subject).toBe(`[소소드림] 관리자 취소 처리 — ${order.number}`);
    expect(mail!.text).toContain("사유: 품절");
    expect(mail!.text).toContain("https://shop.test.example/center/notifications");
    expect(sentTo(seoguSecond.email, order.number)).toHaveLength(0);
    expect(sentTo(STAFF.gwangsan, order.number)).toHaveLength(0);
  });
});

describe("the payment is what triggers it", () => {
  it("queues the centers' mails in the transaction that marks the order paid, once", async () => {
    const { placedOrder: placeOrder } = await import("../support/place-order");
    const { markOrderPaid } = await import("~/orders/payment-events.server");
    const { CUSTOMER, makeCart, variantId } = await import("../support/shop");
    const jaban = await variantId(prisma, "naechingu-gim-jaban", "1봉");
    const order = await placeOrder(await makeCart(prisma, [{ variantId: jaban, quantity: 1 }]), CUSTOMER);
    const checkoutSession = `cs_center_mail_${order.id}`;
    await prisma.payment.create({
      data: { orderId: order.id, provider: "test", checkoutSession, amount: order.total },
    });
    const ref = { checkoutSession, orderId: order.id };
    const paid = { paidWon: order.total, eventId: null };
    expect(await prisma.$transaction((tx) => markOrderPaid(tx, ref, paid))).toBe("paid");
    // The same completion replayed: nothing more.
    expect(await prisma.$transaction((tx) => markOrderPaid(tx, ref, paid))).toMatch(/^unchanged/);
    const rows = await prisma.notification.findMany({ where: { orderId: order.id, kind: "CENTER_NEW_ORDER" } });
    // 서구's first staff member turned new-order mails off above; the second still gets one.
    expect(rows.map((r) => r.to)).toEqual([seoguSecond.email]);
  });
});
