import AxeBuilder from "@axe-core/playwright";
import { test } from "@playwright/test";
for (const path of ["/", "/news/youth-savings-excellence-2023", "/shop", "/search?q=%EC%B2%AD%EB%85%84", "/centers/seogu", "/issues/2023-12"]) {
  test(`probe ${path}`, async ({ page }) => {
    await page.goto(path);
    const r = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    console.log(path, "passes", r.passes.map((p) => `${p.id}:${p.nodes.length}`).join(" "));
    for (const v of r.incomplete) console.log(path, "INCOMPLETE", v.id, v.nodes.length, v.nodes.slice(0, 6).map((n) => n.target.join(" ") + " :: " + (n.any[0]?.message ?? "")).join("\n   "));
  });
}
