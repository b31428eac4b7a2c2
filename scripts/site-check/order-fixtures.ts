// Orders for the HTML check, placed in its freshly seeded database through the app's own commands: a cart,
// placeOrder, the built-in test payment (a signed webhook event), 발주확인, 발송 and a partial refund through
// the test refund provider. The seed has no orders, so without these the order pages would go unchecked.
//
//   DATABASE_URL=file:… NODE_ENV=test tsx scripts/site-check/order-fixtures.ts
//
// Prints one JSON line: [{ as, number, lookupToken }] for check-html.mts to add the order pages.
import { addToCart } from "~/cart/cart.server";
import type { CheckoutInput } from "~/orders/checkout-form";
import { placeOrder } from "~/orders/orders.server";
import { refundPart } from "~/orders/refunds.server";
import { acceptFulfilments, shipFulfilment } from "~/fulfilment/fulfilment.server";
import { simulateTestPayment } from "~/payments/confirm.server";
import { startPayment } from "~/payments/checkout-session.server";
import { refundProvider } from "~/payments/refund-provider.server";
import { prisma } from "~/utils/db.server";
import { CUSTOMER as SHOP_CUSTOMER } from "../../tests/support/shop";

export type OrderFixture = { as: "paid" | "partly-refunded" | "shipped"; number: string; lookupToken: string };

const CUSTOMER: CheckoutInput = { ...SHOP_CUSTOMER, deliveryMemo: "문 앞에 놓아 주세요" };

function must<T>(result: { ok: true; data?: T } | { ok: false; reason: string }, what: string) {
  if (!result.ok) throw new Error(`${what} refused: ${result.reason}`);
  return result;
}

async function variant(productSlug: string, name: string) {
  return (await prisma.productVariant.findFirstOrThrow({ where: { name, product: { slug: productSlug } } })).id;
}

/** A cart of the given lines, placed and paid with the built-in test payment. */
async function paidOrder(lines: [number, number][], input: CheckoutInput) {
  const cartId = crypto.randomUUID();
  await prisma.cart.create({ data: { id: cartId } });
  for (const [variantId, quantity] of lines) must(await addToCart(cartId, variantId, quantity), "addToCart");
  const placed = await placeOrder(cartId, input);
  if (!placed.ok) throw new Error(`placeOrder refused: ${placed.reason}`);
  const payment = await startPayment(placed.data.id);
  if (!payment.ok) throw new Error(`startPayment refused: ${payment.reason}`);
  const sessionId = new URL(payment.data, "http://x").searchParams.get("session_id")!;
  if (!(await simulateTestPayment(sessionId, "success"))) throw new Error("test payment failed");
  return prisma.order.findUniqueOrThrow({
    where: { id: placed.data.id },
    select: { id: true, number: true, lookupToken: true, status: true, fulfilments: { select: { id: true } } },
  });
}

export async function placeOrderFixtures(): Promise<OrderFixture[]> {
  const jaban = await variant("naechingu-gim-jaban", "1봉");
  const giftSet = await variant("naechingu-gim-gift-set", "선물세트");
  const staff = await prisma.user.findFirstOrThrow({ where: { email: "seogu@gjjahwal.example" } });
  const admin = await prisma.user.findFirstOrThrow({ where: { email: "admin@gjjahwal.example" } });
  const actor = { userId: staff.id, centerId: staff.centerId };

  const paid = await paidOrder([[jaban, 2]], CUSTOMER);

  const refunded = await paidOrder(
    [
      [giftSet, 1],
      [jaban, 3],
    ],
    {
      ...CUSTOMER,
      isGift: true,
      giftSender: "딸 민지",
      giftMessage: "새해 복 많이 받으세요. 늘 건강하세요!",
    },
  );
  must(
    await refundPart(
      {
        orderId: refunded.id,
        fulfilmentId: refunded.fulfilments[0]!.id,
        amount: 3000,
        cancel: false,
        reason: "김자반 1봉 파손",
        idempotencyKey: `site-check-${refunded.number}`,
        userId: admin.id,
      },
      refundProvider,
    ),
    "refundPart",
  );

  const shipped = await paidOrder([[jaban, 1]], CUSTOMER);
  const partId = shipped.fulfilments[0]!.id;
  await acceptFulfilments({ fulfilmentIds: [partId], actor });
  must(await shipFulfilment({ fulfilmentId: partId, courier: "CJ", trackingNumber: "640012345678", actor }), "ship");

  return [
    { as: "paid", number: paid.number, lookupToken: paid.lookupToken },
    { as: "partly-refunded", number: refunded.number, lookupToken: refunded.lookupToken },
    { as: "shipped", number: shipped.number, lookupToken: shipped.lookupToken },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const fixtures = await placeOrderFixtures();
  const statuses = await prisma.order.findMany({
    where: { number: { in: fixtures.map((f) => f.number) } },
    select: { status: true },
  });
  if (statuses.length !== 3) throw new Error("order fixtures missing");
  console.log(JSON.stringify(fixtures));
  await prisma.$disconnect();
  process.exit(0);
}
