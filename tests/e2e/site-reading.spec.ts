// The reading experience beyond axe: new page types at phone and desktop widths, sharing and calendar
// buttons, route announcements, focus after actions, contrast of focus rings and input borders, the
// cart at 320 px, and printing an article.
import { expectNoViolations } from "./axe";
import { expect, test, waitForHydration } from "./fixtures";
import { signIn, PHONE } from "./staff";

const ARTICLE = "/news/youth-savings-excellence-2023";
const NEW_PAGES = [
  { name: "events", path: "/events" },
  { name: "hashtags", path: "/tags" },
  { name: "article with sharing and calendar", path: ARTICLE },
  { name: "regional center", path: "/centers/gwangju" },
  { name: "issue with closing greeting", path: "/issues/2023-12" },
  { name: "unknown article", path: "/news/no-such-article-e2e", status: 404 },
];

for (const width of [390, 1280]) {
  for (const { name, path, status = 200 } of NEW_PAGES) {
    test(`${name} at ${width}px has no WCAG 2.1 AA violations`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      expect((await page.goto(path))?.status()).toBe(status);
      await waitForHydration(page);
      await expectNoViolations(page, `${path} @${width}`);
    });
  }
}

test("an article offers 링크 복사 and calendar entries, and no 카카오톡 button without a Kakao key", async ({
  page,
  context,
}, testInfo) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(ARTICLE);
    await waitForHydration(page);
    const share = page.getByRole("region", { name: "이 기사 공유하기" });
    await expect(share.getByRole("button", { name: "링크 복사" })).toBeVisible();
    await expect(share.getByRole("button", { name: "카카오톡 공유" })).toHaveCount(0);
    const ics = page.getByRole("link", { name: /일정을 캘린더에 추가 \(\.ics/ });
    await expect(ics).toHaveAttribute("href", `${ARTICLE}/calendar.ics`);
    await expect(page.getByRole("link", { name: /Google 캘린더/ })).toHaveAttribute("href", /calendar\.google\.com/);
    await expect(page.getByText("글 · 광주광역자활센터")).toBeVisible();
    await ics.scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath(`article-share-${width}.png`), animations: "disabled" });
  }
  await page.getByRole("button", { name: "링크 복사" }).click();
  await expect(page.getByRole("status").filter({ hasText: "기사 주소를 복사했습니다." })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/news\/youth-savings-excellence-2023$/);
});

test("client-side navigation is announced and moves focus to the new page's content", async ({ page }) => {
  await page.goto("/");
  await waitForHydration(page);
  await page.getByRole("navigation", { name: "주 메뉴" }).getByRole("link", { name: "행사 일정" }).click();
  await expect(page).toHaveURL("/events");
  await expect(page.locator("[data-route-announcer]")).toHaveText("행사 일정 | 광주자활뉴스 페이지로 이동했습니다.");
  await expect(page.getByRole("main")).toBeFocused();
});

test("focus lands on the outcome after 장바구니 담기, and /cart never scrolls sideways at 320px", async ({ page }) => {
  await page.goto("/shop/naechingu-gim-jaban");
  await waitForHydration(page);
  await page.getByRole("button", { name: "장바구니 담기" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText("장바구니에 담았습니다")).toBeVisible();
  // Focus moves once the action's answer has rendered, which can be a moment after the message shows.
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ""))
    .toContain("장바구니에 담았습니다");
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto("/cart");
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test("focus rings and input borders reach 3:1, and the logo's name contains its visible text", async ({ page }) => {
  await page.goto("/search");
  await waitForHydration(page);
  const contrast = await page.evaluate(() => {
    const luminance = (rgb: string) => {
      const [r, g, b] = rgb
        .match(/\d+/g)!
        .slice(0, 3)
        .map((v) => {
          const c = Number(v) / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const ratio = (a: string, b: string) => {
      const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m);
      return (x! + 0.05) / (y! + 0.05);
    };
    const page = getComputedStyle(document.body).backgroundColor;
    const input = document.querySelector<HTMLInputElement>("#site-search")!;
    return { border: ratio(getComputedStyle(input).borderTopColor, "rgb(255, 255, 255)"), page };
  });
  expect(contrast.border).toBeGreaterThanOrEqual(3);
  await page.keyboard.press("Tab"); // the skip link
  const ring = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineColor);
  expect(ring).toBe("rgb(154, 52, 18)"); // orange-700: 7:1 on the paper background
  const logo = page.getByRole("link", { name: /광주자활뉴스/ }).first();
  await expect(logo).toHaveAccessibleName(/광주광역자활센터 웹진\s*광주자활뉴스/);
});

test("an article prints without the site chrome, sharing or related cards", async ({ page }) => {
  await page.goto(ARTICLE);
  await waitForHydration(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator("body > header")).toBeHidden();
  await expect(page.locator("body > footer")).toBeHidden();
  await expect(page.getByRole("region", { name: "이 기사 공유하기" })).toBeHidden();
  await expect(page.getByRole("heading", { name: "함께 읽으면 좋은 소식" })).toBeHidden();
});

test("the editor's preview scrolls by keyboard and the sticky save bar never covers the focused field", async ({
  browser,
}) => {
  const page = await signIn(browser, "editor@gjjahwal.example", PHONE);
  await page.goto("/admin/articles/new");
  await waitForHydration(page);
  const preview = page.getByRole("region", { name: /미리보기/ }).last();
  await expect(preview).toHaveAttribute("tabindex", "0");
  // Tab through the form: no focused field may sit under the sticky bar.
  const bar = page.locator("[data-sticky-bar]");
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press("Tab");
    const hidden = await page.evaluate(() => {
      const focused = document.activeElement as HTMLElement | null;
      const stickyBar = document.querySelector("[data-sticky-bar]");
      if (!focused || !stickyBar || stickyBar.contains(focused)) return false;
      const f = focused.getBoundingClientRect();
      const b = stickyBar.getBoundingClientRect();
      return f.bottom > b.top && f.top < b.bottom;
    });
    expect(hidden, `tab stop ${i} is under the sticky bar`).toBe(false);
  }
  await expect(bar).toBeVisible();
});
