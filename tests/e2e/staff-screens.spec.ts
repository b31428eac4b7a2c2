// Every staff page on a phone (390 px): the staff shell instead of the public header (no site search, no
// 장바구니), no sideways scrolling, and a 200. With E2E_SCREENSHOTS=1 each page is saved as a full-page JPEG
// under test-results/e2e/ for a person to look at.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { addToCart, fillCheckout, payAndLookUp } from "./shop-steps";
import { PHONE, signIn } from "./staff";

const SAVE = Boolean(process.env.E2E_SCREENSHOTS);

async function checkPages(
  page: Page,
  paths: string[],
  prefix: string,
  testInfo: { outputPath: (n: string) => string },
) {
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole("search", { name: "사이트 검색" }), path).toHaveCount(0);
    await expect(page.getByRole("link", { name: "장바구니" }), path).toHaveCount(0);
    await expect(page.getByRole("button", { name: "로그아웃" }), path).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${path} scrolls sideways at 390px`).toBeLessThanOrEqual(0);
    if (SAVE) {
      const name = `${prefix}${path.replace(/[/?=&.]+/g, "-")}-390.jpeg`;
      await page.screenshot({ path: testInfo.outputPath(name), fullPage: true, type: "jpeg", quality: 70 });
    }
  }
}

test("every staff page fits a phone and carries the staff shell, not the public header", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(240_000);
  await addToCart(page, "naechingu-gim-jaban", "1봉", true);
  await page.goto("/cart");
  await page.getByRole("link", { name: "주문하기" }).click();
  await fillCheckout(page);
  const payLabel = (await page.getByRole("button", { name: /결제하기$/ }).textContent())!.trim();
  const number = await payAndLookUp(page, payLabel.replace(/ 결제하기$/, ""));

  const center = await signIn(browser, "seogu@gjjahwal.example", PHONE);
  await checkPages(
    center,
    [
      "/center",
      `/center/orders/${number}`,
      "/center/shipping",
      "/center/stock",
      "/center/settlement",
      "/center/articles",
      "/center/articles/new",
      "/center/notifications",
    ],
    "center",
    testInfo,
  );

  const admin = await signIn(browser, "admin@gjjahwal.example", PHONE);
  await checkPages(
    admin,
    [
      "/admin",
      "/admin/orders",
      `/admin/orders/${number}`,
      "/admin/settlement",
      "/admin/articles",
      "/admin/articles/new",
      "/admin/issues",
      "/admin/issues/2023-12",
      "/admin/products",
      "/admin/products/1",
      "/admin/centers",
      "/admin/centers/1",
      "/admin/users",
      "/admin/users/1",
      "/admin/notifications",
      "/admin/audit",
    ],
    "admin",
    testInfo,
  );
});
