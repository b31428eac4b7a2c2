// Whose cart a request reaches (ownership, forged cookies), and carts gone stale: prices, visibility, stock.
import { createCookie } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import { acceptCurrentPrices, readCartId } from "~/cart/cart.server";
import { prisma } from "~/utils/db.server";
import {
  add,
  cartIdOf,
  itemsOf,
  post,
  setVariant,
  startCart,
  view,
  withSeededCatalogue,
} from "../support/cart-requests";

const V = withSeededCatalogue();

describe("cart ownership", () => {
  it("can't update or remove an item of another cart", async () => {
    const alice = await startCart(V.gift, 2);
    const bob = await startCart(V.jaban1, 1);
    const [aliceItem] = await itemsOf(alice);
    const aliceBefore = await itemsOf(alice);
    const bobBefore = await itemsOf(bob);

    const update = await post({ intent: "update", itemId: String(aliceItem!.id), quantity: "5" }, bob);
    expect(update.status).toBe(400);
    expect(update.body?.error).toMatchObject({
      field: "itemId",
      message: "장바구니에 없는 상품입니다.",
      itemId: aliceItem!.id,
    });

    await post({ intent: "remove", itemId: String(aliceItem!.id) }, bob);

    expect(await itemsOf(alice)).toEqual(aliceBefore);
    expect(await itemsOf(bob)).toEqual(bobBefore);
    expect(await view(alice)).toMatchObject({ count: 2, itemsTotal: 40000 });
  });

  it("removes its own item", async () => {
    const cookie = await startCart(V.gift);
    await add(cookie, V.jaban1);
    const [gift] = await itemsOf(cookie);
    const result = await post({ intent: "remove", itemId: String(gift!.id) }, cookie);
    expect(result).toMatchObject({ status: 200, body: { ok: true } });
    expect((await itemsOf(cookie)).map((i) => i.variantId)).toEqual([V.jaban1]);
  });

  it("update/remove/accept-prices without a cart cookie redirect to /cart and touch nothing", async () => {
    const alice = await startCart(V.gift, 2);
    const [item] = await itemsOf(alice);
    const attempts: Record<string, string>[] = [
      { intent: "update", itemId: String(item!.id), quantity: "5" },
      { intent: "remove", itemId: String(item!.id) },
      { intent: "accept-prices" },
    ];
    for (const fields of attempts) {
      const result = await post(fields);
      expect(result).toMatchObject({ status: 302, location: "/cart" });
    }
    expect(await itemsOf(alice)).toEqual([item]);
  });
});

describe("forged cart cookies", () => {
  async function forgeries(victimCookie: string) {
    const victimId = await cartIdOf(victimCookie);
    const [, signedValue] = victimCookie.split("=", 2) as [string, string];
    const dot = signedValue.lastIndexOf(".");
    const payload = signedValue.slice(0, dot);
    const signature = signedValue.slice(dot + 1);
    const flipped = signature.slice(0, -2) + (signature.at(-2) === "A" ? "B" : "A") + signature.at(-1);
    const otherSecret = createCookie("sd_cart", { secrets: ["an-attacker-secret-that-is-long-enough-0123"] });
    return {
      "the bare cart id": `sd_cart=${victimId}`,
      "the payload unsigned": `sd_cart=${payload}`,
      "a changed signature": `sd_cart=${payload}.${flipped}`,
      "the signature cut off": `sd_cart=${payload}.`,
      "signed with another secret": (await otherSecret.serialize(victimId)).split(";")[0]!,
      garbage: "sd_cart=%%%not-a-cookie",
    };
  }

  it("the real cookie reads back the cart (control)", async () => {
    const victim = await startCart(V.gift);
    expect(await cartIdOf(victim)).toMatch(/^[A-Za-z0-9_-]{20,40}$/);
    expect((await view(victim)).count).toBe(1);
  });

  it("a forged cookie is treated as no cart", async () => {
    const victim = await startCart(V.gift, 2);
    const [victimItem] = await itemsOf(victim);
    const forged = await forgeries(victim);
    for (const [label, cookie] of Object.entries(forged)) {
      const request = new Request("http://localhost/cart", { headers: { Cookie: cookie } });
      expect(await readCartId(request), label).toBeNull();
      expect(await view(cookie), label).toMatchObject({ groups: [], count: 0, total: 0 });

      const update = await post({ intent: "update", itemId: String(victimItem!.id), quantity: "9" }, cookie);
      expect(update, label).toMatchObject({ status: 302, location: "/cart" });
      const remove = await post({ intent: "remove", itemId: String(victimItem!.id) }, cookie);
      expect(remove, label).toMatchObject({ status: 302, location: "/cart" });

      // Adding with a forged cookie starts a new cart; the victim's cart gets nothing.
      const added = await post({ intent: "add", variantId: String(V.dosirak), quantity: "1" }, cookie);
      expect(added.status, label).toBe(302);
      expect(added.setCookie, label).toMatch(/^sd_cart=/);
      const fresh = added.setCookie!.split(";")[0]!;
      expect(await cartIdOf(fresh), label).not.toBe(await cartIdOf(victim));
      expect(
        (await itemsOf(fresh)).map((i) => i.variantId),
        label,
      ).toEqual([V.dosirak]);
    }
    expect(await itemsOf(victim)).toEqual([victimItem]);
  });

  it("a validly signed cookie for a cart that no longer exists starts a new cart", async () => {
    const cookie = await startCart(V.gift);
    const id = await cartIdOf(cookie);
    await prisma.cart.delete({ where: { id } });
    expect(await view(cookie)).toMatchObject({ groups: [], count: 0 });
    const added = await add(cookie, V.jaban1);
    expect(added.setCookie).toMatch(/^sd_cart=/);
    const fresh = added.setCookie!.split(";")[0]!;
    expect(await cartIdOf(fresh)).not.toBe(id);
    expect((await view(fresh)).count).toBe(1);
  });
});

describe("stale carts", () => {
  it("shows a price change, totals at the new price, and clears it once accepted", async () => {
    const cookie = await startCart(V.gift);
    await add(cookie, V.jaban1, 2);
    await setVariant(V.jaban1, { price: 3500 });

    const stale = await view(cookie);
    const line = stale.groups[0]!.lines.find((l) => l.variantId === V.jaban1)!;
    expect(line).toMatchObject({ problem: "PRICE_CHANGED", previousPrice: 3000, unitPrice: 3500, lineTotal: 7000 });
    expect(stale.groups[0]!.lines.find((l) => l.variantId === V.gift)!.problem).toBeNull();
    expect(stale.problems).toEqual([{ id: line.id, problem: "PRICE_CHANGED" }]);
    expect(stale).toMatchObject({ itemsTotal: 27000, shippingTotal: 3000, total: 30000 });

    await acceptCurrentPrices(await cartIdOf(cookie));
    const accepted = await view(cookie);
    expect(accepted.problems).toEqual([]);
    expect(accepted.groups[0]!.lines.find((l) => l.variantId === V.jaban1)).toMatchObject({
      problem: null,
      previousPrice: 3500,
      unitPrice: 3500,
      lineTotal: 7000,
    });
    expect(accepted).toMatchObject({ itemsTotal: 27000, total: 30000 });
  });

  it("a price drop is shown too, and the accept-prices intent clears it", async () => {
    const cookie = await startCart(V.gift);
    await setVariant(V.gift, { price: 18000 });
    const stale = await view(cookie);
    expect(stale.groups[0]!.lines[0]).toMatchObject({
      problem: "PRICE_CHANGED",
      previousPrice: 20000,
      unitPrice: 18000,
    });
    expect(stale).toMatchObject({ itemsTotal: 18000, total: 21000 });

    const result = await post({ intent: "accept-prices" }, cookie);
    expect(result).toMatchObject({ status: 200, body: { ok: true } });
    const accepted = await view(cookie);
    expect(accepted.problems).toEqual([]);
    expect(accepted.groups[0]!.lines[0]).toMatchObject({ problem: null, previousPrice: 18000 });
  });

  it("accepting prices in one cart leaves another cart's stale price alone", async () => {
    const alice = await startCart(V.jaban2);
    const bob = await startCart(V.jaban2);
    await setVariant(V.jaban2, { price: 5200 });
    await post({ intent: "accept-prices" }, bob);
    expect((await view(bob)).problems).toEqual([]);
    expect((await view(alice)).problems).toEqual([expect.objectContaining({ problem: "PRICE_CHANGED" })]);
  });

  it("a hidden product is UNAVAILABLE and left out of the totals and free-shipping", async () => {
    const cookie = await startCart(V.gift);
    await add(cookie, V.jaban2, 2); // 30,000: free shipping
    expect(await view(cookie)).toMatchObject({ itemsTotal: 30000, shippingTotal: 0 });

    await prisma.product.updateMany({ where: { variants: { some: { id: V.jaban2 } } }, data: { visible: false } });
    const cart = await view(cookie);
    const line = cart.groups[0]!.lines.find((l) => l.variantId === V.jaban2)!;
    expect(line.problem).toBe("UNAVAILABLE");
    expect(cart.problems).toEqual([{ id: line.id, problem: "UNAVAILABLE" }]);
    expect(cart.groups[0]).toMatchObject({ itemsTotal: 20000, shippingFee: 3000, amountToFree: 10000 });
    expect(cart).toMatchObject({ itemsTotal: 20000, shippingTotal: 3000, total: 23000 });
  });

  it("an inactive variant is UNAVAILABLE; a parcel with nothing buyable costs nothing", async () => {
    const cookie = await startCart(V.dosirak, 2);
    await setVariant(V.dosirak, { active: false });
    const cart = await view(cookie);
    expect(cart.groups[0]!.lines[0]!.problem).toBe("UNAVAILABLE");
    expect(cart.groups[0]).toMatchObject({ itemsTotal: 0, shippingFee: 0, amountToFree: 0 });
    expect(cart).toMatchObject({ itemsTotal: 0, shippingTotal: 0, total: 0 });
  });

  it("stock below the quantity → INSUFFICIENT_STOCK (with the stock left)", async () => {
    const cookie = await startCart(V.jeonjang1, 3);
    await setVariant(V.jeonjang1, { stock: 2 });
    const cart = await view(cookie);
    const line = cart.groups[0]!.lines[0]!;
    expect(line).toMatchObject({ problem: "INSUFFICIENT_STOCK", quantity: 3, stock: 2 });
    expect(cart.problems).toEqual([{ id: line.id, problem: "INSUFFICIENT_STOCK" }]);
  });

  it("stock exactly equal to the quantity is fine", async () => {
    const cookie = await startCart(V.jeonjang1, 3);
    await setVariant(V.jeonjang1, { stock: 3 });
    expect((await view(cookie)).problems).toEqual([]);
  });

  it("stock 0 → SOLD_OUT and left out of the totals", async () => {
    const cookie = await startCart(V.gift);
    await add(cookie, V.jeonjang1, 3);
    await setVariant(V.jeonjang1, { stock: 0 });
    const cart = await view(cookie);
    expect(cart.groups[0]!.lines.find((l) => l.variantId === V.jeonjang1)!.problem).toBe("SOLD_OUT");
    expect(cart).toMatchObject({ itemsTotal: 20000, shippingTotal: 3000, total: 23000 });
  });
});
