// The 발송 준비 pages (packing slips, picking list, the page itself and the CSV export) show only the
// signed-in center's parts, and only to that center's staff.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import * as shippingPage from "~/routes/center.shipping._index";
import { loader as exportLoader } from "~/routes/center.shipping.export[.]csv";
import { loader as pickingLoader } from "~/routes/center.shipping.picking";
import { loader as slipsLoader } from "~/routes/center.shipping.slips";
import { prisma } from "~/utils/db.server";
import { setUpShippingScene } from "../support/shipping-orders";
import { formRequest, getRequest, sessionCookie, STAFF, thrownResponse } from "../support/staff";

const args = (request: Request) => ({ request, params: {}, context: {} }) as LoaderFunctionArgs & ActionFunctionArgs;

const ctx = setUpShippingScene(prisma);

describe("packing slips and picking list", () => {
  it("print one slip per part to ship of this center, with the sender's name and phone", async () => {
    const { slips, center } = await slipsLoader(args(getRequest("/center/shipping/slips", ctx.seogu)));
    const { special, shared, badCourier, badTracking, unfilled } = ctx.scene;
    expect(slips.map((s) => s.order.number)).toEqual(
      [special, shared, badCourier, badTracking, unfilled].map((o) => o.number),
    );
    expect(center).toMatchObject({ name: "광주서구지역자활센터", phone: "062-367-3027" });
    expect(slips[0]).toMatchObject({
      order: { recipientName: "박서연", postalCode: "06234", deliveryMemo: "문 앞에 놓아 주세요, 감사합니다" },
      lines: [
        { name: "내친구김 김자반 2봉", qty: 3 },
        { name: "내친구김 선물세트", qty: 1 },
      ],
    });
    // The order shared with 광산 shows only 서구's line on 서구's slip.
    expect(slips[1]!.lines.map((l) => l.name)).toEqual(["내친구김 김자반 1봉"]);

    const gwangsanSlips = await slipsLoader(args(getRequest("/center/shipping/slips", ctx.gwangsan)));
    expect(gwangsanSlips.slips.map((s) => s.order.number)).toEqual([shared.number, ctx.scene.gwangsanOnly.number]);
    expect(gwangsanSlips.slips.flatMap((s) => s.lines.map((l) => l.name))).toEqual([
      "우리쌀 쿠키 1상자",
      "우리쌀 쿠키 1상자",
    ]);
  });

  it("totals each product option across the parts to ship, net of cancelled units", async () => {
    const line = await prisma.orderItem.findFirstOrThrow({ where: { fulfilmentId: ctx.scene.unfilled.seoguPart } });
    await prisma.orderItem.update({ where: { id: line.id }, data: { cancelledQty: 1 } });
    const picking = await pickingLoader(args(getRequest("/center/shipping/picking", ctx.seogu)));
    // 2봉: 3 (박서연) + 1 (badCourier) + 2 − 1 cancelled (unfilled); 1봉: 2 (shared) + 1 (badTracking)
    expect(picking.products).toEqual([
      { name: "내친구김 김자반 1봉", qty: 3 },
      { name: "내친구김 김자반 2봉", qty: 5 },
      { name: "내친구김 선물세트", qty: 1 },
    ]);
    expect(picking.units).toBe(9);
    expect(picking.slips).toHaveLength(5);

    const gwangsanPicking = await pickingLoader(args(getRequest("/center/shipping/picking", ctx.gwangsan)));
    expect(gwangsanPicking.products).toEqual([{ name: "우리쌀 쿠키 1상자", qty: 3 }]);
  });

  it("counts parts to ship and new orders waiting for 발주확인 on the 발송 준비 page", async () => {
    expect(await shippingPage.loader(args(getRequest("/center/shipping", ctx.seogu)))).toEqual({
      toShip: 5,
      toAccept: 1,
    });
    expect(await shippingPage.loader(args(getRequest("/center/shipping", ctx.gwangsan)))).toEqual({
      toShip: 2,
      toAccept: 0,
    });
  });
});

describe("authorization", () => {
  const PAGES = [
    "/center/shipping",
    "/center/shipping/export.csv",
    "/center/shipping/slips",
    "/center/shipping/picking",
  ];
  const loaders: Record<string, (a: LoaderFunctionArgs) => Promise<unknown>> = {
    "/center/shipping": shippingPage.loader,
    "/center/shipping/export.csv": exportLoader,
    "/center/shipping/slips": slipsLoader,
    "/center/shipping/picking": pickingLoader,
  };

  it("sends anonymous visitors to /login with where they were going", async () => {
    for (const path of PAGES) {
      const res = await thrownResponse(() => loaders[path]!(args(getRequest(path))));
      expect(res?.status, path).toBe(302);
      expect(res?.headers.get("Location")).toBe(`/login?redirectTo=${encodeURIComponent(path)}`);
    }
    const post = await thrownResponse(() => shippingPage.action(args(formRequest("/center/shipping", {}))));
    expect(post?.headers.get("Location")).toBe(`/login?redirectTo=${encodeURIComponent("/center/shipping")}`);
  });

  it("refuses the regional admin and the editor with 403, uploads included", async () => {
    for (const email of [STAFF.admin, STAFF.editor]) {
      const cookie = await sessionCookie(email);
      for (const path of PAGES) {
        const res = await thrownResponse(() => loaders[path]!(args(getRequest(path, cookie))));
        expect(res?.status, `${email} ${path}`).toBe(403);
      }
      const body = new FormData();
      body.append(
        "file",
        new File([`주문번호,택배사,송장번호\n${ctx.scene.unfilled.number},CJ,123456789012\n`], "a.csv"),
      );
      const request = new Request("http://localhost/center/shipping", {
        method: "POST",
        body,
        headers: { Cookie: cookie },
      });
      expect((await thrownResponse(() => shippingPage.action(args(request))))?.status).toBe(403);
    }
    expect((await prisma.fulfilment.findUniqueOrThrow({ where: { id: ctx.scene.unfilled.seoguPart } })).status).toBe(
      "ACCEPTED",
    );
  });

  it("never shows 광산 staff 서구's parts in the export", async () => {
    const res = await exportLoader(args(getRequest("/center/shipping/export.csv", ctx.gwangsan)));
    const text = await res.text();
    expect(text).toContain(ctx.scene.gwangsanOnly.number);
    for (const o of [ctx.scene.special, ctx.scene.badCourier, ctx.scene.unfilled]) expect(text).not.toContain(o.number);
    expect(text).not.toContain("김자반");
  });
});
