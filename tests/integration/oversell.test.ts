import { describe, expect, it } from "vitest";
import { CheckoutError, endUnpaidOrder, placeOrder } from "~/orders/orders.server";
import { prisma } from "~/utils/db.server";
import { CUSTOMER, makeCart, variantId } from "../support/shop";

describe("stock reservation under concurrency", () => {
  it("sells the last 5 units exactly once across 50 concurrent checkouts, and expiry gives them back", async () => {
    const id = await variantId(prisma, "naechingu-gim-dosirak", "16봉");
    await prisma.productVariant.update({ where: { id }, data: { stock: 5 } });
    const carts = await Promise.all(
      Array.from({ length: 50 }, () => makeCart(prisma, [{ variantId: id, quantity: 1 }])),
    );

    const started = performance.now();
    const results = await Promise.allSettled(carts.map((cartId) => placeOrder(cartId, CUSTOMER)));
    const elapsed = performance.now() - started;
    const placed = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    console.log(
      `oversell: 50 concurrent checkouts for 5 units → ${placed.length} reserved, ${refused.length} refused in ${elapsed.toFixed(0)} ms`,
    );

    expect(placed).toHaveLength(5);
    expect(refused).toHaveLength(45);
    for (const r of refused) expect((r.reason as CheckoutError).code).toBe("OUT_OF_STOCK");
    expect((await prisma.productVariant.findUniqueOrThrow({ where: { id } })).stock).toBe(0);
    expect(await prisma.order.count({ where: { status: "PENDING_PAYMENT" } })).toBe(5);

    // The sessions expire: every reserved unit comes back, once.
    const orders = placed.map((r) => (r as PromiseFulfilledResult<{ id: number }>).value);
    for (const order of orders) expect(await endUnpaidOrder(order.id, "EXPIRED")).toBe(true);
    for (const order of orders) expect(await endUnpaidOrder(order.id, "EXPIRED")).toBe(false);
    expect((await prisma.productVariant.findUniqueOrThrow({ where: { id } })).stock).toBe(5);
  });

  it("never lets stock go below zero when one order wants more than is left", async () => {
    const id = await variantId(prisma, "naechingu-gim-jeonjang", "3봉");
    await prisma.productVariant.update({ where: { id }, data: { stock: 3 } });
    const cartId = await makeCart(prisma, [{ variantId: id, quantity: 3 }]);
    await prisma.productVariant.update({ where: { id }, data: { stock: 2 } });
    await expect(placeOrder(cartId, CUSTOMER)).rejects.toBeInstanceOf(CheckoutError);
    expect((await prisma.productVariant.findUniqueOrThrow({ where: { id } })).stock).toBe(2);
    expect(await prisma.order.count({ where: { items: { some: { variantId: id } } } })).toBe(0);
  });
});

describe("abandoned payments", () => {
  it("expire after the payment window and a grace period, giving the stock back once", async () => {
    const { expireOverdueOrders } = await import("~/orders/orders.server");
    const id = await variantId(prisma, "naechingu-gim-jaban", "1봉");
    const before = (await prisma.productVariant.findUniqueOrThrow({ where: { id } })).stock;
    const placedAt = new Date("2026-01-01T00:00:00Z");
    const order = await placeOrder(await makeCart(prisma, [{ variantId: id, quantity: 2 }]), CUSTOMER, placedAt);
    expect(await expireOverdueOrders(new Date(placedAt.getTime() + 35 * 60_000))).toBe(0);
    expect(await expireOverdueOrders(new Date(placedAt.getTime() + 41 * 60_000))).toBe(1);
    expect((await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("EXPIRED");
    expect((await prisma.productVariant.findUniqueOrThrow({ where: { id } })).stock).toBe(before);
    expect(await expireOverdueOrders(new Date(placedAt.getTime() + 60 * 60_000))).toBe(0);
  });
});

describe("ending unpaid orders", () => {
  it("never touches a paid order (no cancel without refund, no stock returned)", async () => {
    const id = await variantId(prisma, "naechingu-gim-gift-set", "선물세트");
    const order = await placeOrder(await makeCart(prisma, [{ variantId: id, quantity: 1 }]), CUSTOMER);
    await prisma.order.update({ where: { id: order.id }, data: { status: "PAID" } });
    const before = (await prisma.productVariant.findUniqueOrThrow({ where: { id } })).stock;
    expect(await endUnpaidOrder(order.id, "CANCELLED")).toBe(false);
    expect((await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("PAID");
    expect((await prisma.productVariant.findUniqueOrThrow({ where: { id } })).stock).toBe(before);
  });
});
