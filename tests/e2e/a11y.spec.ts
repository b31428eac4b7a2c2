// Automated accessibility checks (axe-core, WCAG 2.0/2.1 A and AA) on every public page type.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, waitForHydration } from "./fixtures";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

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
  { name: "404", path: "/no-such-page-e2e", status: 404 },
];

for (const { name, path, status = 200 } of PAGES) {
  test(`${name} (${decodeURIComponent(path)}) has no WCAG 2.1 AA violations`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(status);
    await waitForHydration(page);
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    const violations = results.violations.map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(" ")} — ${n.failureSummary?.replace(/\s+/g, " ")}`),
    }));
    expect(violations, `axe violations on ${path}`).toEqual([]);
    // Guard against a vacuous pass (e.g. an empty document): axe must actually have checked things.
    expect(results.passes.length).toBeGreaterThan(10);
  });
}
