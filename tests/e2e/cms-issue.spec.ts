// Producing 2024년 1월호 from the admin, then reading it: the editor creates the issue, writes an
// article with a photo and hashtags, picks the cover story and publishes the issue; a reader then
// finds it on the home page, in the issue, in /feed.xml, /sitemap.xml and in Korean search.
// Publishing a newer issue changes the home page, so playwright.config runs this file after the rest.
import sharp from "sharp";
import { signIn } from "./staff";
import { brokenImages, expect, expectNoProblems, test, waitForHydration, watchPage } from "./fixtures";

const ISSUE = { key: "2024-01", title: "2024년 1월호", tagline: "새해에도 함께 걷는 광주자활" };
const TITLE = "새해 첫 나눔 ‘해맞이떡국’ 잔치 열려";
const SLUG = "2024-new-year-tteokguk";
const UNIQUE_WORD = "해맞이떡국";
const ALT = "참여주민들이 떡국을 나누는 새해 잔치 모습";

/** A 1600×900 JPEG sunrise, drawn at test time (no binary fixture in the repository). */
function sunrisePhoto() {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900">
    <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#f9c784"/><stop offset="0.6" stop-color="#f28c28"/><stop offset="1" stop-color="#c2410c"/>
    </linearGradient></defs>
    <rect width="1600" height="900" fill="url(#sky)"/>
    <circle cx="800" cy="560" r="170" fill="#fff3d6"/>
    <path d="M0 640 Q400 520 800 640 T1600 620 V900 H0Z" fill="#0f5257"/>
    <path d="M0 740 Q500 640 1000 740 T1600 720 V900 H0Z" fill="#0b3f43"/>
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}

test("an editor produces 2024년 1월호 and a reader finds it everywhere", async ({ browser }) => {
  test.setTimeout(120_000);
  const editor = await signIn(browser, "editor@gjjahwal.example");
  const editorProblems = await watchPage(editor);

  // 1. Create the issue (a draft: nobody sees it yet).
  await editor.goto("/admin/issues");
  await waitForHydration(editor);
  await editor.getByRole("link", { name: "새 월호 만들기" }).click();
  await expect(editor.getByLabel("월호 번호")).toHaveValue(ISSUE.key);
  await editor.getByLabel("월호 이름").fill(ISSUE.title);
  await editor.getByLabel("한 줄 소개").fill(ISSUE.tagline);
  await editor.getByRole("button", { name: "월호 만들기" }).click();
  await expect(editor.getByRole("heading", { level: 1, name: ISSUE.title })).toBeVisible();
  await expect(editor.getByRole("status").filter({ hasText: "월호를 만들었습니다" })).toBeVisible();

  // 2. Write the article in that issue, with a photo and hashtags, and publish it.
  await editor.goto("/admin/articles/new");
  await waitForHydration(editor);
  await editor.getByLabel("제목", { exact: true }).fill(TITLE);
  await editor.getByLabel(/^주소/).fill(SLUG);
  await editor.getByLabel("요약").fill("광역센터 마당에서 참여주민과 이웃 200명이 떡국을 나누며 새해를 맞았습니다.");
  await editor
    .getByLabel("본문 쓰기")
    .fill(`## ${UNIQUE_WORD} 잔치\n\n1월 2일 아침, 참여주민들이 끓인 **떡국 200그릇**을 이웃과 나눴습니다.`);
  await editor.getByLabel("섹션").selectOption({ label: "광역자활센터 소식" });
  await editor.getByRole("combobox", { name: /^월호/ }).selectOption({ label: `${ISSUE.title} (발행 전)` });
  await editor.getByLabel("해시태그").fill("#새해 #떡국나눔");
  await editor.getByLabel(/사진 올리기/).setInputFiles({
    name: "sunrise.jpg",
    mimeType: "image/jpeg",
    buffer: await sunrisePhoto(),
  });
  await editor.getByLabel("대체 텍스트").fill(ALT);
  await editor.getByRole("button", { name: "발행하기" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "발행했습니다" })).toBeVisible();
  await expect(editor.getByRole("img", { name: ALT })).toBeVisible();

  // Published, but its issue is not: readers can't see it yet.
  const reader = await (await browser.newContext()).newPage();
  expect((await reader.goto(`/news/${SLUG}`))?.status()).toBe(404);

  // 3. Pick the cover story and publish the issue.
  await editor.goto(`/admin/issues/${ISSUE.key}`);
  await waitForHydration(editor);
  const order = editor.getByRole("region", { name: "기사 순서" });
  await expect(order.getByRole("link", { name: TITLE })).toBeVisible();
  await editor.getByLabel("커버스토리").selectOption({ label: `${TITLE} (발행)` });
  await editor.getByRole("button", { name: "커버스토리 저장" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "커버스토리를 저장했습니다" })).toBeVisible();
  const publish = editor.getByRole("region", { name: "발행", exact: true });
  await expect(publish).toContainText("발행하면 기사 1건이 함께 공개됩니다.");
  await publish.getByRole("button", { name: "월호 발행하기" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "월호를 발행했습니다" })).toBeVisible();
  await expect(publish.getByRole("link", { name: "사이트에서 보기" })).toBeVisible();
  await expectNoProblems(editorProblems);

  // 4. A reader finds it on the home page (public pages may be cached for a few seconds)…
  const problems = await watchPage(reader);
  await expect(async () => {
    await reader.goto("/");
    await expect(reader.getByRole("heading", { level: 2, name: TITLE })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await expect(reader.getByRole("main").getByText(`${ISSUE.title} · 커버스토리`)).toBeVisible();
  const hero = reader.locator('main img[srcset*="/uploads/images/"]').first();
  await expect(hero).toHaveAttribute("srcset", /-320w\.webp 320w, .*-1600w\.webp 1600w$/);
  await expect(hero).toHaveAttribute("width", "1600");
  await expect(hero).toHaveAttribute("height", "900");
  expect(await brokenImages(reader), "images that failed to load").toEqual([]);
  expect(await hero.evaluate((img: HTMLImageElement) => img.currentSrc)).toMatch(/\.webp$/);

  // A one-article issue leaves the home page full: the December issue and standalone news stay on it.
  await expect(reader.getByRole("heading", { level: 2, name: "지난 호 · 2023년 12월호" })).toBeVisible();
  await expect(reader.getByRole("main").getByRole("link", { name: /청년내일저축계좌 추가/ })).toBeVisible();
  for (const width of [390, 1280]) {
    await reader.setViewportSize({ width, height: 900 });
    await reader.screenshot({ path: test.info().outputPath(`home-thin-issue-${width}.png`), fullPage: true });
  }

  // …in the issue…
  await reader.getByRole("main").getByRole("link", { name: ISSUE.title }).first().click();
  await expect(reader).toHaveURL(`/issues/${ISSUE.key}`);
  await expect(reader.getByRole("heading", { level: 1, name: ISSUE.title })).toBeVisible();
  await expect(reader.getByRole("main").getByText(ISSUE.tagline)).toBeVisible();
  await reader
    .getByRole("main")
    .getByRole("link", { name: new RegExp(TITLE) })
    .first()
    .click();

  // …as an article with its photo, hashtags and an og:image of the upload…
  await expect(reader.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  await expect(reader.getByRole("img", { name: ALT })).toHaveAttribute("srcset", /\.webp 320w/);
  await expect(reader.getByRole("list", { name: "해시태그" })).toContainText("#떡국나눔");
  await expect(reader.locator('meta[property="og:image"]')).toHaveAttribute(
    "content",
    /^http:\/\/localhost:\d+\/uploads\/images\/\S+\.jpg$/,
  );
  expect(await brokenImages(reader)).toEqual([]);
  await expectNoProblems(problems);

  // …in the archive, the feed, the sitemap and Korean search.
  await reader.goto("/issues");
  await expect(reader.getByRole("heading", { level: 2, name: ISSUE.title })).toBeVisible();
  const feed = await reader.request.get("/feed.xml");
  expect(await feed.text()).toContain(TITLE);
  const sitemap = await reader.request.get("/sitemap.xml");
  expect(await sitemap.text()).toContain(`/news/${SLUG}</loc>`);
  await reader.goto(`/search?q=${encodeURIComponent(UNIQUE_WORD)}`);
  await expect(reader.getByRole("main").getByRole("link", { name: TITLE })).toHaveAttribute("href", `/news/${SLUG}`);
  await reader.goto(`/tags/${encodeURIComponent("떡국나눔")}`);
  await expect(reader.getByRole("main").getByRole("link", { name: TITLE })).toBeVisible();
});
