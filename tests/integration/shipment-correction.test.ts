// 송장 정정 by a center after 발송: the parcel's courier/number change in place, the change is logged (part log
// and audit), the customer is emailed the corrected link; bad input and another center's part change nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { acceptFulfilments, shipFulfilment } from "~/fulfilment/fulfilment.server";
import { trackingUrl } from "~/orders/couriers";
import * as orderPage from "~/routes/center.orders.$number";
import { prisma } from "~/utils/db.server";
import { paidOrder, staffUserId, type PaidOrder } from "../support/orders";
import { call } from "../support/route-calls";
import { formRequest, sessionCookie, STAFF } from "../support/staff";

let seoguCookie: string;
let gwangsanCookie: string;
let shipped: PaidOrder;

beforeAll(async () => {
  [seoguCookie, gwangsanCookie] = await Promise.all([sessionCookie(STAFF.seogu), sessionCookie(STAFF.gwangsan)]);
  shipped = await paidOrder(prisma, { twoCenters: true });
  const seogu = await staffUserId(prisma, STAFF.seogu);
  const actor = { userId: seogu.userId, centerId: seogu.centerId! };
  await acceptFulfilments({ fulfilmentIds: [shipped.seogu.id], actor });
  expect(
    await shipFulfilment({ fulfilmentId: shipped.seogu.id, courier: "CJ", trackingNumber: "640012345678", actor }),
  ).toEqual({ ok: true });
});

const correct = (fields: Record<string, string>, cookie = seoguCookie, order = shipped) =>
  call(
    orderPage.action,
    formRequest(`/center/orders/${order.order.number}`, { intent: "correct-shipment", ...fields }, cookie),
    { number: order.order.number },
  );
const parcel = async (fulfilmentId: number) =>
  prisma.shipment.findMany({ where: { fulfilmentId }, select: { courier: true, trackingNumber: true } });

describe("송장 정정", () => {
  it("refuses a number of the wrong shape in Korean, keeps the input, changes nothing", async () => {
    const bad = await correct({ fulfilmentId: String(shipped.seogu.id), courier: "HANJIN", trackingNumber: "12-34" });
    expect(bad.status).toBe(400);
    expect(bad.data.result.error.trackingNumber).toEqual(["송장번호는 숫자 9~14자리로 입력해 주세요."]);
    expect(bad.data.result.initialValue).toMatchObject({ courier: "HANJIN", trackingNumber: "12-34" });
    const same = await correct({
      fulfilmentId: String(shipped.seogu.id),
      courier: "CJ",
      trackingNumber: "6400-1234-5678",
    });
    expect(same.data.result.error[""]).toEqual(["지금 등록된 택배사·송장번호와 같습니다."]);
    expect(await parcel(shipped.seogu.id)).toEqual([{ courier: "CJ", trackingNumber: "640012345678" }]);
  });

  it("refuses another center's part and a part not yet sent", async () => {
    const foreign = await correct(
      { fulfilmentId: String(shipped.seogu.id), courier: "HANJIN", trackingNumber: "987654321098" },
      gwangsanCookie,
    );
    expect(foreign.status).toBe(409);
    expect(foreign.data.result.error[""]).toEqual(["이 센터의 주문이 아닙니다."]);
    const unsent = await correct(
      { fulfilmentId: String(shipped.gwangsan!.id), courier: "HANJIN", trackingNumber: "987654321098" },
      gwangsanCookie,
    );
    expect(unsent.data.result.error[""]).toEqual([
      "발송된(배송중) 주문만 송장을 정정할 수 있습니다. 화면을 새로 고쳐 주세요.",
    ]);
    expect(await parcel(shipped.seogu.id)).toEqual([{ courier: "CJ", trackingNumber: "640012345678" }]);
    expect(await parcel(shipped.gwangsan!.id)).toEqual([]);
  });

  it("changes the parcel, logs who changed what, and emails the customer the corrected link", async () => {
    const done = await correct({
      fulfilmentId: String(shipped.seogu.id),
      courier: "HANJIN",
      trackingNumber: "9876 5432 1098",
    });
    expect(done.status).toBe(302);
    expect(done.location).toContain("notice=corrected");
    expect(await parcel(shipped.seogu.id)).toEqual([{ courier: "HANJIN", trackingNumber: "987654321098" }]);
    const event = await prisma.fulfilmentEvent.findFirstOrThrow({
      where: { fulfilmentId: shipped.seogu.id, note: { startsWith: "송장 정정" } },
      include: { user: true },
    });
    expect(event.note).toBe("송장 정정: CJ대한통운 640012345678 → 한진택배 987654321098");
    expect(event.user?.email).toBe(STAFF.seogu);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "fulfilment.correct-shipment" } });
    expect(audit).toMatchObject({ entity: "Order", entityId: String(shipped.order.id) });
    const mails = await prisma.notification.findMany({
      where: { orderId: shipped.order.id, kind: "SHIPPED" },
      orderBy: { id: "asc" },
    });
    expect(mails).toHaveLength(2);
    // The customer is told what changed, old → new, and gets only the corrected tracking link.
    expect(mails[1]!.subject).toBe(`[소소드림] 송장번호가 정정되었습니다 (주문번호 ${shipped.order.number})`);
    expect(mails[1]!.text).toContain("앞서 알려 드린 택배사·송장번호가 잘못되어 바로잡았습니다.");
    expect(mails[1]!.text).toContain("정정 전: CJ대한통운 640012345678\n정정 후: 한진택배 987654321098");
    expect(mails[1]!.text).toContain(trackingUrl("HANJIN", "987654321098"));
    expect(mails[1]!.text).not.toContain(trackingUrl("CJ", "640012345678")!);
    expect(mails[0]!.subject).toContain("상품이 발송되었습니다");
    // The same correction posted again (a double click): nothing more.
    const again = await correct({
      fulfilmentId: String(shipped.seogu.id),
      courier: "HANJIN",
      trackingNumber: "987654321098",
    });
    expect(again.status).toBe(409);
    expect(await prisma.notification.count({ where: { orderId: shipped.order.id, kind: "SHIPPED" } })).toBe(2);
  });
});
