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
  isGift: false,
  giftSender: "",
  giftMessage: "",
  consentTerms: true as const,
  consentPrivacy: true as const,
  consentThirdParty: true as const,
  consentPurchase: true as const,
  consentAge14: true as const,
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

/**
 * The 2023년 12월호 sells only 서구's 내친구김, so tests that need an order spanning two centers add
 * one product of 광주광산지역자활센터 (test fixture only; never in the demo seed). Idempotent.
 */
export const SECOND_CENTER_PRODUCT = {
  slug: "test-gwangsan-rice-cookie",
  name: "우리쌀 쿠키",
  variant: "1상자",
  price: 8_000,
  centerSlug: "gwangsan",
} as const;

export async function ensureSecondCenterProduct(prisma: PrismaClient) {
  const existing = await prisma.productVariant.findFirst({
    where: { product: { slug: SECOND_CENTER_PRODUCT.slug } },
    select: { id: true },
  });
  if (existing) return existing.id;
  const center = await prisma.center.findUniqueOrThrow({ where: { slug: SECOND_CENTER_PRODUCT.centerSlug } });
  const brand = await prisma.brand.findFirst();
  const product = await prisma.product.create({
    data: {
      slug: SECOND_CENTER_PRODUCT.slug,
      name: SECOND_CENTER_PRODUCT.name,
      line: "소소드림",
      summary: "광산지역자활센터에서 구운 쌀 쿠키 (테스트 상품)",
      description: "테스트용 상품입니다.",
      centerId: center.id,
      brandId: brand?.id ?? null,
      ingredients: "쌀가루(국산), 버터, 설탕",
      origin: "국산",
      contents: "200g",
      shelfLife: "제조일로부터 30일",
      storage: "직사광선을 피해 서늘한 곳",
      manufacturer: center.name,
      variants: {
        create: { name: SECOND_CENTER_PRODUCT.variant, units: 1, price: SECOND_CENTER_PRODUCT.price, stock: 500 },
      },
    },
    include: { variants: true },
  });
  return product.variants[0]!.id;
}
