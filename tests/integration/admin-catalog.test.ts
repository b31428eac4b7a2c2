// The product admin (/admin/products): creating and editing products with pack options through the real
// route actions, Korean validation that keeps what was typed, unique slugs, and the rule that a price
// change never alters an order already placed. (Photos: admin-product-photos.test.ts.)
import { beforeAll, describe, expect, it } from "vitest";
import { getCartView } from "~/cart/cart.server";
import { getProduct } from "~/catalog/catalog.server";
import { getOrderByToken, placeOrder } from "~/orders/orders.server";
import * as productList from "~/routes/admin.products._index";
import { prisma } from "~/utils/db.server";
import * as forms from "../support/product-admin";
import { call } from "../support/route-calls";
import { CUSTOMER, makeCart, variantId } from "../support/shop";
import { getRequest, sessionCookie, STAFF } from "../support/staff";

const { newProductFields, productIdOf: productId } = forms;

let admin: string;
beforeAll(async () => {
  admin = await sessionCookie(STAFF.admin);
});

const create = (fields: Record<string, string>) => forms.createProduct(fields, admin);
const editFormOf = (id: number) => forms.editFormOf(id, admin);
const save = (id: number, form: Record<string, unknown>) => forms.saveProduct(id, form, admin);

describe("creating a product", () => {
  it("saves the product with its options (prices typed with commas or 원) and audits it", async () => {
    const result = await create(await newProductFields());
    expect(result.status).toBe(302);
    const product = await prisma.product.findUniqueOrThrow({
      where: { slug: "wheat-cookie" },
      include: { variants: { orderBy: { position: "asc" } } },
    });
    expect(result.location).toBe(`/admin/products/${product.id}?saved=created`);
    const seogu = await prisma.center.findUniqueOrThrow({ where: { slug: "seogu" } });
    expect(product).toMatchObject({ name: "우리밀 쿠키", centerId: seogu.id, visible: true, origin: "밀(국산)" });
    expect(product.variants.map((v) => [v.name, v.units, v.price, v.stock, v.active])).toEqual([
      ["1봉", 1, 3000, 10, true],
      ["3봉", 3, 8000, 5, true],
    ]);
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { entity: "Product", entityId: String(product.id) },
    });
    expect(audit.action).toBe("product.create");
    expect(audit.detail).toBe(
      "우리밀 쿠키 (광주서구지역자활센터, 공개) — 옵션 1봉 3,000원 (재고 10), 3봉 8,000원 (재고 5)",
    );
    // Visible products appear in the shop at once.
    expect((await getProduct("wheat-cookie"))?.variants.map((v) => v.price)).toEqual([3000, 8000]);
  });

  it("refuses invalid input with Korean messages beside the fields and keeps what was typed", async () => {
    const fields = await newProductFields({
      name: "",
      slug: "Wheat Cookie!",
      variants: [{ name: "1봉", units: "1", price: "3,00", stock: "열개", active: "on", position: "1" }],
    });
    const before = await prisma.product.count();
    const result = await create(fields);
    expect(result.status).toBe(400);
    expect(result.data.error).toMatchObject({
      name: ["상품 이름을 입력해 주세요."],
      slug: ["영문 소문자, 숫자, 하이픈(-)만 쓸 수 있습니다. (예: gim-jaban)"],
      "variants[0].price": ["가격은 숫자로 입력해 주세요. (예: 3000 또는 3,000)"],
      "variants[0].stock": ["재고는 숫자로 입력해 주세요."],
    });
    expect(result.data.initialValue).toMatchObject({
      slug: "Wheat Cookie!",
      summary: "우리밀로 구운 쿠키",
      variants: [{ name: "1봉", price: "3,00", stock: "열개" }],
    });
    expect(await prisma.product.count()).toBe(before);
  });

  it.each([
    ["-500", "가격은 0원 이상이어야 합니다."],
    ["1500.5", "가격은 숫자로 입력해 주세요. (예: 3000 또는 3,000)"],
    ["2.000", "가격은 숫자로 입력해 주세요. (예: 3000 또는 3,000)"],
    ["", "가격을 입력해 주세요."],
  ])("price %j → %s", async (price, message) => {
    const result = await create(
      await newProductFields({
        slug: "price-check",
        variants: [{ name: "1봉", units: "1", price, stock: "1", active: "on", position: "1" }],
      }),
    );
    expect(result.status).toBe(400);
    expect(result.data.error["variants[0].price"]).toEqual([message]);
  });

  it("needs at least one option, a center, and distinct option names", async () => {
    const noCenter = await create(await newProductFields({ slug: "no-center", centerId: "" }));
    expect(noCenter.data.error.centerId).toEqual(["생산 센터를 골라 주세요."]);
    const twins = await create(
      await newProductFields({
        slug: "twins",
        variants: [
          { name: "1봉", units: "1", price: "1000", stock: "1", active: "on", position: "1" },
          { name: "1봉", units: "1", price: "1000", stock: "1", active: "on", position: "2" },
        ],
      }),
    );
    expect(twins.data.error["variants[1].name"]).toEqual(["같은 이름의 옵션이 이미 있습니다."]);
  });

  it("refuses a slug another product uses, in Korean, keeping the other fields", async () => {
    const result = await create(await newProductFields({ slug: "naechingu-gim-jaban", name: "새 상품" }));
    expect(result.status).toBe(400);
    expect(result.data.error.slug).toEqual(["이미 다른 상품이 쓰는 주소입니다. 다른 주소를 입력해 주세요."]);
    expect(result.data.initialValue.name).toBe("새 상품");
    expect(await prisma.product.count({ where: { name: "새 상품" } })).toBe(0);
  });

  it("adds an option row without JavaScript ('옵션 추가' posts the form back with one more row, saving nothing)", async () => {
    const before = await prisma.product.count();
    const fields = {
      ...(await newProductFields({ slug: "row-test" })),
      __intent__: JSON.stringify({ type: "insert", payload: { name: "variants", defaultValue: { units: "1" } } }),
    };
    const result = await create(fields);
    expect(result.status).toBe(200);
    expect(result.data.initialValue.variants).toHaveLength(3);
    expect(result.data.initialValue.variants[0]).toMatchObject({ name: "1봉", price: "3,000" });
    expect(await prisma.product.count()).toBe(before);
  });
});

describe("editing a product", () => {
  it("changes fields and prices, and audits the change in Korean", async () => {
    const id = await productId("naechingu-gim-jaban");
    const form = await editFormOf(id);
    form.name = "내친구김 김자반 (새 포장)";
    form.visible = undefined;
    form.variants[1]!.price = "5,500";
    form.variants[1]!.stock = "80";
    const result = await save(id, form);
    expect(result.status).toBe(302);
    expect(result.location).toBe(`/admin/products/${id}?saved=updated`);

    const product = await prisma.product.findUniqueOrThrow({ where: { id }, include: { variants: true } });
    expect(product).toMatchObject({ name: "내친구김 김자반 (새 포장)", visible: false });
    expect(product.variants.find((v) => v.name === "2봉")).toMatchObject({ price: 5500, stock: 80 });
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { entity: "Product", entityId: String(id), action: "product.update" },
      orderBy: { id: "desc" },
      include: { user: true },
    });
    expect(audit.user?.email).toBe(STAFF.admin);
    expect(audit.detail).toContain("공개 → 숨김");
    expect(audit.detail).toContain("옵션 2봉: 가격 5,000원 → 5,500원, 재고 100 → 80");
    // Hidden: gone from the shop, still in the admin list.
    expect(await getProduct("naechingu-gim-jaban")).toBeNull();
    const list = await call(productList.loader, getRequest("/admin/products", admin));
    expect(list.data.products.some((p: { id: number }) => p.id === id)).toBe(true);
  });

  it("keeps the typed values and the other options when one row is invalid", async () => {
    const id = await productId("naechingu-gim-jeonjang");
    const form = await editFormOf(id);
    form.summary = "바뀐 요약";
    form.variants[0]!.price = "2.000";
    const result = await save(id, form);
    expect(result.status).toBe(400);
    expect(result.data.error["variants[0].price"]).toEqual(["가격은 숫자로 입력해 주세요. (예: 3000 또는 3,000)"]);
    expect(result.data.initialValue.summary).toBe("바뀐 요약");
    expect(result.data.initialValue.variants[1].name).toBe("3봉");
    expect((await prisma.product.findUniqueOrThrow({ where: { id } })).summary).not.toBe("바뀐 요약");
  });

  it("refuses another product's slug when editing", async () => {
    const id = await productId("naechingu-gim-jeonjang");
    const form = await editFormOf(id);
    form.slug = "naechingu-gim-gift-set";
    const result = await save(id, form);
    expect(result.status).toBe(400);
    expect(result.data.error.slug).toEqual(["이미 다른 상품이 쓰는 주소입니다. 다른 주소를 입력해 주세요."]);
  });

  it("adds a new option, and switches options off instead of deleting them", async () => {
    const id = await productId("naechingu-gim-dosirak");
    const form = await editFormOf(id);
    form.variants.push({ name: "32봉", units: "32", price: "10,000", stock: "20", active: "on", position: "2" });
    expect((await save(id, form)).status).toBe(302);
    const variants = await prisma.productVariant.findMany({ where: { productId: id }, orderBy: { position: "asc" } });
    expect(variants.map((v) => [v.name, v.price])).toEqual([
      ["16봉", 5500],
      ["32봉", 10000],
    ]);

    // A row left out of the post (a crafted request: the form never drops saved rows) is switched off, not deleted.
    const again = await editFormOf(id);
    again.variants = again.variants.filter((v) => v.name !== "16봉");
    expect((await save(id, again)).status).toBe(302);
    const sixteen = await prisma.productVariant.findFirstOrThrow({ where: { productId: id, name: "16봉" } });
    expect(sixteen.active).toBe(false);
    expect((await getProduct("naechingu-gim-dosirak"))?.variants.map((v) => v.name)).toEqual(["32봉"]);
  });

  it("refuses an option id that belongs to another product", async () => {
    const id = await productId("naechingu-gim-gift-set");
    const form = await editFormOf(id);
    form.variants[0]!.id = String(await variantId(prisma, "naechingu-gim-jeonjang", "1봉"));
    const result = await save(id, form);
    expect(result.status).toBe(400);
    expect(result.data.error[""]).toEqual([
      "다른 상품의 옵션이 섞여 있습니다. 페이지를 새로 고친 뒤 다시 저장해 주세요.",
    ]);
  });

  it("never overwrites stock that orders changed while the form was open, unless the stock was edited", async () => {
    const id = await productId("naechingu-gim-gift-set");
    const form = await editFormOf(id); // stock 100 when loaded
    await prisma.productVariant.updateMany({ where: { productId: id }, data: { stock: 97 } }); // 3 sold meanwhile
    form.variants[0]!.price = "21,000";
    expect((await save(id, form)).status).toBe(302);
    expect(await prisma.productVariant.findFirstOrThrow({ where: { productId: id } })).toMatchObject({
      price: 21000,
      stock: 97,
    });
    const edited = await editFormOf(id);
    edited.variants[0]!.stock = "150";
    expect((await save(id, edited)).status).toBe(302);
    expect((await prisma.productVariant.findFirstOrThrow({ where: { productId: id } })).stock).toBe(150);
  });
});

describe("a price change", () => {
  it("leaves orders already placed untouched; carts show the new price before checkout", async () => {
    const slug = "test-price-change";
    expect((await create(await newProductFields({ slug, name: "가격 바뀌는 김" }))).status).toBe(302);
    const id = await productId(slug);
    const oneBag = await variantId(prisma, slug, "1봉");
    const order = await placeOrder(await makeCart(prisma, [{ variantId: oneBag, quantity: 2 }]), CUSTOMER);
    const waitingCart = await makeCart(prisma, [{ variantId: oneBag, quantity: 1 }]);
    const itemsBefore = await prisma.orderItem.findMany({ where: { orderId: order.id } });

    const form = await editFormOf(id);
    form.variants[0]!.price = "3,500";
    form.variants[0]!.name = "1봉(개선)";
    expect((await save(id, form)).status).toBe(302);
    expect((await prisma.productVariant.findUniqueOrThrow({ where: { id: oneBag } })).price).toBe(3500);

    // The order keeps its snapshot: name, unit price, line and order totals.
    expect(await prisma.orderItem.findMany({ where: { orderId: order.id } })).toEqual(itemsBefore);
    expect(itemsBefore[0]).toMatchObject({ variantName: "1봉", unitPrice: 3000, quantity: 2, lineTotal: 6000 });
    const view = await getOrderByToken(order.lookupToken);
    expect(view).toMatchObject({ itemsTotal: 6000, total: order.total });

    // The cart filled at 3,000원 flags the change instead of charging it silently.
    const cart = await getCartView(waitingCart);
    expect(cart.groups[0]!.lines[0]).toMatchObject({ previousPrice: 3000, unitPrice: 3500, problem: "PRICE_CHANGED" });

    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { entity: "Product", entityId: String(id), action: "product.update" },
    });
    expect(audit.detail).toContain("옵션 1봉(개선): 이름 1봉 → 1봉(개선), 가격 3,000원 → 3,500원");
  });

  it("keeps an ordered option that is switched off, with its order history", async () => {
    const id = await productId("test-price-change");
    const form = await editFormOf(id);
    form.variants[0]!.active = undefined;
    expect((await save(id, form)).status).toBe(302);
    const variant = await prisma.productVariant.findFirstOrThrow({
      where: { productId: id, name: "1봉(개선)" },
      include: { _count: { select: { orderItems: true } } },
    });
    expect(variant).toMatchObject({ active: false, _count: { orderItems: 1 } });
  });
});
