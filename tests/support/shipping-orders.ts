// Orders in every state a shipping upload meets, for the 서구 (seeded products) and 광산 (test product)
// centers: built through the real checkout, paid by setting what the webhook sets, accepted and shipped
// through the real fulfilment functions.
import { placeOrder } from "~/orders/orders.server";
import { acceptFulfilments, shipFulfilment } from "~/fulfilment/fulfilment.server";
import type { PrismaClient } from "~/generated/prisma/client";
import { CUSTOMER, ensureSecondCenterProduct, makeCart, variantId } from "./shop";
import { beforeAll } from "vitest";
import { sessionCookie, STAFF } from "./staff";

type Line = { variantId: number; quantity: number };

async function actorFor(prisma: PrismaClient, email: string) {
  const user = await prisma.user.findUniqueOrThrow({ where: { email } });
  return { userId: user.id, centerId: user.centerId! };
}

export async function shippingScene(prisma: PrismaClient) {
  const seogu = await actorFor(prisma, STAFF.seogu);
  const gwangsan = await actorFor(prisma, STAFF.gwangsan);
  const v = {
    jaban2: await variantId(prisma, "naechingu-gim-jaban", "2봉"),
    jaban1: await variantId(prisma, "naechingu-gim-jaban", "1봉"),
    gift: await variantId(prisma, "naechingu-gim-gift-set", "선물세트"),
    cookie: await ensureSecondCenterProduct(prisma),
  };
  let minute = 0;

  /** Places an order and marks it paid (a minute apart, so "oldest payment first" is predictable). */
  async function order(lines: Line[], input: Partial<typeof CUSTOMER> = {}, paid = true) {
    const placed = await placeOrder(await makeCart(prisma, lines), { ...CUSTOMER, ...input });
    if (paid) {
      const paidAt = new Date(Date.UTC(2023, 11, 1, 1, minute++)); // 2023-12-01 10:00 KST onwards
      await prisma.order.update({ where: { id: placed.id }, data: { status: "PAID", paidAt } });
    }
    const parts = await prisma.fulfilment.findMany({
      where: { orderId: placed.id },
      select: { id: true, centerId: true },
    });
    const partOf = (centerId: number) => parts.find((p) => p.centerId === centerId)?.id ?? 0;
    return { number: placed.number, seoguPart: partOf(seogu.centerId), gwangsanPart: partOf(gwangsan.centerId) };
  }

  const special = await order(
    [
      { variantId: v.jaban2, quantity: 3 },
      { variantId: v.gift, quantity: 1 },
    ],
    {
      recipientName: "박서연",
      recipientPhone: "01098765432",
      postalCode: "06234",
      address1: "서울특별시 강남구 테헤란로 123",
      address2: '4층 "소소" 사무실',
      deliveryMemo: "문 앞에 놓아 주세요, 감사합니다",
    },
  );
  const shared = await order([
    { variantId: v.jaban1, quantity: 2 },
    { variantId: v.cookie, quantity: 1 },
  ]);
  const gwangsanOnly = await order([{ variantId: v.cookie, quantity: 2 }]);
  const fresh = await order([{ variantId: v.gift, quantity: 1 }]);
  const shipped = await order([{ variantId: v.jaban2, quantity: 1 }]);
  const badCourier = await order([{ variantId: v.jaban2, quantity: 1 }]);
  const badTracking = await order([{ variantId: v.jaban1, quantity: 1 }]);
  const unfilled = await order([{ variantId: v.jaban2, quantity: 2 }]);
  const unpaid = await order([{ variantId: v.gift, quantity: 1 }], {}, false);

  const seoguAccepted = [special, shared, shipped, badCourier, badTracking, unfilled].map((o) => o.seoguPart);
  await acceptFulfilments({ fulfilmentIds: seoguAccepted, actor: seogu });
  await acceptFulfilments({ fulfilmentIds: [shared.gwangsanPart, gwangsanOnly.gwangsanPart], actor: gwangsan });
  const first = await shipFulfilment({
    fulfilmentId: shipped.seoguPart,
    courier: "CJ",
    trackingNumber: "111122223333",
    actor: seogu,
  });
  if (!first.ok) throw new Error(`fixture: shipping failed (${first.reason})`);

  return { seogu, gwangsan, special, shared, gwangsanOnly, fresh, shipped, badCourier, badTracking, unfilled, unpaid };
}
export type ShippingScene = Awaited<ReturnType<typeof shippingScene>>;

/** The scene and both centers' sessions, made once before the calling file's tests. */
export function setUpShippingScene(prisma: PrismaClient) {
  const context = {} as { scene: ShippingScene; seogu: string; gwangsan: string };
  beforeAll(async () => {
    context.scene = await shippingScene(prisma);
    context.seogu = await sessionCookie(STAFF.seogu);
    context.gwangsan = await sessionCookie(STAFF.gwangsan);
  });
  return context;
}
