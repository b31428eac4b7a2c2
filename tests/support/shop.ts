import crypto from "node:crypto";
import type { PrismaClient } from "~/generated/prisma/client";

export const CUSTOMER = {
  ordererName: "김민지",
  ordererPhone: "01012345678",
  ordererEmail: "minji@example.kr",
  sameAsOrderer: true,
  recipientName: "김민지",
  recipientPhone: "01012345678",
  postalCode: "61945",
  address1: "광주광역시 서구 화정로 149",
  address2: "3층",
  deliveryMemo: "",
  consentPrivacy: true as const,
  consentThirdParty: true as const,
  consentPurchase: true as const,
};

export async function variantId(prisma: PrismaClient, productSlug: string, name: string) {
  const variant = await prisma.productVariant.findFirstOrThrow({ where: { name, product: { slug: productSlug } } });
  return variant.id;
}

/** A cart holding the given variants, priced as the database prices them now. */
export async function makeCart(prisma: PrismaClient, lines: { variantId: number; quantity: number }[]) {
  const id = crypto.randomBytes(18).toString("base64url");
  await prisma.cart.create({ data: { id } });
  for (const line of lines) {
    const { price } = await prisma.productVariant.findUniqueOrThrow({ where: { id: line.variantId } });
    await prisma.cartItem.create({
      data: { cartId: id, variantId: line.variantId, quantity: line.quantity, unitPrice: price },
    });
  }
  return id;
}
