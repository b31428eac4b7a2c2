// Layout at phone and desktop widths: no page may scroll sideways. With E2E_SCREENSHOTS=1 each page
// is also saved as a full-page JPEG under test-results/e2e/ for a human to look at (no pixel diffing).
import { expect, test } from "./fixtures";

const PAGES = [
  { name: "home", path: "/" },
  { name: "issue", path: "/issues/2023-12" },
  { name: "article", path: "/news/youth-savings-excellence-2023" },
  { name: "search", path: `/search?q=${encodeURIComponent("청년")}` },
];
const WIDTHS = [390, 1280];
const SAVE = Boolean(process.env.E2E_SCREENSHOTS);

for (const width of WIDTHS) {
  test(`no sideways scrolling at ${width}px${SAVE ? " (with screenshots)" : ""}`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width, height: 900 });
    for (const { name, path } of PAGES) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${path} scrolls sideways at ${width}px`).toBeLessThanOrEqual(0);
      if (!SAVE) continue;
      const file = testInfo.outputPath(`${name}-${width}.jpeg`);
      await page.screenshot({ path: file, fullPage: true, type: "jpeg", quality: 70, animations: "disabled" });
    }
  });
}
