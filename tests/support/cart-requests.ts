// Helpers for the cart integration tests (tests/integration/cart*.test.ts): POSTs to the cart action
// the way a browser sends them, reads the cart back, and the seeded 서구 catalogue the tests buy from.
import { afterEach, beforeAll, expect } from "vitest";
import { handleCartAction, type CartActionResult } from "~/cart/cart-actions.server";
import { getCartView, readCartId } from "~/cart/cart.server";
import { prisma } from "~/utils/db.server";

export type Outcome = {
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

export async function post(fields: Record<string, string>, cookie?: string | null): Promise<Outcome> {
  return outcome(await handleCartAction(cartRequest(fields, cookie)));
}

export async function view(cookie: string | null) {
  const headers = new Headers();
  if (cookie) headers.set("Cookie", cookie);
  return getCartView(await readCartId(new Request("http://localhost/cart", { headers })));
}

export async function cartIdOf(cookie: string) {
  const id = await readCartId(new Request("http://localhost/cart", { headers: { Cookie: cookie } }));
  expect(id).not.toBeNull();
  return id!;
}

/** Starts a cart the way a browser does: an add without a cookie, remembering the Set-Cookie. */
export async function startCart(variantId: number, quantity = 1): Promise<string> {
  const result = await post({ intent: "add", variantId: String(variantId), quantity: String(quantity) });
  expect(result.status).toBe(302);
  expect(result.location).toBe("/cart");
  expect(result.setCookie).toMatch(/^sd_cart=/);
  return result.setCookie!.split(";")[0]!;
}

export async function add(
  cookie: string,
  variantId: number,
  quantity: number | string = 1,
  extra: Record<string, string> = {},
) {
  return post({ intent: "add", variantId: String(variantId), quantity: String(quantity), ...extra }, cookie);
}

export async function itemsOf(cookie: string) {
  return prisma.cartItem.findMany({
    where: { cartId: await cartIdOf(cookie) },
    orderBy: { id: "asc" },
    select: { id: true, variantId: true, quantity: true, unitPrice: true },
  });
}

export const setVariant = (id: number, data: { price?: number; stock?: number; active?: boolean }) =>
  prisma.productVariant.update({ where: { id }, data });

async function variantId(productName: string, variantName: string) {
  const variant = await prisma.productVariant.findFirstOrThrow({
    where: { name: variantName, product: { name: productName } },
    select: { id: true },
  });
  return variant.id;
}

export type CatalogueVariants = Record<"gift" | "jaban1" | "jaban2" | "jeonjang1" | "jeonjang3" | "dosirak", number>;

/**
 * Call at the top of a test file. Registers hooks that look up the seeded variants the tests use
 * (the returned object is filled in beforeAll) and, after each test, put back whatever the test
 * changed in the catalogue: the tests of one file share its database.
 */
export function withSeededCatalogue(): CatalogueVariants {
  const V = {} as CatalogueVariants;
  let seededVariants: { id: number; price: number; stock: number; active: boolean }[] = [];
  let seededProducts: { id: number; visible: boolean }[] = [];

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

  return V;
}
