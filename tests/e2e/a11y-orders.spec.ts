// Accessibility (axe-core, WCAG 2.1 A and AA) of the order pages at 390 and 1280 px: the customer's page,
// the admin's and the producing center's, for a paid, a partly refunded and a shipped order. The orders are
// placed in the e2e database through the app's own commands (scripts/site-check/order-fixtures.ts).
import type { OrderPage } from "../../scripts/site-check/site-pages";
import { expectNoViolations } from "./axe";
import { expect, test, waitForHydration } from "./fixtures";
import { placeOrderFixtures } from "./order-fixtures";
import { signIn } from "./staff";
import type { Page } from "@playwright/test";

const WIDTHS = [390, 1280];

let orders: OrderPage[] = [];
test.beforeAll(() => {
  orders = placeOrderFixtures();
});

async function checkAtBothWidths(page: Page, paths: string[]) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    for (const p of paths) {
      const response = await page.goto(p);
      expect(response?.status(), p).toBe(200);
      await waitForHydration(page);
      await expectNoViolations(page, `${p} at ${width}px`);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth),
        `${p} scrolls sideways`,
      ).toBeLessThanOrEqual(width);
    }
  }
}

test("the customer's order pages have no violations", async ({ page }) => {
  test.setTimeout(120_000);
  await checkAtBothWidths(
    page,
    orders.map((o) => `/orders/${o.lookupToken}`),
  );
});

for (const [email, area] of [
  ["admin@gjjahwal.example", "admin"],
  ["seogu@gjjahwal.example", "center"],
] as const) {
  test(`the ${area}'s order pages have no violations`, async ({ browser }) => {
    test.setTimeout(120_000);
    const page = await signIn(browser, email);
    await checkAtBothWidths(
      page,
      orders.map((o) => `/${area}/orders/${o.number}`),
    );
  });
}
