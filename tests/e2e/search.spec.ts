// Searching from the header form, checked against what the seed content actually says.
import type { Page } from "@playwright/test";
import { expect, test, waitForHydration } from "./fixtures";
import { articlesMentioning, seededArticle } from "./seed";

const PAGE_SIZE = 10; // SEARCH_PAGE_SIZE in app/search/search.server.ts

async function searchFromHeader(page: Page, term: string) {
  await page.goto("/");
  await waitForHydration(page);
  const form = page.getByRole("banner").getByRole("search", { name: "사이트 검색" });
  await form.getByLabel("소식 검색", { exact: true }).fill(term);
  await form.getByRole("button", { name: "검색" }).click();
  await expect(page).toHaveURL(`/search?q=${encodeURIComponent(term)}`);
}

/** Slugs of the result links on the current page, in order. */
async function resultSlugs(page: Page) {
  const hrefs = await page
    .getByRole("main")
    .getByRole("listitem")
    .getByRole("heading")
    .getByRole("link")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  return hrefs.map((href) => href.replace(/^\/news\//, ""));
}

test("searching 청년 finds exactly the articles that mention it, 청년내일저축계좌 stories included", async ({
  page,
}) => {
  const expected = articlesMentioning("청년");
  expect(expected.length).toBeGreaterThan(0);
  await searchFromHeader(page, "청년");

  await expect(page.getByRole("status")).toHaveText(`‘청년’ 검색 결과 ${expected.length}건`);
  expect((await resultSlugs(page)).sort()).toEqual(expected.map((a) => a.slug).sort());

  const savings = expected.filter((a) => a.tags.includes("청년내일저축계좌"));
  expect(savings.map((a) => a.slug).sort()).toEqual(["sopung-gil-healing", "youth-savings-excellence-2023"]);
  for (const article of savings) {
    await expect(page.getByRole("link", { name: article.title, exact: true })).toHaveAttribute(
      "href",
      `/news/${article.slug}`,
    );
  }
  // The matched word is highlighted, and the query stays in the search boxes.
  await expect(page.getByRole("main").locator("h2 mark").first()).toHaveText("청년");
  await expect(page.getByRole("banner").getByLabel("소식 검색", { exact: true })).toHaveValue("청년");
  await expect(page.getByRole("main").getByLabel("검색어", { exact: true })).toHaveValue("청년");

  // A hit opens its article.
  await page.getByRole("link", { name: savings[0]!.title, exact: true }).click();
  await expect(page).toHaveURL(`/news/${savings[0]!.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(savings[0]!.title);
});

test("searching 자활센터 finds every article that mentions it, over two pages, title match first", async ({ page }) => {
  const expected = articlesMentioning("자활센터");
  expect(expected.length).toBeGreaterThan(PAGE_SIZE); // the seed is big enough to need page 2
  await searchFromHeader(page, "자활센터");

  await expect(page.getByRole("status")).toHaveText(`‘자활센터’ 검색 결과 ${expected.length}건`);
  const firstPage = await resultSlugs(page);
  expect(firstPage).toHaveLength(PAGE_SIZE);
  // Title matches weigh most: the articles with 자활센터 in their title (the facility monitoring
  // story and the 광주광역자활센터 HACCP MOU) come before those that only mention it in the text.
  const titleMatches = expected.filter((a) => a.title.includes("자활센터")).map((a) => a.slug);
  expect(titleMatches.sort()).toEqual(["asset-fund-facility-monitoring", "haccp-mou"]);
  expect(firstPage.slice(0, titleMatches.length).sort()).toEqual(titleMatches);
  await expect(
    page.getByRole("link", { name: seededArticle("asset-fund-facility-monitoring").title, exact: true }),
  ).toBeVisible();

  const pager = page.getByRole("navigation", { name: "페이지 이동" });
  await pager.getByRole("link", { name: "다음" }).click();
  await expect(page).toHaveURL(`/search?q=${encodeURIComponent("자활센터")}&page=2`);
  await expect(pager.locator('[aria-current="page"]')).toHaveText("2");
  const secondPage = await resultSlugs(page);
  expect(secondPage).toHaveLength(expected.length - PAGE_SIZE);

  const all = [...firstPage, ...secondPage];
  expect(new Set(all).size).toBe(all.length); // no article on both pages
  expect(all.sort()).toEqual(expected.map((a) => a.slug).sort());
});

test("a search with no hits says so, and the empty search page explains what to do", async ({ page }) => {
  await page.goto(`/search?q=${encodeURIComponent("존재하지않는낱말")}`);
  await expect(page.getByRole("status")).toHaveText("‘존재하지않는낱말’ 검색 결과 0건");
  await expect(page.getByText("검색 결과가 없습니다.")).toBeVisible();

  await page.goto("/search");
  await expect(page.getByRole("heading", { level: 1, name: "검색" })).toBeVisible();
  await expect(page.getByRole("status")).toHaveCount(0);
  await expect(page.getByText("찾고 싶은 소식의 낱말을 입력해 주세요.", { exact: false })).toBeVisible();
});
