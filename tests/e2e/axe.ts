// axe-core checks (WCAG 2.0/2.1 A and AA) shared by the accessibility specs.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

export async function expectNoViolations(page: Page, path: string) {
  // resultTypes: full detail for violations only (passes keep one node per rule). Legacy mode runs
  // axe.run() in the page itself instead of opening a second page for finishRun(): the site has no
  // iframes, and it halves the time per page. (options() replaces the whole options object, so it
  // must come before withTags().)
  const results = await new AxeBuilder({ page })
    .setLegacyMode()
    .options({ resultTypes: ["violations"] })
    .withTags(WCAG_TAGS)
    .analyze();
  const violations = results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => `${n.target.join(" ")} — ${n.failureSummary?.replace(/\s+/g, " ")}`),
  }));
  expect(violations, `axe violations on ${path}`).toEqual([]);
  // Guard against a vacuous pass: exactly the WCAG rule set ran, and it actually checked things.
  expect(results.toolOptions.runOnly).toEqual({ type: "tag", values: WCAG_TAGS });
  expect(results.passes.length).toBeGreaterThan(10);
}
