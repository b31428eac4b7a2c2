// Paid orders for the fulfilment and refund tests: placed from a real cart through placeOrder, then
// marked paid the way the webhook leaves them (order PAID with paidAt, payment PAID with its intent).
import crypto from "node:crypto";
import { placeOrder } from "~/orders/orders.server";
import type { PrismaClient } from "~/generated/prisma/client";
import { CUSTOMER, ensureSecondCenterProduct, makeCart, variantId } from "./shop";

export type PaidOrder = Awaited<ReturnType<typeof paidOrder>>;

/**
 * An order of 서구's 김자반 1봉 ×2 (and, with `twoCenters`, 광산's test cookie ×1), paid through
 * `provider` ("stripe" or the local "test" provider).
 */
export async function paidOrder(
  prisma: PrismaClient,
  { twoCenters = false, provider = "test" as "test" | "stripe", paidAt = new Date() } = {},
) {
  const jaban = await variantId(prisma, "naechingu-gim-jaban", "1봉");
  const lines = [{ variantId: jaban, quantity: 2 }];
  if (twoCenters) lines.push({ variantId: await ensureSecondCenterProduct(prisma), quantity: 1 });
  const order = await placeOrder(await makeCart(prisma, lines), CUSTOMER);
  const paymentIntent = `pi_${provider}_${crypto.randomBytes(8).toString("hex")}`;
  await prisma.payment.create({
    data: {
      orderId: order.id,
      provider,
      checkoutSession: `cs_${crypto.randomBytes(8).toString("hex")}`,
      paymentIntent,
      amount: order.total,
      status: "PAID",
    },
  });
  await prisma.order.update({ where: { id: order.id }, data: { status: "PAID", paidAt } });
  const parts = await prisma.fulfilment.findMany({
    where: { orderId: order.id },
    include: { center: { select: { slug: true } } },
    orderBy: { id: "asc" },
  });
  const part = (slug: string) => {
    const found = parts.find((p) => p.center.slug === slug);
    if (!found) throw new Error(`order ${order.number} has no part of ${slug}`);
    return found;
  };
  return { order, paymentIntent, jaban, seogu: part("seogu"), gwangsan: twoCenters ? part("gwangsan") : null };
}

export async function staffUserId(prisma: PrismaClient, email: string) {
  const user = await prisma.user.findUniqueOrThrow({ where: { email } });
  return { userId: user.id, centerId: user.centerId };
}
