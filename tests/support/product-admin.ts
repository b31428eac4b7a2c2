// The product admin routes as a browser without JavaScript uses them: the new-product form, the edit form
// as its loader fills it, posts of both. Import after setting UPLOADS_DIR (the routes read the environment).
import { expect } from "vitest";
import * as editProduct from "~/routes/admin.products.$id";
import * as newProduct from "~/routes/admin.products.new";
import { prisma } from "~/utils/db.server";
import { call, multipartRequest } from "./route-calls";
import { formRequest, getRequest } from "./staff";

type Fields = Record<string, string>;
export type ProductForm = Record<string, unknown> & { variants: Record<string, unknown>[] };

/** Form fields as the browser sends them: nested values flattened to "variants[0].price", unchecked boxes left out. */
export function flatten(value: Record<string, unknown>, prefix = ""): Fields {
  const out: Fields = {};
  for (const [key, v] of Object.entries(value)) {
    const name = prefix ? (/^\d+$/.test(key) ? `${prefix}[${key}]` : `${prefix}.${key}`) : key;
    if (v === undefined || v === null) continue;
    if (typeof v === "object") Object.assign(out, flatten(v as Record<string, unknown>, name));
    else out[name] = String(v);
  }
  return out;
}

/** A filled-in new-product form (서구's 우리밀 쿠키 with two pack options), as posted. */
export async function newProductFields(overrides: Record<string, unknown> = {}) {
  const seogu = await prisma.center.findUniqueOrThrow({ where: { slug: "seogu" } });
  return flatten({
    name: "우리밀 쿠키",
    slug: "wheat-cookie",
    line: "소소드림",
    summary: "우리밀로 구운 쿠키",
    description: "바삭한 **우리밀** 쿠키입니다.",
    centerId: seogu.id,
    visible: "on",
    ingredients: "밀가루(국산), 버터, 설탕",
    origin: "밀(국산)",
    contents: "200g",
    shelfLife: "제조일로부터 30일",
    storage: "서늘한 곳",
    manufacturer: "광주서구지역자활센터",
    variants: [
      { name: "1봉", units: "1", price: "3,000", stock: "10", active: "on", position: "1" },
      { name: "3봉", units: "3", price: "8000원", stock: "5", active: "on", position: "2" },
    ],
    ...overrides,
  });
}

export function createProduct(fields: Fields, cookie: string) {
  return call(newProduct.action, formRequest("/admin/products/new", fields, cookie));
}

/** The edit form as the loader fills it, i.e. what a browser would post back unchanged. */
export async function editFormOf(id: number, cookie: string) {
  const page = await call(editProduct.loader, getRequest(`/admin/products/${id}`, cookie), { id: String(id) });
  expect(page.status).toBe(200);
  return page.data.defaults as ProductForm;
}

export function saveProduct(id: number, form: Record<string, unknown>, cookie: string) {
  return call(editProduct.action, formRequest(`/admin/products/${id}`, flatten(form), cookie), { id: String(id) });
}

/** A post to the product page other than the product form itself (the photo forms). */
export function postToProduct(id: number, body: Fields | FormData, cookie: string) {
  const request =
    body instanceof FormData
      ? multipartRequest(`/admin/products/${id}`, body, cookie)
      : formRequest(`/admin/products/${id}`, body, cookie);
  return call(editProduct.action, request, { id: String(id) });
}

export const productIdOf = async (slug: string) => (await prisma.product.findUniqueOrThrow({ where: { slug } })).id;
