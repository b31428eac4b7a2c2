// Automated accessibility checks (axe-core, WCAG 2.0/2.1 A and AA) on every public page type.
import { expectNoViolations } from "./axe";
import { expect, test, waitForHydration } from "./fixtures";

const PAGES: { name: string; path: string; status?: number }[] = [
  { name: "home", path: "/" },
  { name: "issue archive", path: "/issues" },
  { name: "issue contents", path: "/issues/2023-12" },
  { name: "all news", path: "/news" },
  { name: "article", path: "/news/youth-savings-excellence-2023" },
  { name: "section", path: "/sections/regional" },
  { name: "hashtag", path: "/tags/HACCP" },
  { name: "centers", path: "/centers" },
  { name: "center", path: "/centers/seogu" },
  { name: "search results", path: `/search?q=${encodeURIComponent("청년")}` },
  { name: "empty search", path: "/search" },
  { name: "shop", path: "/shop" },
  { name: "product", path: "/shop/naechingu-gim-jaban" },
  { name: "empty cart", path: "/cart" },
  { name: "order lookup", path: "/orders/lookup" },
  { name: "404", path: "/no-such-page-e2e", status: 404 },
];

const WIDTHS = [390, 1280];

for (const { name, path, status = 200 } of PAGES) {
  test(`${name} (${decodeURIComponent(path)}) has no WCAG 2.1 AA violations at 390 and 1280 px`, async ({ page }) => {
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
      const response = await page.goto(path);
      expect(response?.status()).toBe(status);
      await waitForHydration(page);
      await expectNoViolations(page, `${path} at ${width}px`);
    }
  });
}

for (const width of WIDTHS)
  test(`a filled cart and the checkout form, also showing its errors, have no WCAG 2.1 AA violations at ${width}px`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await page.goto("/shop/naechingu-gim-gift-set");
    await waitForHydration(page);
    await page.getByRole("button", { name: "장바구니 담기" }).click();
    await expect(page.getByText("장바구니에 담았습니다")).toBeVisible();
    await page.goto("/cart");
    await waitForHydration(page);
    await expectNoViolations(page, "/cart");
    await page.goto("/checkout");
    await waitForHydration(page);
    await expectNoViolations(page, "/checkout");
    await page.getByRole("button", { name: /결제하기/ }).click();
    await expect(page.getByText("이메일을 입력해 주세요.").first()).toBeVisible();
    await expectNoViolations(page, "/checkout (errors)");
  });

test("the skip link is the first tab stop and moves focus to the main content", async ({ page }) => {
  await page.goto("/news/haccp-mou");
  await waitForHydration(page);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "본문 바로가기" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport(); // visible once focused
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
});

test("the two search forms on /search are told apart by name", async ({ page }) => {
  await page.goto(`/search?q=${encodeURIComponent("청년")}`);
  await expect(page.getByRole("search")).toHaveCount(2);
  await expect(page.getByRole("search", { name: "사이트 검색" })).toHaveCount(1);
  await expect(page.getByRole("search", { name: "다시 검색" })).toHaveCount(1);
});
