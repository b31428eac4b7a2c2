// Steps of buying from 소소드림 in the browser, shared by the shop and fulfilment suites.
import type { Page } from "@playwright/test";
import { createPrismaClient } from "../../app/utils/prisma-client";
import { SECOND_CENTER_PRODUCT } from "../support/shop";
import { expect, waitForHydration } from "./fixtures";

/** The e2e server's database (playwright.config.ts), SQLite or PostgreSQL, for read-only peeks. */
export const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db";

export const CUSTOMER = {
  name: "김민지",
  phone: "010-1234-5678",
  email: "minji@example.kr",
  postal: "61945",
  address: "광주광역시 서구 화정로 149",
};

export async function stockOf(productSlug: string, variant: string): Promise<number> {
  const db = createPrismaClient(E2E_DATABASE_URL);
  try {
    const row = await db.productVariant.findFirstOrThrow({
      where: { product: { slug: productSlug }, name: variant },
      select: { stock: true },
    });
    return row.stock;
  } finally {
    await db.$disconnect();
  }
}

export async function addToCart(page: Page, productSlug: string, variant: string, js: boolean) {
  await page.goto(`/shop/${productSlug}`);
  if (js) await waitForHydration(page);
  await page.getByRole("radio", { name: new RegExp(`^${variant}`) }).check();
  await page.getByRole("button", { name: "장바구니 담기" }).click();
  if (js) await expect(page.getByText("장바구니에 담았습니다")).toBeVisible();
  else await expect(page).toHaveURL(/\/cart$/);
}

export async function fillCheckout(page: Page) {
  await page.getByLabel("이름").first().fill(CUSTOMER.name);
  await page.getByLabel("휴대전화").fill(CUSTOMER.phone);
  await page.getByLabel("이메일").fill(CUSTOMER.email);
  await page.getByLabel("주문하시는 분과 같음").check();
  await page.getByLabel("우편번호").fill(CUSTOMER.postal);
  await page.getByLabel("주소", { exact: true }).fill(CUSTOMER.address);
  // 전체 동의 ticks every item with JavaScript; without it the server counts it as all of them.
  await page.getByLabel("전체 동의").check();
}

export async function payAndLookUp(page: Page, total: string) {
  await page.getByRole("button", { name: `${total} 결제하기` }).click();
  await expect(page.getByText("테스트 결제 — 실제로 결제되지 않습니다")).toBeVisible();
  await expect(page.getByText(total).first()).toBeVisible();
  await page.getByRole("button", { name: "결제 성공" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "주문이 완료되었습니다" })).toBeVisible();
  const number = (await page.getByText(/^SD-\d{8}-[A-Z0-9]{6}$/).textContent())!;
  // The success page links to the order through its unguessable token.
  const detail = page.getByRole("link", { name: "주문 상세 보기" });
  await expect(detail).toHaveAttribute("href", /^\/orders\/[A-Za-z0-9_-]{32}$/);
  await detail.click();
  await expect(page.getByRole("heading", { level: 1, name: "주문 내역" })).toBeVisible();
  await expect(page.getByText(number)).toBeVisible();

  await page.goto("/orders/lookup");
  await page.getByLabel("주문번호").fill(number.toLowerCase());
  await page.getByLabel("휴대전화 번호").fill(CUSTOMER.phone);
  await page.getByRole("button", { name: "주문 조회" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "주문 내역" })).toBeVisible();
  await expect(page.getByText(number)).toBeVisible();
  await expect(page.getByText("결제완료").first()).toBeVisible();
  return number;
}

/** One product of each producing center the suite sells from: 서구's 김자반 and 광산's test product. */
const PRODUCT_OF = {
  seogu: { slug: "naechingu-gim-jaban", variant: "1봉" },
  gwangsan: { slug: SECOND_CENTER_PRODUCT.slug, variant: SECOND_CENTER_PRODUCT.variant },
} as const;

/**
 * With JavaScript on: one product of each given center in the cart, checked out and paid with the test
 * payment. Returns the order number; the page is left on the customer's order page.
 */
export async function buyOrder(page: Page, centers: readonly (keyof typeof PRODUCT_OF)[] = ["seogu", "gwangsan"]) {
  for (const center of centers) await addToCart(page, PRODUCT_OF[center].slug, PRODUCT_OF[center].variant, true);
  await page.goto("/cart");
  await page.getByRole("link", { name: "주문하기" }).click();
  await fillCheckout(page);
  const payLabel = (await page.getByRole("button", { name: /결제하기$/ }).textContent())!.trim();
  return payAndLookUp(page, payLabel.replace(/ 결제하기$/, ""));
}
