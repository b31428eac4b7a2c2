// Screenshots for a human to look at (no pixel diffing), only when E2E_SCREENSHOTS_DIR names a folder:
// home, article, shop, product, cart, checkout, a customer's order page, the admin's order page and the
// center's home, at 390 and 1280 px. Skipped otherwise.
import path from "node:path";
import fs from "node:fs";
import { expect, test, waitForHydration } from "./fixtures";
import { placeOrderFixtures } from "./order-fixtures";
import { addToCart } from "./shop-steps";
import { signIn } from "./staff";
import type { Page } from "@playwright/test";

const DIR = process.env.E2E_SCREENSHOTS_DIR;
const WIDTHS = [390, 1280];

test.skip(!DIR, "set E2E_SCREENSHOTS_DIR to write screenshots");

async function shoot(page: Page, name: string, pathname: string) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    const response = await page.goto(pathname);
    expect(response?.status(), pathname).toBe(200);
    await waitForHydration(page);
    await page.evaluate(() => {
      for (const img of Array.from(document.images)) img.loading = "eager";
    });
    await page.waitForFunction(() => Array.from(document.images).every((img) => img.complete));
    fs.mkdirSync(DIR!, { recursive: true });
    await page.screenshot({ path: path.join(DIR!, `${name}-${width}.png`), fullPage: true, animations: "disabled" });
  }
}

test("reader and shopper pages", async ({ page }) => {
  test.setTimeout(180_000);
  const [order] = placeOrderFixtures().filter((o) => o.as === "partly-refunded");
  await shoot(page, "home", "/");
  await shoot(page, "article", "/news/youth-savings-excellence-2023");
  await shoot(page, "shop", "/shop");
  await shoot(page, "product", "/shop/naechingu-gim-jaban");
  await addToCart(page, "naechingu-gim-jaban", "1봉", true);
  await shoot(page, "cart", "/cart");
  await shoot(page, "checkout", "/checkout");
  await shoot(page, "order", `/orders/${order!.lookupToken}`);
});

test("staff pages", async ({ browser }) => {
  test.setTimeout(180_000);
  const [order] = placeOrderFixtures().filter((o) => o.as === "shipped");
  const admin = await signIn(browser, "admin@gjjahwal.example");
  await shoot(admin, "admin-order", `/admin/orders/${order!.number}`);
  await shoot(admin, "admin-home", "/admin");
  const center = await signIn(browser, "seogu@gjjahwal.example");
  await shoot(center, "center-home", "/center");
});
