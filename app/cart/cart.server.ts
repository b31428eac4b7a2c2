import crypto from "node:crypto";
import { createCookie } from "@remix-run/node";
import type { CommandResult } from "~/utils/command-result";
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

export type CartRefusal = "NOT_FOR_SALE" | "SOLD_OUT" | "OVER_MAX" | "OVER_STOCK" | "NOT_IN_CART";
/** A cart change, or why not; OVER_STOCK says how many are left (`stock`). */
export type CartResult = CommandResult<null, CartRefusal, { stock?: number }>;
type QuantityRefusal = Extract<CartResult, { ok: false }> | null;

// Thrown only inside the transaction so that the refused increment rolls back.
class Overflow extends Error {
  constructor(public refusal: NonNullable<QuantityRefusal>) {
    super(refusal.reason);
  }
}

async function sellableVariant(variantId: number) {
  const variant = await prisma.productVariant.findUnique({
    where: { id: variantId },
    select: { id: true, price: true, stock: true, active: true, product: { select: { visible: true } } },
  });
  if (!variant || !variant.active || !variant.product.visible) return "NOT_FOR_SALE" as const;
  if (variant.stock <= 0) return "SOLD_OUT" as const;
  return variant;
}

function quantityRefusal(quantity: number, stock: number): QuantityRefusal {
  if (quantity > MAX_QUANTITY) return { ok: false, reason: "OVER_MAX" };
  if (quantity > stock) return { ok: false, reason: "OVER_STOCK", stock };
  return null;
}

export async function addToCart(cartId: string, variantId: number, quantity: number): Promise<CartResult> {
  const variant = await sellableVariant(variantId);
  if (typeof variant === "string") return { ok: false, reason: variant };
  // Increment in the database and check the result in the same transaction, so two adds at the same
  // moment (a double click, two tabs) are both counted — or the one that overflows is refused.
  try {
    await prisma.$transaction(async (tx) => {
      const item = await tx.cartItem.upsert({
        where: { cartId_variantId: { cartId, variantId } },
        create: { cartId, variantId, quantity, unitPrice: variant.price },
        update: { quantity: { increment: quantity }, unitPrice: variant.price },
      });
      const refusal = quantityRefusal(item.quantity, variant.stock);
      if (refusal) throw new Overflow(refusal);
    });
  } catch (error) {
    if (error instanceof Overflow) return error.refusal;
    throw error;
  }
  return { ok: true, data: null };
}

/** Owner-scoped: an item id from another cart is simply not found. */
export async function setQuantity(cartId: string, itemId: number, quantity: number): Promise<CartResult> {
  const item = await prisma.cartItem.findFirst({ where: { id: itemId, cartId } });
  if (!item) return { ok: false, reason: "NOT_IN_CART" };
  const variant = await prisma.productVariant.findUnique({ where: { id: item.variantId }, select: { stock: true } });
  const refusal = quantityRefusal(quantity, variant?.stock ?? 0);
  if (refusal) return refusal;
  await prisma.cartItem.update({ where: { id: item.id }, data: { quantity } });
  return { ok: true, data: null };
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
