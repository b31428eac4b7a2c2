import crypto from "node:crypto";
import { createCookie } from "@remix-run/node";
import { prisma } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { quoteShipping } from "./shipping";

export const MAX_QUANTITY = 99;

const cartCookie = createCookie("sd_cart", {
  httpOnly: true,
  sameSite: "lax",
  secure: env.NODE_ENV === "production",
  path: "/",
  maxAge: 60 * 60 * 24 * 30,
  secrets: [env.SESSION_SECRET],
});

/** The cart id from the signed cookie, or null (no cart yet, or a forged cookie). */
export async function readCartId(request: Request): Promise<string | null> {
  const value = await cartCookie.parse(request.headers.get("Cookie"));
  return typeof value === "string" && /^[A-Za-z0-9_-]{20,40}$/.test(value) ? value : null;
}

/** The cart id for a write, creating the cart (and the Set-Cookie header to remember it) if needed. */
export async function ensureCart(request: Request): Promise<{ cartId: string; setCookie: string | null }> {
  const existing = await readCartId(request);
  if (existing && (await prisma.cart.findUnique({ where: { id: existing }, select: { id: true } }))) {
    return { cartId: existing, setCookie: null };
  }
  const cartId = crypto.randomBytes(18).toString("base64url");
  await prisma.cart.create({ data: { id: cartId } });
  return { cartId, setCookie: await cartCookie.serialize(cartId) };
}

export class CartError extends Error {
  constructor(
    message: string,
    public field: "quantity" | "variantId" | "itemId" = "quantity",
  ) {
    super(message);
  }
}

async function sellableVariant(variantId: number) {
  const variant = await prisma.productVariant.findUnique({
    where: { id: variantId },
    select: { id: true, price: true, stock: true, active: true, product: { select: { visible: true } } },
  });
  if (!variant || !variant.active || !variant.product.visible)
    throw new CartError("판매하지 않는 상품입니다.", "variantId");
  if (variant.stock <= 0) throw new CartError("품절된 상품입니다.", "variantId");
  return variant;
}

function checkQuantity(quantity: number, stock: number) {
  if (quantity > MAX_QUANTITY) throw new CartError(`한 상품은 최대 ${MAX_QUANTITY}개까지 담을 수 있습니다.`);
  if (quantity > stock) throw new CartError(`재고가 부족합니다. 남은 수량은 ${stock}개입니다.`);
}

export async function addToCart(cartId: string, variantId: number, quantity: number) {
  const variant = await sellableVariant(variantId);
  // Increment in the database and check the result in the same transaction, so two adds at the same
  // moment (a double click, two tabs) are both counted — or the one that overflows is refused.
  await prisma.$transaction(async (tx) => {
    const item = await tx.cartItem.upsert({
      where: { cartId_variantId: { cartId, variantId } },
      create: { cartId, variantId, quantity, unitPrice: variant.price },
      update: { quantity: { increment: quantity }, unitPrice: variant.price },
    });
    checkQuantity(item.quantity, variant.stock);
  });
}

/** Owner-scoped: an item id from another cart is simply not found. */
async function findItem(cartId: string, itemId: number) {
  const item = await prisma.cartItem.findFirst({ where: { id: itemId, cartId } });
  if (!item) throw new CartError("장바구니에 없는 상품입니다.", "itemId");
  return item;
}

export async function setQuantity(cartId: string, itemId: number, quantity: number) {
  const item = await findItem(cartId, itemId);
  const variant = await prisma.productVariant.findUnique({ where: { id: item.variantId }, select: { stock: true } });
  checkQuantity(quantity, variant?.stock ?? 0);
  await prisma.cartItem.update({ where: { id: item.id }, data: { quantity } });
}

export async function removeItem(cartId: string, itemId: number) {
  await prisma.cartItem.deleteMany({ where: { id: itemId, cartId } });
}

/** The customer has seen the new prices: take them as the cart's prices. */
export async function acceptCurrentPrices(cartId: string) {
  const items = await prisma.cartItem.findMany({
    where: { cartId },
    select: { id: true, variant: { select: { price: true } } },
  });
  await prisma.$transaction(
    items.map((i) => prisma.cartItem.update({ where: { id: i.id }, data: { unitPrice: i.variant.price } })),
  );
}

export async function discardCart(cartId: string) {
  await prisma.cart.deleteMany({ where: { id: cartId } });
}

export async function clearCart(cartId: string) {
  await prisma.cartItem.deleteMany({ where: { cartId } });
}

export type LineProblem = "UNAVAILABLE" | "SOLD_OUT" | "INSUFFICIENT_STOCK" | "PRICE_CHANGED";

/** The cart as the customer sees it, priced from the database only, grouped into one parcel per center. */
export async function getCartView(cartId: string | null) {
  const items = cartId
    ? await prisma.cartItem.findMany({
        where: { cartId },
        orderBy: { addedAt: "asc" },
        select: {
          id: true,
          quantity: true,
          unitPrice: true,
          variant: {
            select: {
              id: true,
              name: true,
              price: true,
              stock: true,
              active: true,
              product: {
                select: {
                  slug: true,
                  name: true,
                  art: true,
                  visible: true,
                  center: {
                    select: {
                      id: true,
                      slug: true,
                      name: true,
                      shortName: true,
                      shippingFee: true,
                      freeShippingThreshold: true,
                    },
                  },
                },
              },
            },
          },
        },
      })
    : [];

  const lines = items.map(({ id, quantity, unitPrice, variant }) => {
    const problem: LineProblem | null =
      !variant.active || !variant.product.visible
        ? "UNAVAILABLE"
        : variant.stock <= 0
          ? "SOLD_OUT"
          : quantity > variant.stock
            ? "INSUFFICIENT_STOCK"
            : unitPrice !== variant.price
              ? "PRICE_CHANGED"
              : null;
    return {
      id,
      variantId: variant.id,
      productSlug: variant.product.slug,
      productName: variant.product.name,
      variantName: variant.name,
      art: variant.product.art,
      quantity,
      stock: variant.stock,
      previousPrice: unitPrice,
      unitPrice: variant.price,
      lineTotal: variant.price * quantity,
      problem,
      center: variant.product.center,
    };
  });

  const byCenter = new Map<number, typeof lines>();
  for (const line of lines) byCenter.set(line.center.id, [...(byCenter.get(line.center.id) ?? []), line]);
  const groups = [...byCenter.values()].map((groupLines) => {
    const center = groupLines[0]!.center;
    // Lines that can't be bought don't count towards totals or free shipping.
    const itemsTotal = groupLines
      .filter((l) => l.problem !== "UNAVAILABLE" && l.problem !== "SOLD_OUT")
      .reduce((sum, l) => sum + l.lineTotal, 0);
    const shipping = quoteShipping(itemsTotal, center);
    return { center, lines: groupLines, itemsTotal, shippingFee: shipping.fee, amountToFree: shipping.amountToFree };
  });

  const itemsTotal = groups.reduce((sum, g) => sum + g.itemsTotal, 0);
  const shippingTotal = groups.reduce((sum, g) => sum + g.shippingFee, 0);
  return {
    groups,
    count: lines.reduce((sum, l) => sum + l.quantity, 0),
    itemsTotal,
    shippingTotal,
    total: itemsTotal + shippingTotal,
    problems: lines.filter((l) => l.problem).map((l) => ({ id: l.id, problem: l.problem! })),
  };
}
export type CartView = Awaited<ReturnType<typeof getCartView>>;
