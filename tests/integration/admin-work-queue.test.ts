// The admin home's counts of the centers' work: parts by state, 발주확인 지연 (paid over 24 hours ago, not
// accepted) and 배송 지연 (accepted over 3 days ago, not shipped), by center; unpaid orders never count.
import { describe, expect, it } from "vitest";
import { placedOrder as placeOrder } from "../support/place-order";
import * as home from "~/routes/admin._index";
import * as orders from "~/routes/admin.orders._index";
import { prisma } from "~/utils/db.server";
import { paidOrder } from "../support/orders";
import { call } from "../support/route-calls";
import { CUSTOMER, makeCart, variantId } from "../support/shop";
import { getRequest, sessionCookie, STAFF } from "../support/staff";

const HOUR = 3_600_000;
const ago = (ms: number) => new Date(Date.now() - ms);

describe("the admin home", () => {
  it("counts each state and both delays, per center", async () => {
    const admin = await sessionCookie(STAFF.admin);
    const before = (await call(home.loader, getRequest("/admin", admin))).data.counts;

    const late = await paidOrder(prisma, { paidAt: ago(25 * HOUR) }); // 발주확인 지연 (서구)
    const fresh = await paidOrder(prisma, { paidAt: ago(23 * HOUR) }); // new, not yet late
    const twoCenters = await paidOrder(prisma, { twoCenters: true, paidAt: ago(5 * 24 * HOUR) });
    // 서구 accepted 4 days ago (배송 지연); 광산 accepted 2 days ago (not late); both are 상품준비중.
    await prisma.fulfilment.update({
      where: { id: twoCenters.seogu.id },
      data: { status: "ACCEPTED", acceptedAt: ago(4 * 24 * HOUR) },
    });
    await prisma.fulfilment.update({
      where: { id: twoCenters.gwangsan!.id },
      data: { status: "ACCEPTED", acceptedAt: ago(2 * 24 * HOUR) },
    });
    const shipped = await paidOrder(prisma, { paidAt: ago(6 * 24 * HOUR) });
    await prisma.fulfilment.update({
      where: { id: shipped.seogu.id },
      data: { status: "SHIPPED", acceptedAt: ago(5 * 24 * HOUR), shippedAt: ago(HOUR) },
    });
    // Placed 3 days ago and never paid: no center has anything to do.
    const jaban = await variantId(prisma, "naechingu-gim-jaban", "1봉");
    const unpaid = await placeOrder(await makeCart(prisma, [{ variantId: jaban, quantity: 1 }]), CUSTOMER);
    await prisma.order.update({ where: { id: unpaid.id }, data: { createdAt: ago(3 * 24 * HOUR) } });

    const after = await call(home.loader, getRequest("/admin", admin));
    const delta = (key: string) => after.data.counts[key] - before[key];
    expect(delta("NEW")).toBe(2);
    expect(delta("ACCEPTED")).toBe(2);
    expect(delta("SHIPPED")).toBe(1);
    expect(delta("ACCEPT_LATE")).toBe(1);
    expect(delta("SHIP_LATE")).toBe(1);
    const seogu = after.data.lateByCenter.find((c: { shortName: string }) => c.shortName === "서구");
    expect(seogu).toMatchObject({ acceptLate: before.ACCEPT_LATE + 1, shipLate: before.SHIP_LATE + 1 });
    expect(after.data.lateByCenter.find((c: { shortName: string }) => c.shortName === "광산")).toBeUndefined();

    // The order list filters the same way; with a center, it is that center's part that must match.
    const list = async (query: string) =>
      (await call(orders.loader, getRequest(`/admin/orders?${query}`, admin))).data.rows.map(
        (r: { number: string }) => r.number,
      );
    const acceptLate = await list("work=ACCEPT_LATE");
    expect(acceptLate).toContain(late.order.number);
    expect(acceptLate).not.toContain(fresh.order.number);
    expect(await list("work=NEW")).toEqual(expect.arrayContaining([late.order.number, fresh.order.number]));
    expect(await list("work=SHIP_LATE")).toContain(twoCenters.order.number);
    expect(await list(`work=SHIP_LATE&center=${twoCenters.gwangsan!.centerId}`)).not.toContain(twoCenters.order.number);
    expect(await list(`work=ACCEPTED&center=${twoCenters.gwangsan!.centerId}`)).toContain(twoCenters.order.number);
    expect(await list("work=SHIPPED")).toEqual([shipped.order.number]);
    expect(await list("work=NEW")).not.toContain(unpaid.number);
  });

  it("sends editors to their articles and keeps center staff out", async () => {
    const editor = await call(home.loader, getRequest("/admin", await sessionCookie(STAFF.editor)));
    expect(editor).toMatchObject({ status: 302, location: "/admin/articles" });
    const staff = await call(home.loader, getRequest("/admin", await sessionCookie(STAFF.seogu)));
    expect(staff.status).toBe(403);
  });
});
