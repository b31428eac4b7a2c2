// The cart refusing what it can't take: invalid quantities, unsellable variants, stock, malformed requests.
import { describe, expect, it } from "vitest";
import { prisma } from "~/utils/db.server";
import { add, itemsOf, post, setVariant, startCart, view, withSeededCatalogue } from "../support/cart-requests";

const V = withSeededCatalogue();

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

describe("malformed requests", () => {
  it("answers a missing or unknown intent in Korean", async () => {
    for (const form of [{}, { intent: "steal" }] as Record<string, string>[]) {
      const result = await post(form);
      expect(result.status).toBe(400);
      expect(result.body?.error?.message).toBe("잘못된 요청입니다. 페이지를 새로 고친 뒤 다시 시도해 주세요.");
    }
  });
});
