// Korean search in the browser: type-ahead with JavaScript, the plain form without it, and the "혹시 …?"
// suggestion page (axe at phone and desktop widths, with a screenshot to look at).
import { expectNoViolations } from "./axe";
import { expect, test, waitForHydration } from "./fixtures";

test("type-ahead suggests hashtags for 초성 and opens the chosen one with the keyboard", async ({ page }) => {
  await page.goto("/search");
  await waitForHydration(page);
  const box = page.getByRole("main").getByRole("combobox", { name: "검색어" });
  await box.fill("ㅊㄴ");
  const list = page.getByRole("listbox", { name: "추천 검색어" });
  await expect(list.getByRole("option").first()).toHaveText("해시태그#청년");
  await expect(box).toHaveAttribute("aria-expanded", "true");
  await box.press("ArrowDown");
  await expect(box).toHaveAttribute(
    "aria-activedescendant",
    (await list.getByRole("option").first().getAttribute("id")) ?? "",
  );
  await box.press("Enter");
  await expect(page).toHaveURL(`/search?q=${encodeURIComponent("#청년")}`);
  await expect(page.getByRole("status")).toHaveText(/‘#청년’ 검색 결과 [1-9]\d*건/);
  await expect(box).toHaveValue("#청년");

  // Escape closes the list; Enter then submits what was typed.
  await box.fill("맛사랑이");
  await expect(list.getByRole("option", { name: /맛사랑/ }).first()).toBeVisible();
  await box.press("Escape");
  await expect(list).toBeHidden();
  await box.press("Enter");
  await expect(page).toHaveURL(`/search?q=${encodeURIComponent("맛사랑이")}`);
  await expect(page.getByRole("status")).toHaveText("‘맛사랑이’ 검색 결과 2건");
  await expect(page.getByText("‘맛사랑이’ 대신 ‘맛사랑’으로 찾은 결과입니다.")).toBeVisible();
});

test("a product suggestion from the header opens the product", async ({ page }) => {
  await page.goto("/");
  await waitForHydration(page);
  await page.getByRole("banner").getByRole("combobox", { name: "소식 검색" }).fill("김자");
  await page.getByRole("option", { name: /상품.*김자반/ }).click();
  await expect(page).toHaveURL("/shop/naechingu-gim-jaban");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the plain form searches with particles stripped and hashtags understood", async ({ page }) => {
    await page.goto("/search");
    const box = page.getByRole("main").getByRole("searchbox", { name: "검색어" });
    await expect(page.getByRole("combobox")).toHaveCount(0);
    await box.fill("자활센터를");
    await box.press("Enter");
    await expect(page).toHaveURL(`/search?q=${encodeURIComponent("자활센터를")}`);
    await expect(page.getByRole("status")).toHaveText("‘자활센터를’ 검색 결과 15건");
    await expect(page.getByText("‘자활센터를’ 대신 ‘자활센터’로 찾은 결과입니다.")).toBeVisible();

    await page.getByRole("main").getByRole("searchbox", { name: "검색어" }).fill("MOU");
    await page.getByRole("main").getByRole("button", { name: "검색" }).click();
    await expect(page.getByRole("status")).toHaveText("‘MOU’ 검색 결과 1건");
    await expect(page.getByRole("link", { name: /업무협약/ }).first()).toHaveAttribute("href", "/news/haccp-mou");
  });
});

for (const width of [390, 1280]) {
  test(`the "혹시 …?" suggestion page at ${width}px shows corrected results and has no axe violations`, async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`/search?q=${encodeURIComponent("청년내일저축게좌")}`);
    await waitForHydration(page);
    await expect(page.getByText("혹시 ‘청년내일저축계좌’를 찾으셨나요?")).toBeVisible();
    await expect(page.getByRole("status")).toHaveText("‘청년내일저축계좌’ 검색 결과 2건");
    await expect(page.getByRole("main").locator("ol h2 a")).toHaveCount(2);
    await expectNoViolations(page, `/search?q=청년내일저축게좌 at ${width}px`);
    await page.screenshot({ path: testInfo.outputPath(`search-suggestion-${width}.png`), fullPage: true });
    // The type-ahead list open over the page must pass too.
    await page.getByRole("main").getByRole("combobox", { name: "검색어" }).fill("청년");
    await expect(page.getByRole("listbox", { name: "추천 검색어" })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`search-typeahead-${width}.png`) });
    await expectNoViolations(page, `/search type-ahead at ${width}px`);
  });
}
