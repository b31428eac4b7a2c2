// Who may see and change what, through the real route loaders and actions (the test payment provider,
// no Stripe keys: refunds go through the local provider and the signed charge.refunded path).
import { describe, expect, it } from "vitest";
import * as adminLayout from "~/routes/admin";
import * as adminOrder from "~/routes/admin.orders.$number";
import * as adminOrders from "~/routes/admin.orders._index";
import * as centerLayout from "~/routes/center";
import * as centerOrders from "~/routes/center._index";
import * as centerOrder from "~/routes/center.orders.$number";
import { prisma } from "~/utils/db.server";
import { paidOrder } from "../support/orders";
import { formRequest, getRequest, sessionCookie, STAFF, thrownResponse } from "../support/staff";

type Args = Parameters<typeof centerOrders.loader>[0];
const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} }) as Args;

type DataWithInit = { type: "DataWithResponseInit"; data: unknown; init: ResponseInit | null };
const isDataWithInit = (value: unknown): value is DataWithInit =>
  typeof value === "object" && value !== null && (value as DataWithInit).type === "DataWithResponseInit";

/** What a loader/action answered: a Response (returned or thrown), `data(…, init)`, or a plain object. */
async function run(fn: (a: Args) => Promise<unknown>, request: Request, params: Record<string, string> = {}) {
  let result: unknown;
  try {
    result = await fn(args(request, params));
  } catch (error) {
    result = error;
    if (!(error instanceof Response) && !isDataWithInit(error)) throw error;
  }
  if (result instanceof Response) return { response: result, data: null as unknown, status: result.status };
  if (isDataWithInit(result)) return { response: null, data: result.data, status: result.init?.status ?? 200 };
  return { response: null, data: result, status: 200 };
}

describe("the center area", () => {
  it("sends anonymous visitors to log in, and back afterwards", async () => {
    for (const [route, path] of [
      [centerLayout.loader, "/center?status=ACCEPTED"],
      [centerOrders.loader, "/center"],
      [centerOrder.loader, "/center/orders/SD-1"],
    ] as const) {
      const response = await thrownResponse(() => route(args(getRequest(path))));
      expect(response?.status).toBe(302);
      expect(response?.headers.get("Location")).toBe(`/login?${new URLSearchParams({ redirectTo: path })}`);
    }
    const post = await thrownResponse(() => centerOrders.action(args(formRequest("/center", { intent: "accept" }))));
    expect(post?.headers.get("Location")).toMatch(/^\/login\?redirectTo=/);
  });

  it("is for center staff only: admins and editors get 403", async () => {
    for (const email of [STAFF.admin, STAFF.editor]) {
      const response = await thrownResponse(async () =>
        centerLayout.loader(args(getRequest("/center", await sessionCookie(email)))),
      );
      expect(response?.status).toBe(403);
    }
  });

  it("shows a center only its own part; another center's order is a 404", async () => {
    const { order } = await paidOrder(prisma); // 서구 only
    const seogu = await sessionCookie(STAFF.seogu);
    const gwangsan = await sessionCookie(STAFF.gwangsan);
    const mine = await run(centerOrder.loader, getRequest(`/center/orders/${order.number}`, seogu), {
      number: order.number,
    });
    expect(mine.status).toBe(200);
    const theirs = await run(centerOrder.loader, getRequest(`/center/orders/${order.number}`, gwangsan), {
      number: order.number,
    });
    expect(theirs.status).toBe(404);
  });

  it("ignores forged ids: another center's part is neither accepted nor shipped", async () => {
    const { seogu } = await paidOrder(prisma, { twoCenters: true });
    const gwangsan = await sessionCookie(STAFF.gwangsan);
    const accept = await run(
      centerOrders.action,
      formRequest("/center?status=NEW", { intent: "accept", fulfilmentId: String(seogu.id), centerId: "1" }, gwangsan),
    );
    expect(accept.response?.headers.get("Location")).toBe("/center?status=NEW&notice=accepted-0-1");
    await prisma.fulfilment.update({ where: { id: seogu.id }, data: { status: "ACCEPTED" } });
    const ship = await run(
      centerOrders.action,
      formRequest(
        "/center",
        { intent: "ship", fulfilmentId: String(seogu.id), courier: "CJ", trackingNumber: "123456789012" },
        gwangsan,
      ),
    );
    expect(ship.status).toBe(409);
    const part = await prisma.fulfilment.findUniqueOrThrow({ where: { id: seogu.id }, include: { shipments: true } });
    expect(part.status).toBe("ACCEPTED");
    expect(part.shipments).toHaveLength(0);
  });

  it("answers a ship form without a tracking number with Korean messages beside the fields", async () => {
    const { seogu } = await paidOrder(prisma);
    await prisma.fulfilment.update({ where: { id: seogu.id }, data: { status: "ACCEPTED" } });
    const cookie = await sessionCookie(STAFF.seogu);
    const result = await run(
      centerOrders.action,
      formRequest(
        "/center",
        { intent: "ship", fulfilmentId: String(seogu.id), courier: "", trackingNumber: "" },
        cookie,
      ),
    );
    expect(result.status).toBe(400);
    const reply = (result.data as { result: { error: Record<string, string[]> } }).result;
    expect(reply.error.courier).toEqual(["택배사를 골라 주세요."]);
    expect(reply.error.trackingNumber?.[0]).toMatch(/송장번호/);
    expect((await prisma.fulfilment.findUniqueOrThrow({ where: { id: seogu.id } })).status).toBe("ACCEPTED");
  });
});

describe("the admin order pages", () => {
  it("refuse center staff and editors (an editor cannot refund)", async () => {
    const { order, seogu } = await paidOrder(prisma);
    const staff = await sessionCookie(STAFF.seogu);
    const editor = await sessionCookie(STAFF.editor);
    expect((await thrownResponse(() => adminLayout.loader(args(getRequest("/admin/orders", staff)))))?.status).toBe(
      403,
    );
    expect((await thrownResponse(() => adminOrders.loader(args(getRequest("/admin/orders", editor)))))?.status).toBe(
      403,
    );
    const refund = await run(
      adminOrder.action,
      formRequest(
        `/admin/orders/${order.number}`,
        { intent: "cancel-part", fulfilmentId: String(seogu.id), key: "k".repeat(20) },
        editor,
      ),
      { number: order.number },
    );
    expect(refund.status).toBe(403);
    expect(await prisma.refund.count({ where: { fulfilmentId: seogu.id } })).toBe(0);
    expect((await prisma.fulfilment.findUniqueOrThrow({ where: { id: seogu.id } })).status).toBe("NEW");
  });

  it("let an admin find orders by center and refund part of one through the test provider", async () => {
    const { order, seogu, gwangsan } = await paidOrder(prisma, { twoCenters: true });
    const admin = await sessionCookie(STAFF.admin);
    const list = await run(
      adminOrders.loader,
      getRequest(`/admin/orders?center=${gwangsan!.centerId}&q=${order.number}`, admin),
    );
    expect((list.data as { rows: { number: string }[] }).rows.map((r) => r.number)).toEqual([order.number]);

    const bad = await run(
      adminOrder.action,
      formRequest(
        `/admin/orders/${order.number}`,
        { intent: "refund-part", fulfilmentId: String(seogu.id), amount: "삼천원", key: "a".repeat(20) },
        admin,
      ),
      { number: order.number },
    );
    expect(bad.status).toBe(400);
    expect((bad.data as { result: { error: Record<string, string[]> } }).result.error.amount).toEqual([
      "환불 금액은 원 단위 숫자로 입력해 주세요.",
    ]);

    const ok = await run(
      adminOrder.action,
      formRequest(
        `/admin/orders/${order.number}`,
        { intent: "refund-part", fulfilmentId: String(seogu.id), amount: "3,000", reason: "파손", key: "b".repeat(20) },
        admin,
      ),
      { number: order.number },
    );
    expect(ok.response?.headers.get("Location")).toBe(`/admin/orders/${order.number}?notice=refunded-3000`);
    const after = await prisma.order.findUniqueOrThrow({ where: { id: order.id }, include: { payments: true } });
    // The local provider reports the refund through the same signed webhook path as Stripe.
    expect(after.status).toBe("PARTIALLY_REFUNDED");
    expect(after.payments[0]!.refundedAmount).toBe(3_000);

    const page = await run(adminOrder.loader, getRequest(`/admin/orders/${order.number}`, admin), {
      number: order.number,
    });
    const data = page.data as {
      order: { fulfilments: { id: number; refundable: number }[] };
      audit: { detail: string }[];
    };
    const seoguPart = data.order.fulfilments.find((f) => f.id === seogu.id)!;
    expect(seoguPart.refundable).toBe(seogu.itemsTotal + seogu.shippingFee + seogu.surcharge - 3_000);
    expect(data.audit.map((a) => a.detail)).toEqual(["서구 환불 3,000원 (파손)"]);
  });
});
