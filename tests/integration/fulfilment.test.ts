import { describe, expect, it } from "vitest";
import { getOrderByToken } from "~/orders/orders.server";
import { getCenterOrder, listCenterOrders } from "~/fulfilment/center-orders.server";
import { acceptFulfilments, deliverFulfilment, shipFulfilment } from "~/fulfilment/fulfilment.server";
import { deriveDeliveryState, type FulfilmentStatus } from "~/orders/part-states";
import { moveFulfilment } from "~/orders/orders.server";
import { placedOrder } from "../support/place-order";
import { prisma } from "~/utils/db.server";
import { paidOrder, staffUserId } from "../support/orders";
import { CUSTOMER, makeCart, variantId } from "../support/shop";
import { STAFF } from "../support/staff";

const seoguStaff = () => staffUserId(prisma, STAFF.seogu);
const gwangsanStaff = () => staffUserId(prisma, STAFF.gwangsan);

async function status(fulfilmentId: number) {
  return (await prisma.fulfilment.findUniqueOrThrow({ where: { id: fulfilmentId } })).status;
}

describe("the fulfilment state machine in the database", () => {
  it("moves NEW → ACCEPTED → SHIPPED → DELIVERED, stamping each step and logging who did it", async () => {
    const { seogu } = await paidOrder(prisma);
    const actor = await seoguStaff();
    expect(await acceptFulfilments({ fulfilmentIds: [seogu.id], actor })).toEqual({ accepted: 1, skipped: 0 });
    expect(
      await shipFulfilment({ fulfilmentId: seogu.id, courier: "CJ", trackingNumber: "6012-3456-7890", actor }),
    ).toEqual({
      ok: true,
    });
    expect(await deliverFulfilment({ fulfilmentId: seogu.id, actor })).toEqual({ ok: true });
    const part = await prisma.fulfilment.findUniqueOrThrow({
      where: { id: seogu.id },
      include: { events: { orderBy: { id: "asc" } }, shipments: true },
    });
    expect(part.status).toBe("DELIVERED");
    expect(part.acceptedAt && part.shippedAt && part.deliveredAt).toBeTruthy();
    expect(part.shipments).toMatchObject([{ courier: "CJ", trackingNumber: "601234567890" }]);
    expect(part.events.map((e) => `${e.fromStatus}→${e.toStatus}`)).toEqual([
      "NEW→ACCEPTED",
      "ACCEPTED→SHIPPED",
      "SHIPPED→DELIVERED",
    ]);
    expect(part.events.every((e) => e.userId === actor.userId)).toBe(true);
    expect(part.events[1]!.note).toBe("CJ대한통운 601234567890");
  });

  // Every pair, tried against the database from a part put in the `from` state.
  const STATES: FulfilmentStatus[] = ["NEW", "ACCEPTED", "SHIPPED", "DELIVERED", "CANCELLED"];
  const ALLOWED = new Set([
    "NEW→ACCEPTED",
    "NEW→CANCELLED",
    "ACCEPTED→SHIPPED",
    "ACCEPTED→CANCELLED",
    "SHIPPED→DELIVERED",
  ]);
  it.each(STATES.flatMap((from) => STATES.map((to) => [from, to, ALLOWED.has(`${from}→${to}`)] as const)))(
    "%s → %s applies: %s",
    async (from, to, allowed) => {
      const { seogu } = await paidOrder(prisma);
      await prisma.fulfilment.update({ where: { id: seogu.id }, data: { status: from } });
      const result = await prisma.$transaction((tx) =>
        moveFulfilment(tx, { fulfilmentId: seogu.id, to, actor: { userId: null, centerId: null } }),
      );
      expect(result.ok).toBe(allowed);
      expect(await status(seogu.id)).toBe(allowed ? to : from);
      expect(await prisma.fulfilmentEvent.count({ where: { fulfilmentId: seogu.id } })).toBe(allowed ? 1 : 0);
    },
  );

  it("applies a double-submitted or concurrent 발주확인 exactly once", async () => {
    const { seogu } = await paidOrder(prisma);
    const actor = await seoguStaff();
    const results = await Promise.all(
      Array.from({ length: 6 }, () => acceptFulfilments({ fulfilmentIds: [seogu.id, seogu.id], actor })),
    );
    expect(results.reduce((sum, r) => sum + r.accepted, 0)).toBe(1);
    expect(await prisma.fulfilmentEvent.count({ where: { fulfilmentId: seogu.id } })).toBe(1);
  });

  it("ships a part once even when two staff send different tracking numbers at the same time", async () => {
    const { seogu } = await paidOrder(prisma);
    const actor = await seoguStaff();
    await acceptFulfilments({ fulfilmentIds: [seogu.id], actor });
    const results = await Promise.all([
      shipFulfilment({ fulfilmentId: seogu.id, courier: "CJ", trackingNumber: "111122223333", actor }),
      shipFulfilment({ fulfilmentId: seogu.id, courier: "LOGEN", trackingNumber: "44445555666", actor }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await prisma.shipment.count({ where: { fulfilmentId: seogu.id } })).toBe(1);
  });

  it("refuses shipping without a valid tracking number or courier, and before 발주확인", async () => {
    const { seogu } = await paidOrder(prisma);
    const actor = await seoguStaff();
    expect(
      await shipFulfilment({ fulfilmentId: seogu.id, courier: "CJ", trackingNumber: "123456789012", actor }),
    ).toEqual({
      ok: false,
      reason: "WRONG_STATE",
    });
    await acceptFulfilments({ fulfilmentIds: [seogu.id], actor });
    for (const trackingNumber of ["", "   ", "12345", "CJ12345678", "1".repeat(20)]) {
      expect(await shipFulfilment({ fulfilmentId: seogu.id, courier: "CJ", trackingNumber, actor })).toEqual({
        ok: false,
        reason: "BAD_TRACKING_NUMBER",
      });
    }
    expect(
      await shipFulfilment({ fulfilmentId: seogu.id, courier: "FEDEX", trackingNumber: "123456789012", actor }),
    ).toEqual({
      ok: false,
      reason: "UNKNOWN_COURIER",
    });
    expect(await status(seogu.id)).toBe("ACCEPTED");
    expect(await prisma.shipment.count({ where: { fulfilmentId: seogu.id } })).toBe(0);
  });

  it("never moves another center's part, whatever id is sent", async () => {
    const { seogu } = await paidOrder(prisma, { twoCenters: true });
    const other = await gwangsanStaff();
    expect(await acceptFulfilments({ fulfilmentIds: [seogu.id], actor: other })).toEqual({ accepted: 0, skipped: 1 });
    await acceptFulfilments({ fulfilmentIds: [seogu.id], actor: await seoguStaff() });
    expect(
      await shipFulfilment({ fulfilmentId: seogu.id, courier: "CJ", trackingNumber: "123456789012", actor: other }),
    ).toEqual({
      ok: false,
      reason: "NOT_FOUND",
    });
    expect(await status(seogu.id)).toBe("ACCEPTED");
  });

  it("queues the customer's shipping email with the parcel, once", async () => {
    const { order, seogu } = await paidOrder(prisma);
    const actor = await seoguStaff();
    await acceptFulfilments({ fulfilmentIds: [seogu.id], actor });
    await shipFulfilment({ fulfilmentId: seogu.id, courier: "EPOST", trackingNumber: "6865012345678", actor });
    const mails = await prisma.notification.findMany({ where: { orderId: order.id, kind: "SHIPPED" } });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to).toBe(CUSTOMER.ordererEmail);
    expect(mails[0]!.text).toContain("6865012345678");
    expect(mails[0]!.text).toContain("service.epost.go.kr");
  });
});

describe("what a center sees", () => {
  it("lists only its own, paid parts, with counts per tab, newest payment first", async () => {
    const older = await paidOrder(prisma, { twoCenters: true, paidAt: new Date("2026-11-20T01:00:00Z") });
    const newer = await paidOrder(prisma, { paidAt: new Date("2026-11-21T01:00:00Z") });
    const jaban = await variantId(prisma, "naechingu-gim-jaban", "1봉");
    const unpaid = await placedOrder(await makeCart(prisma, [{ variantId: jaban, quantity: 1 }]), CUSTOMER);

    const { centerId: seoguId } = await seoguStaff();
    const seogu = await listCenterOrders({ centerId: seoguId!, status: "NEW", q: "", page: 1 });
    const numbers = seogu.rows.map((r) => r.order.number);
    expect(numbers.indexOf(newer.order.number)).toBeLessThan(numbers.indexOf(older.order.number));
    expect(numbers).not.toContain(unpaid.number);
    expect(seogu.counts.NEW).toBe(seogu.total);
    // Only 서구's lines of the shared order.
    const shared = seogu.rows.find((r) => r.order.number === older.order.number)!;
    expect(shared.items.map((i) => i.productName)).toEqual(["내친구김 김자반"]);

    const { centerId: gwangsanId } = await gwangsanStaff();
    const gwangsan = await listCenterOrders({ centerId: gwangsanId!, status: "NEW", q: "", page: 1 });
    const gwangsanNumbers = gwangsan.rows.map((r) => r.order.number);
    expect(gwangsanNumbers).toContain(older.order.number);
    expect(gwangsanNumbers).not.toContain(newer.order.number);
    expect(new Set(gwangsan.rows.flatMap((r) => r.items.map((i) => i.productName)))).toEqual(new Set(["우리쌀 쿠키"]));
    expect(await getCenterOrder({ number: newer.order.number, centerId: gwangsanId! })).toBeNull();
    expect(await getCenterOrder({ number: unpaid.number, centerId: seoguId! })).toBeNull();
  });

  it("finds orders by number or recipient name", async () => {
    const { order } = await paidOrder(prisma);
    const { centerId } = await seoguStaff();
    const byNumber = await listCenterOrders({
      centerId: centerId!,
      status: "NEW",
      q: order.number.slice(-6).toLowerCase(),
      page: 1,
    });
    expect(byNumber.rows.map((r) => r.order.number)).toEqual([order.number]);
    const byName = await listCenterOrders({ centerId: centerId!, status: "NEW", q: "김민", page: 1 });
    expect(byName.rows.map((r) => r.order.number)).toContain(order.number);
    const none = await listCenterOrders({ centerId: centerId!, status: "NEW", q: "없는사람", page: 1 });
    expect(none.total).toBe(0);
  });
});

describe("the customer's view of a two-center order", () => {
  it("goes 결제완료 → 상품준비중 → 부분배송중 → 배송중 → 배송완료 with every parcel's tracking", async () => {
    const { order, seogu, gwangsan } = await paidOrder(prisma, { twoCenters: true });
    const a = await seoguStaff();
    const b = await gwangsanStaff();
    const state = async () => {
      const view = (await getOrderByToken(order.lookupToken))!;
      return deriveDeliveryState(view.fulfilments.map((f) => f.status));
    };
    expect(await state()).toBe("결제완료");
    await acceptFulfilments({ fulfilmentIds: [seogu.id], actor: a });
    expect(await state()).toBe("상품준비중");
    await shipFulfilment({ fulfilmentId: seogu.id, courier: "CJ", trackingNumber: "123456789012", actor: a });
    expect(await state()).toBe("부분배송중");
    await acceptFulfilments({ fulfilmentIds: [gwangsan!.id], actor: b });
    await shipFulfilment({ fulfilmentId: gwangsan!.id, courier: "HANJIN", trackingNumber: "987654321098", actor: b });
    expect(await state()).toBe("배송중");
    const view = (await getOrderByToken(order.lookupToken))!;
    expect(view.fulfilments.flatMap((f) => f.shipments.map((s) => `${s.courier}:${s.trackingNumber}`)).sort()).toEqual([
      "CJ:123456789012",
      "HANJIN:987654321098",
    ]);
    await deliverFulfilment({ fulfilmentId: seogu.id, actor: a });
    await deliverFulfilment({ fulfilmentId: gwangsan!.id, actor: b });
    expect(await state()).toBe("배송완료");
  });
});
