// Reading the webzine: home → issue → article → hashtag, the 404 page, and reading with JavaScript off.
import { brokenImages, expect, expectNoProblems, test, waitForHydration, watchPage } from "./fixtures";
import { articles, articlesMentioning, issue, sections, seededArticle } from "./seed";

const cover = seededArticle(issue.coverArticleSlug);
const haccp = seededArticle("haccp-mou");

test("home page shows the latest issue's cover story and both news sections", async ({ page }) => {
  const problems = await watchPage(page);
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  // The page is served under an enforcing CSP, so "no violations" below means something.
  expect(response?.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  await expect(page).toHaveTitle(/광주자활뉴스/);

  const main = page.getByRole("main");
  const coverHeading = main.getByRole("heading", { level: 2, name: cover.title });
  await expect(coverHeading).toBeVisible();
  await expect(coverHeading.getByRole("link")).toHaveAttribute("href", `/news/${cover.slug}`);
  await expect(main.getByText(`${issue.title} · 커버스토리`)).toBeVisible();

  for (const section of sections) {
    const region = main.getByRole("region", { name: section.name, exact: true });
    await expect(region).toBeVisible();
    // Each section lists its own articles (the cover story is featured above, not repeated).
    const expected = articles.filter((a) => a.sectionSlug === section.slug && a.slug !== cover.slug);
    for (const article of expected) {
      await expect(region.getByRole("link", { name: article.title, exact: true })).toBeVisible();
    }
    await expect(region.getByRole("link", { name: `${section.name} 더 보기` })).toHaveAttribute(
      "href",
      `/sections/${section.slug}`,
    );
  }

  await waitForHydration(page);
  expect(await brokenImages(page), "images that failed to load").toEqual([]);
  await expectNoProblems(problems);

  // A client-side navigation (single-fetch data request) to the cover story, still without errors.
  await coverHeading.getByRole("link").click();
  await expect(page).toHaveURL(`/news/${cover.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(cover.title);
  await expect(page.getByRole("region", { name: "행사 정보" })).toBeVisible();
  await expectNoProblems(problems);
});

test("the 2023년 12월호 table of contents lists every seeded article, by section and in order", async ({ page }) => {
  const response = await page.goto(`/issues/${issue.key}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: issue.title })).toBeVisible();

  let listed = 0;
  for (const section of sections) {
    const region = page.getByRole("region", { name: section.name, exact: true });
    const expected = articles.filter((a) => a.sectionSlug === section.slug).sort((a, b) => a.position - b.position);
    const links = region.getByRole("listitem").getByRole("link");
    await expect(links).toHaveCount(expected.length);
    for (const [index, article] of expected.entries()) {
      const link = links.nth(index);
      await expect(link).toHaveAttribute("href", `/news/${article.slug}`);
      await expect(link).toContainText(article.title);
    }
    listed += expected.length;
  }
  expect(listed).toBe(articles.length);
  // The cover story is marked as such in the contents and featured in the aside.
  await expect(page.getByRole("link", { name: new RegExp(`커버스토리.*${escapeRegExp(cover.title)}`) })).toHaveCount(1);
  await expect(page.getByRole("complementary").getByRole("link")).toHaveAttribute("href", `/news/${cover.slug}`);
});

test("the issue archive links to the 12월호 and its contents link opens the article", async ({ page }) => {
  await page.goto("/issues");
  await page.getByRole("link", { name: issue.title, exact: true }).click();
  await expect(page).toHaveURL(`/issues/${issue.key}`);
  await page.getByRole("main").getByRole("link", { name: haccp.title }).first().click();
  await expect(page).toHaveURL(`/news/${haccp.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(haccp.title);
});

test("the cover article shows its headline, event block, body and hashtags", async ({ page }) => {
  const problems = await watchPage(page);
  const response = await page.goto(`/news/${cover.slug}`);
  expect(response?.status()).toBe(200);
  expect(response?.headers()["content-security-policy"]).toContain("script-src");

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(cover.title);
  await expect(page).toHaveTitle(new RegExp(escapeRegExp(cover.title)));

  const event = page.getByRole("region", { name: "행사 정보" });
  await expect(event).toBeVisible();
  await expect(definition(event, "일시")).toHaveText("2023. 11. 28.(화) 14:00~17:00");
  await expect(definition(event, "장소")).toHaveText("하나금융그룹 명동사옥 글로벌관");
  await expect(definition(event, "주최")).toHaveText("한국자활복지개발원");

  // Body Markdown is rendered (headings, quote) and the cover illustration carries its alt text.
  await expect(page.getByRole("heading", { level: 2, name: "청년내일저축계좌 추가서비스 희망사다리" })).toBeVisible();
  await expect(page.locator(".prose-article blockquote")).toContainText("「꿈꾸는 가계부」 광주청년지갑트레이닝센터");
  await expect(page.getByRole("img", { name: cover.coverAlt })).toBeVisible();

  const tags = page.getByRole("list", { name: "해시태그" });
  for (const tag of cover.tags) {
    await expect(tags.getByRole("link", { name: `#${tag}`, exact: true })).toHaveAttribute(
      "href",
      `/tags/${encodeURIComponent(tag)}`,
    );
  }

  await waitForHydration(page);
  expect(await brokenImages(page), "images that failed to load").toEqual([]);
  await expectNoProblems(problems);
});

test("following #HACCP from the HACCP MOU article lists that article on /tags/HACCP", async ({ page }) => {
  await page.goto(`/news/${haccp.slug}`);
  await waitForHydration(page);
  await page.getByRole("list", { name: "해시태그" }).getByRole("link", { name: "#HACCP", exact: true }).click();

  await expect(page).toHaveURL("/tags/HACCP");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("#HACCP");
  const expected = articles.filter((a) => a.tags.includes("HACCP"));
  await expect(page.getByText(`소식 ${expected.length}건`)).toBeVisible();
  const cards = page.getByRole("main").getByRole("article");
  await expect(cards).toHaveCount(expected.length);
  await expect(page.getByRole("link", { name: haccp.title, exact: true })).toHaveAttribute(
    "href",
    `/news/${haccp.slug}`,
  );
});

test("a Korean hashtag URL works too (/tags/청년)", async ({ page }) => {
  const response = await page.goto(`/tags/${encodeURIComponent("청년")}`);
  expect(response?.status()).toBe(200);
  const expected = articles.filter((a) => a.tags.includes("청년"));
  await expect(page.getByRole("main").getByRole("article")).toHaveCount(expected.length);
  for (const article of expected) {
    await expect(page.getByRole("link", { name: article.title, exact: true })).toBeVisible();
  }
});

test("an unknown URL answers 404 with the Korean error page", async ({ page }) => {
  const response = await page.goto("/no-such-page-e2e");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "페이지를 찾을 수 없습니다" })).toBeVisible();
  await expect(page.getByRole("link", { name: "홈으로" })).toHaveAttribute("href", "/");
  await expect(page).toHaveTitle(/찾을 수 없/);
});

test("an unknown article slug answers 404 too", async ({ page }) => {
  const response = await page.goto("/news/no-such-article");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "페이지를 찾을 수 없습니다" })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an article can be read and navigated with plain links", async ({ page }) => {
    const response = await page.goto(`/news/${cover.slug}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(cover.title);
    await expect(definition(page.getByRole("region", { name: "행사 정보" }), "장소")).toHaveText(
      "하나금융그룹 명동사옥 글로벌관",
    );
    await expect(page.locator(".prose-article")).toContainText("재무설계 워크숍");
    // Styles still apply (the stylesheet is a plain <link>): the skip link is visually hidden.
    await expect(page.getByRole("link", { name: "본문 바로가기" })).not.toBeInViewport();

    // Plain link navigation: hashtag → tag page.
    await page.getByRole("link", { name: "#희망사다리", exact: true }).click();
    await expect(page).toHaveURL(`/tags/${encodeURIComponent("희망사다리")}`);
    await expect(page.getByRole("link", { name: cover.title, exact: true })).toBeVisible();
  });

  test("the header search form works as a plain GET form", async ({ page }) => {
    await page.goto("/");
    const form = page.getByRole("search", { name: "사이트 검색" });
    await form.getByLabel("소식 검색", { exact: true }).fill("청년");
    await form.getByRole("button", { name: "검색" }).click();
    await expect(page).toHaveURL(/\/search\?q=%EC%B2%AD%EB%85%84$/);
    await expect(page.getByRole("status")).toContainText(`검색 결과 ${articlesMentioning("청년").length}건`);
  });
});

function definition(scope: import("@playwright/test").Locator, term: string) {
  return scope.locator(`dt:text-is("${term}") + dd`);
}

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
