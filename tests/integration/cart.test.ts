// The cart: adding, grouping into one parcel per center, totals and shipping, concurrent adds.
// Invalid input: cart-validation.test.ts; stale carts and whose cart a cookie reaches: cart-stale.test.ts.
import { describe, expect, it } from "vitest";
import { prisma } from "~/utils/db.server";
import { add, itemsOf, post, startCart, view, withSeededCatalogue } from "../support/cart-requests";

const V = withSeededCatalogue();

describe("seed assumptions", () => {
  it("has the 소소드림 catalogue from 서구 at the expected prices", async () => {
    const variants = await prisma.productVariant.findMany({
      where: { id: { in: Object.values(V) } },
      select: { id: true, price: true, stock: true, product: { select: { center: { select: { slug: true } } } } },
    });
    const byId = new Map(variants.map((v) => [v.id, v]));
    expect(byId.get(V.gift)!.price).toBe(20000);
    expect(byId.get(V.jaban1)!.price).toBe(3000);
    expect(byId.get(V.jaban2)!.price).toBe(5000);
    expect(byId.get(V.jeonjang1)!.price).toBe(2000);
    expect(byId.get(V.jeonjang3)!.price).toBe(5000);
    expect(byId.get(V.dosirak)!.price).toBe(5500);
    for (const v of variants) {
      expect(v.stock).toBe(100);
      expect(v.product.center.slug).toBe("seogu");
    }
  });
});

describe("adding to the cart", () => {
  it("groups 선물세트 + 김자반 2봉 into one 서구 parcel: 25,000 + 3,000 shipping", async () => {
    const cookie = await startCart(V.gift);
    expect(cookie).toMatch(/^sd_cart=[^;]+$/);

    const second = await add(cookie, V.jaban2);
    expect(second.status).toBe(302);
    expect(second.location).toBe("/cart");
    expect(second.setCookie).toBeNull(); // same cart, no new cookie

    const cart = await view(cookie);
    expect(cart.groups).toHaveLength(1);
    const [group] = cart.groups;
    expect(group!.center).toMatchObject({
      slug: "seogu",
      shortName: "서구",
      shippingFee: 3000,
      freeShippingThreshold: 30000,
    });
    expect(group!.lines.map((l) => [l.productName, l.variantName, l.quantity, l.unitPrice, l.lineTotal])).toEqual([
      ["내친구김 선물세트", "선물세트", 1, 20000, 20000],
      ["내친구김 김자반", "2봉", 1, 5000, 5000],
    ]);
    expect(group!.itemsTotal).toBe(25000);
    expect(group!.shippingFee).toBe(3000);
    expect(group!.amountToFree).toBe(5000);
    expect(cart).toMatchObject({ count: 2, itemsTotal: 25000, shippingTotal: 3000, total: 28000, problems: [] });
  });

  it("ships free once the parcel reaches 30,000원 (exactly)", async () => {
    const cookie = await startCart(V.gift);
    await add(cookie, V.jaban2);
    const again = await add(cookie, V.jaban2); // same variant again: the line's quantity grows
    expect(again.status).toBe(302);

    const cart = await view(cookie);
    expect(cart.groups[0]!.lines).toHaveLength(2);
    expect(cart.groups[0]!.lines[1]).toMatchObject({ variantName: "2봉", quantity: 2, lineTotal: 10000 });
    expect(cart.groups[0]).toMatchObject({ itemsTotal: 30000, shippingFee: 0, amountToFree: 0 });
    expect(cart).toMatchObject({ itemsTotal: 30000, shippingTotal: 0, total: 30000, count: 3 });

    await add(cookie, V.dosirak);
    expect(await view(cookie)).toMatchObject({ itemsTotal: 35500, shippingTotal: 0, total: 35500 });
  });

  it("with stay=1 answers with data (and the new cookie) instead of redirecting", async () => {
    const result = await post({ intent: "add", variantId: String(V.dosirak), quantity: "2", stay: "1" });
    expect(result.status).toBe(200);
    expect(result.body).toEqual({ ok: true });
    expect(result.setCookie).toMatch(/^sd_cart=/);
    const cart = await view(result.setCookie!.split(";")[0]!);
    expect(cart).toMatchObject({ count: 2, itemsTotal: 11000, shippingTotal: 3000, total: 14000 });
  });

  it("sets an httpOnly, lax, site-wide cart cookie", async () => {
    const result = await post({ intent: "add", variantId: String(V.gift), quantity: "1" });
    expect(result.setCookie).toMatch(/HttpOnly/i);
    expect(result.setCookie).toMatch(/SameSite=Lax/i);
    expect(result.setCookie).toMatch(/Path=\//);
  });

  it("ignores a price sent by the browser", async () => {
    const cookie = await startCart(V.jaban1);
    const result = await add(cookie, V.gift, 2, { price: "1", unitPrice: "1", lineTotal: "1", total: "1" });
    expect(result.status).toBe(302);
    const cart = await view(cookie);
    const gift = cart.groups[0]!.lines.find((l) => l.variantId === V.gift)!;
    expect(gift).toMatchObject({
      quantity: 2,
      unitPrice: 20000,
      previousPrice: 20000,
      lineTotal: 40000,
      problem: null,
    });
    expect(cart.itemsTotal).toBe(43000);
    const stored = (await itemsOf(cookie)).find((i) => i.variantId === V.gift)!;
    expect(stored.unitPrice).toBe(20000);
  });
});

describe("concurrent adds", () => {
  it("adds of different variants at the same time all land (control)", async () => {
    const cookie = await startCart(V.gift);
    await Promise.all([add(cookie, V.jaban1), add(cookie, V.jeonjang1), add(cookie, V.dosirak)]);
    expect((await itemsOf(cookie)).map((i) => [i.variantId, i.quantity])).toEqual(
      expect.arrayContaining([
        [V.jaban1, 1],
        [V.jeonjang1, 1],
        [V.dosirak, 1],
      ]),
    );
    expect((await view(cookie)).count).toBe(4);
  });

  // Simultaneous adds of the same variant (a double-click, two tabs): every add reported as done counts.
  it("simultaneous adds of the same variant are all counted", async () => {
    const cookie = await startCart(V.gift);
    const results = await Promise.all([add(cookie, V.jaban1), add(cookie, V.jaban1), add(cookie, V.jaban1)]);
    const succeeded = results.filter((r) => r.status === 302).length;
    const line = (await itemsOf(cookie)).find((i) => i.variantId === V.jaban1);
    expect(line?.quantity).toBe(succeeded);
  });
});
