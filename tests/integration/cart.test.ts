import { createCookie } from "@remix-run/node";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { handleCartAction, type CartActionResult } from "~/cart/cart-actions.server";
import { acceptCurrentPrices, getCartView, readCartId } from "~/cart/cart.server";
import { prisma } from "~/utils/db.server";

// ───────────── helpers ─────────────

type Outcome = {
  status: number;
  body: CartActionResult | null;
  setCookie: string | null;
  location: string | null;
};

/** handleCartAction answers with a redirect() Response or a data() DataWithResponseInit; make both look alike. */
function outcome(result: unknown): Outcome {
  if (result instanceof Response) {
    return {
      status: result.status,
      body: null,
      setCookie: result.headers.get("Set-Cookie"),
      location: result.headers.get("Location"),
    };
  }
  const { type, data, init } = result as { type: string; data: CartActionResult; init: ResponseInit | null };
  expect(type).toBe("DataWithResponseInit");
  return {
    status: init?.status ?? 200,
    body: data,
    setCookie: new Headers(init?.headers).get("Set-Cookie"),
    location: null,
  };
}

function cartRequest(fields: Record<string, string>, cookie?: string | null) {
  const headers = new Headers();
  if (cookie) headers.set("Cookie", cookie);
  return new Request("http://localhost/cart", { method: "POST", headers, body: new URLSearchParams(fields) });
}

async function post(fields: Record<string, string>, cookie?: string | null): Promise<Outcome> {
  return outcome(await handleCartAction(cartRequest(fields, cookie)));
}

async function view(cookie: string | null) {
  const headers = new Headers();
  if (cookie) headers.set("Cookie", cookie);
  return getCartView(await readCartId(new Request("http://localhost/cart", { headers })));
}

async function cartIdOf(cookie: string) {
  const id = await readCartId(new Request("http://localhost/cart", { headers: { Cookie: cookie } }));
  expect(id).not.toBeNull();
  return id!;
}

/** Starts a cart the way a browser does: an add without a cookie, remembering the Set-Cookie. */
async function startCart(variantId: number, quantity = 1): Promise<string> {
  const result = await post({ intent: "add", variantId: String(variantId), quantity: String(quantity) });
  expect(result.status).toBe(302);
  expect(result.location).toBe("/cart");
  expect(result.setCookie).toMatch(/^sd_cart=/);
  return result.setCookie!.split(";")[0]!;
}

async function add(
  cookie: string,
  variantId: number,
  quantity: number | string = 1,
  extra: Record<string, string> = {},
) {
  return post({ intent: "add", variantId: String(variantId), quantity: String(quantity), ...extra }, cookie);
}

async function itemsOf(cookie: string) {
  return prisma.cartItem.findMany({
    where: { cartId: await cartIdOf(cookie) },
    orderBy: { id: "asc" },
    select: { id: true, variantId: true, quantity: true, unitPrice: true },
  });
}

const V = {} as Record<"gift" | "jaban1" | "jaban2" | "jeonjang1" | "jeonjang3" | "dosirak", number>;
let seededVariants: { id: number; price: number; stock: number; active: boolean }[] = [];
let seededProducts: { id: number; visible: boolean }[] = [];

async function variantId(productName: string, variantName: string) {
  const variant = await prisma.productVariant.findFirstOrThrow({
    where: { name: variantName, product: { name: productName } },
    select: { id: true },
  });
  return variant.id;
}

beforeAll(async () => {
  V.gift = await variantId("내친구김 선물세트", "선물세트");
  V.jaban1 = await variantId("내친구김 김자반", "1봉");
  V.jaban2 = await variantId("내친구김 김자반", "2봉");
  V.jeonjang1 = await variantId("내친구김 전장김", "1봉");
  V.jeonjang3 = await variantId("내친구김 전장김", "3봉");
  V.dosirak = await variantId("내친구김 도시락김", "16봉");
  seededVariants = await prisma.productVariant.findMany({
    select: { id: true, price: true, stock: true, active: true },
  });
  seededProducts = await prisma.product.findMany({ select: { id: true, visible: true } });
});

// Tests share this file's database: put back whatever a test changed in the catalogue.
afterEach(async () => {
  for (const v of seededVariants) {
    await prisma.productVariant.update({
      where: { id: v.id },
      data: { price: v.price, stock: v.stock, active: v.active },
    });
  }
  for (const p of seededProducts) await prisma.product.update({ where: { id: p.id }, data: { visible: p.visible } });
});

const setVariant = (id: number, data: { price?: number; stock?: number; active?: boolean }) =>
  prisma.productVariant.update({ where: { id }, data });

// ───────────── tests ─────────────

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

describe("invalid quantities", () => {
  it.each([
    ["0", "수량은 1개 이상이어야 합니다."],
    ["-1", "수량은 1개 이상이어야 합니다."],
    ["1000", "한 상품은 최대 99개까지 담을 수 있습니다."],
    ["100", "한 상품은 최대 99개까지 담을 수 있습니다."],
    ["abc", "수량은 숫자로 입력해 주세요."],
    ["", "수량을 입력해 주세요."],
    ["1.5", "수량은 숫자로 입력해 주세요."],
    ["1e1", "수량은 숫자로 입력해 주세요."],
    ["0x10", "수량은 숫자로 입력해 주세요."],
  ])("add with quantity %j → 400 %s, cart unchanged", async (quantity, message) => {
    const cookie = await startCart(V.jaban1, 2);
    const before = await itemsOf(cookie);
    const result = await add(cookie, V.jaban1, quantity);
    expect(result.status).toBe(400);
    expect(result.body?.error).toMatchObject({ field: "quantity", message });
    expect(await itemsOf(cookie)).toEqual(before);
    expect(before).toEqual([expect.objectContaining({ variantId: V.jaban1, quantity: 2 })]);
  });

  it.each([
    ["0", "수량은 1개 이상이어야 합니다."],
    ["-1", "수량은 1개 이상이어야 합니다."],
    ["1000", "한 상품은 최대 99개까지 담을 수 있습니다."],
    ["abc", "수량은 숫자로 입력해 주세요."],
    ["", "수량을 입력해 주세요."],
  ])("update to quantity %j → 400 %s, quantity unchanged", async (quantity, message) => {
    const cookie = await startCart(V.jaban1, 2);
    const [item] = await itemsOf(cookie);
    const result = await post({ intent: "update", itemId: String(item!.id), quantity }, cookie);
    expect(result.status).toBe(400);
    expect(result.body?.error).toMatchObject({ field: "quantity", message, itemId: item!.id });
    expect(await itemsOf(cookie)).toEqual([item]);
  });

  it("a missing quantity asks for one", async () => {
    const result = await post({ intent: "add", variantId: String(V.gift) });
    expect(result.status).toBe(400);
    expect(result.body?.error).toMatchObject({ field: "quantity", message: "수량을 입력해 주세요." });
  });

  it("an invalid first add creates no cart and sets no cookie", async () => {
    const carts = await prisma.cart.count();
    const result = await post({ intent: "add", variantId: String(V.gift), quantity: "0" });
    expect(result.status).toBe(400);
    expect(result.setCookie).toBeNull();
    expect(await prisma.cart.count()).toBe(carts);
  });

  it("a valid update changes the quantity and the totals", async () => {
    const cookie = await startCart(V.jaban1, 2);
    const [item] = await itemsOf(cookie);
    const result = await post({ intent: "update", itemId: String(item!.id), quantity: "7" }, cookie);
    expect(result).toMatchObject({ status: 200, body: { ok: true } });
    expect(await view(cookie)).toMatchObject({ count: 7, itemsTotal: 21000, shippingTotal: 3000, total: 24000 });
  });
});

describe("unsellable variants", () => {
  it.each([
    ["an unknown variant id", "999999", "판매하지 않는 상품입니다."],
    ["a non-numeric variant id", "abc", "구성을 선택해 주세요."],
    ["no variant id", "", "구성을 선택해 주세요."],
  ])("%s → 400 Korean error, cart unchanged", async (_label, id, message) => {
    const cookie = await startCart(V.gift);
    const before = await itemsOf(cookie);
    const result = await post({ intent: "add", variantId: id, quantity: "1" }, cookie);
    expect(result.status).toBe(400);
    expect(result.body?.error).toMatchObject({ field: "variantId", message });
    expect(await itemsOf(cookie)).toEqual(before);
  });

  it("a sold-out variant (stock 0) → 품절", async () => {
    const cookie = await startCart(V.gift);
    await setVariant(V.jeonjang3, { stock: 0 });
    const result = await add(cookie, V.jeonjang3);
    expect(result.status).toBe(400);
    expect(result.body?.error).toMatchObject({ field: "variantId", message: "품절된 상품입니다." });
    expect((await itemsOf(cookie)).map((i) => i.variantId)).toEqual([V.gift]);
  });

  it("an inactive variant or a hidden product → 판매하지 않는 상품", async () => {
    const cookie = await startCart(V.gift);
    await setVariant(V.jeonjang3, { active: false });
    const inactive = await add(cookie, V.jeonjang3);
    expect(inactive.status).toBe(400);
    expect(inactive.body?.error?.message).toBe("판매하지 않는 상품입니다.");

    await prisma.product.updateMany({ where: { variants: { some: { id: V.dosirak } } }, data: { visible: false } });
    const hidden = await add(cookie, V.dosirak);
    expect(hidden.status).toBe(400);
    expect(hidden.body?.error?.message).toBe("판매하지 않는 상품입니다.");
    expect((await itemsOf(cookie)).map((i) => i.variantId)).toEqual([V.gift]);
  });
});

describe("stock", () => {
  it("refuses to add beyond stock, counting what is already in the cart", async () => {
    await setVariant(V.jeonjang1, { stock: 5 });
    const cookie = await startCart(V.jeonjang1, 4);

    const tooMany = await add(cookie, V.jeonjang1, 2);
    expect(tooMany.status).toBe(400);
    expect(tooMany.body?.error?.message).toMatch(/^재고가 부족합니다/);
    expect(tooMany.body?.error?.message).toContain("5개");
    expect(await itemsOf(cookie)).toEqual([expect.objectContaining({ variantId: V.jeonjang1, quantity: 4 })]);

    expect((await add(cookie, V.jeonjang1, 1)).status).toBe(302);
    expect(await itemsOf(cookie)).toEqual([expect.objectContaining({ variantId: V.jeonjang1, quantity: 5 })]);
  });

  it("refuses a first add beyond stock", async () => {
    await setVariant(V.jeonjang1, { stock: 3 });
    const cookie = await startCart(V.gift);
    const result = await add(cookie, V.jeonjang1, 4);
    expect(result.status).toBe(400);
    expect(result.body?.error?.message).toBe("재고가 부족합니다. 남은 수량은 3개입니다.");
    expect((await itemsOf(cookie)).map((i) => i.variantId)).toEqual([V.gift]);
  });

  it("refuses an update beyond stock", async () => {
    await setVariant(V.jeonjang1, { stock: 3 });
    const cookie = await startCart(V.jeonjang1, 2);
    const [item] = await itemsOf(cookie);
    const result = await post({ intent: "update", itemId: String(item!.id), quantity: "4" }, cookie);
    expect(result.status).toBe(400);
    expect(result.body?.error?.message).toMatch(/^재고가 부족합니다/);
    expect(await itemsOf(cookie)).toEqual([item]);
  });

  it("refuses growing a line past the 99 cap even when stock allows", async () => {
    const cookie = await startCart(V.jeonjang1, 60);
    const result = await add(cookie, V.jeonjang1, 40);
    expect(result.status).toBe(400);
    expect(result.body?.error?.message).toBe("한 상품은 최대 99개까지 담을 수 있습니다.");
    expect((await itemsOf(cookie))[0]!.quantity).toBe(60);
  });
});

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

describe("malformed requests", () => {
  it("answers a missing or unknown intent in Korean", async () => {
    for (const form of [{}, { intent: "steal" }] as Record<string, string>[]) {
      const result = await post(form);
      expect(result.status).toBe(400);
      expect(result.body?.error?.message).toBe("잘못된 요청입니다. 페이지를 새로 고친 뒤 다시 시도해 주세요.");
    }
  });
});
