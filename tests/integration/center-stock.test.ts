// The center's stock page: own options only, "set to N" guarded against a sale in between, audited.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import { setVariantStock } from "~/catalog/stock.server";
import { placeOrder } from "~/orders/orders.server";
import { action, loader } from "~/routes/center.stock";
import type { StockReply } from "~/catalog/stock-row";
import { prisma } from "~/utils/db.server";
import { CUSTOMER, ensureSecondCenterProduct, makeCart, variantId } from "../support/shop";
import { formRequest, getRequest, sessionCookie, STAFF, thrownResponse } from "../support/staff";

const PATH = "/center/stock";

// One session per account for the whole file: logins are rate limited per account.
const sessions = new Map<string, Promise<string>>();
const cookieFor = (email: string) => {
  if (!sessions.has(email)) sessions.set(email, sessionCookie(email));
  return sessions.get(email)!;
};
const args = (request: Request) => ({ request, params: {}, context: {} }) as LoaderFunctionArgs & ActionFunctionArgs;

/** The action's answer: its status and the body a page (or fetcher) receives. */
async function post(fields: Record<string, string>, cookie: string) {
  const result = (await action(args(formRequest(PATH, fields, cookie)))) as unknown as {
    data: StockReply;
    init: { status?: number } | null;
  };
  return { status: result.init?.status ?? 200, body: result.data };
}

const stockOf = async (id: number) => (await prisma.productVariant.findUniqueOrThrow({ where: { id } })).stock;
const auditsFor = (id: number) =>
  prisma.auditLog.findMany({ where: { entity: "ProductVariant", entityId: String(id) }, orderBy: { id: "asc" } });

describe("the stock page", () => {
  it("lists only the signed-in center's products with every option", async () => {
    await ensureSecondCenterProduct(prisma);
    const seogu = await loader(args(getRequest(PATH, await cookieFor(STAFF.seogu))));
    expect(seogu.products.map((p) => p.name)).toEqual([
      "내친구김 선물세트",
      "내친구김 김자반",
      "내친구김 전장김",
      "내친구김 도시락김",
    ]);
    expect(seogu.products[1]!.variants).toMatchObject([
      { name: "1봉", price: 3000, stock: 100, active: true },
      { name: "2봉", price: 5000, stock: 100, active: true },
    ]);
    const gwangsan = await loader(args(getRequest(PATH, await cookieFor(STAFF.gwangsan))));
    expect(gwangsan.products.map((p) => p.name)).toEqual(["우리쌀 쿠키"]);
  });

  it("saves a new count for an own option and writes the audit log", async () => {
    const id = await variantId(prisma, "naechingu-gim-jaban", "1봉");
    await prisma.productVariant.update({ where: { id }, data: { stock: 40 } });
    const cookie = await cookieFor(STAFF.seogu);

    const { status, body } = await post({ variantId: String(id), expectedStock: "40", stock: "55" }, cookie);
    expect(status).toBe(200);
    expect(body.saved).toBe("내친구김 김자반 1봉 재고를 40개에서 55개로 바꿨습니다.");
    expect(await stockOf(id)).toBe(55);

    const staff = await prisma.user.findUniqueOrThrow({ where: { email: STAFF.seogu } });
    expect(await auditsFor(id)).toMatchObject([
      { userId: staff.id, action: "stock.set", detail: "내친구김 김자반 1봉 재고 40 → 55" },
    ]);
  });

  it("applies a double-submitted save once (set to N, not add N)", async () => {
    const id = await variantId(prisma, "naechingu-gim-jaban", "2봉");
    await prisma.productVariant.update({ where: { id }, data: { stock: 10 } });
    const cookie = await cookieFor(STAFF.seogu);
    const fields = { variantId: String(id), expectedStock: "10", stock: "25" };
    const answers = await Promise.all([post(fields, cookie), post(fields, cookie)]);
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(await stockOf(id)).toBe(25);
    expect(await auditsFor(id)).toHaveLength(1);
  });

  it("refuses to overwrite a sale made since the page was loaded, and shows the current count", async () => {
    const id = await variantId(prisma, "naechingu-gim-jeonjang", "1봉");
    await prisma.productVariant.update({ where: { id }, data: { stock: 40 } });
    const cookie = await cookieFor(STAFF.seogu);
    const page = await loader(args(getRequest(PATH, cookie)));
    const seen = page.products.flatMap((p) => p.variants).find((v) => v.id === id)!.stock;
    expect(seen).toBe(40);

    // A customer checks out 2 while the staff member counts the shelf.
    await placeOrder(await makeCart(prisma, [{ variantId: id, quantity: 2 }]), CUSTOMER);
    expect(await stockOf(id)).toBe(38);

    const stale = await post({ variantId: String(id), expectedStock: String(seen), stock: "55" }, cookie);
    expect(stale.status).toBe(409);
    expect(stale.body.stale).toBe(true);
    expect(stale.body.result.error?.stock).toEqual([
      "그사이 주문이 들어와 재고가 40개에서 38개로 바뀌었습니다. 그래도 55개로 바꾸려면 저장을 다시 누르세요.",
    ]);
    expect(stale.body.result.initialValue?.stock).toBe("55"); // what was typed stays in the field
    expect(await stockOf(id)).toBe(38);
    expect(await auditsFor(id)).toHaveLength(0);

    // Saving again from the refreshed count applies.
    const again = await post({ variantId: String(id), expectedStock: "38", stock: "55" }, cookie);
    expect(again.status).toBe(200);
    expect(await stockOf(id)).toBe(55);
    expect((await auditsFor(id)).map((a) => a.detail)).toEqual(["내친구김 전장김 1봉 재고 38 → 55"]);
  });

  it("treats a count that is already what was typed as saved, without an audit entry", async () => {
    const id = await variantId(prisma, "naechingu-gim-dosirak", "16봉");
    await prisma.productVariant.update({ where: { id }, data: { stock: 7 } });
    const staff = await prisma.user.findUniqueOrThrow({ where: { email: STAFF.seogu } });
    const result = await setVariantStock({
      centerId: staff.centerId!,
      variantId: id,
      expectedStock: 7,
      stock: 7,
      userId: staff.id,
    });
    expect(result).toMatchObject({ ok: true, changed: false, stock: 7 });
    expect(await auditsFor(id)).toHaveLength(0);
  });

  it("changes nothing for another center's option id and answers not found", async () => {
    const cookie = await cookieFor(STAFF.seogu);
    const cookieId = await ensureSecondCenterProduct(prisma);
    const before = await stockOf(cookieId);
    const forged = await post({ variantId: String(cookieId), expectedStock: String(before), stock: "0" }, cookie);
    expect(forged.status).toBe(404);
    expect(forged.body.result.error?.[""]).toEqual([
      "이 센터의 상품 옵션이 아닙니다. 페이지를 새로 고친 뒤 다시 시도해 주세요.",
    ]);
    expect(await stockOf(cookieId)).toBe(before);
    expect(await auditsFor(cookieId)).toHaveLength(0);

    // A forged centerId field is ignored: the center comes from the session.
    const gwangsan = await prisma.center.findUniqueOrThrow({ where: { slug: "gwangsan" } });
    const withCenter = await post(
      { variantId: String(cookieId), expectedStock: String(before), stock: "0", centerId: String(gwangsan.id) },
      cookie,
    );
    expect(withCenter.status).toBe(404);
    expect(await stockOf(cookieId)).toBe(before);
  });

  it.each([
    ["", "재고 수량을 입력해 주세요."],
    ["-1", "재고는 0 이상의 숫자로 입력해 주세요."],
    ["3.5", "재고는 0 이상의 숫자로 입력해 주세요."],
    ["abc", "재고는 0 이상의 숫자로 입력해 주세요."],
    ["100000", "재고는 99,999개까지 입력할 수 있습니다."],
  ])("refuses the count %j with a Korean message beside the field", async (typed, message) => {
    const id = await variantId(prisma, "naechingu-gim-gift-set", "선물세트");
    const before = await stockOf(id);
    const { status, body } = await post(
      { variantId: String(id), expectedStock: String(before), stock: typed },
      await cookieFor(STAFF.seogu),
    );
    expect(status).toBe(400);
    expect(body.variantId).toBe(id);
    expect(body.result.error?.stock).toEqual([message]);
    expect(await stockOf(id)).toBe(before);
  });
});

describe("who may use the stock page", () => {
  it("sends anonymous visitors to /login and refuses ADMIN and EDITOR with 403", async () => {
    const id = await variantId(prisma, "naechingu-gim-gift-set", "선물세트");
    const anonymous = await thrownResponse(() => loader(args(getRequest(PATH))));
    expect(anonymous?.status).toBe(302);
    expect(anonymous?.headers.get("Location")).toBe(`/login?redirectTo=${encodeURIComponent(PATH)}`);
    const anonymousPost = await thrownResponse(() =>
      action(args(formRequest(PATH, { variantId: String(id), expectedStock: "100", stock: "0" }))),
    );
    expect(anonymousPost?.status).toBe(302);

    for (const email of [STAFF.admin, STAFF.editor]) {
      const cookie = await cookieFor(email);
      expect((await thrownResponse(() => loader(args(getRequest(PATH, cookie)))))?.status).toBe(403);
      const refused = await thrownResponse(() =>
        action(args(formRequest(PATH, { variantId: String(id), expectedStock: "100", stock: "0" }, cookie))),
      );
      expect(refused?.status).toBe(403);
    }
    expect(await stockOf(id)).toBe(100);
  });
});
