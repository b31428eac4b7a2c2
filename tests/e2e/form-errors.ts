// Checks of a refused form as a screen-reader user meets it: the error summary has the focus, each bad
// field is aria-invalid and its message is reachable through aria-describedby.
import type { Locator, Page } from "@playwright/test";
import { expect } from "./fixtures";

export const SUMMARY_HEADING = /^입력 내용을 확인해 주세요/;

/** The summary box of a refused submit: focused, labelled by its heading, one link per bad field. */
export async function expectErrorSummaryFocused(page: Page, fieldCount: number) {
  const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: SUMMARY_HEADING }) });
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("heading", { name: SUMMARY_HEADING })).toHaveText(new RegExp(`\\(${fieldCount}곳\\)`));
  await expect(summary.getByRole("link")).toHaveCount(fieldCount);
  // Its accessible name comes from the heading (aria-labelledby).
  const labelledBy = await summary.getAttribute("aria-labelledby");
  expect(labelledBy).toBeTruthy();
  await expect(page.locator(`[id="${labelledBy}"]`)).toHaveText(SUMMARY_HEADING);
  return summary;
}

/** The texts of the elements a control's aria-describedby points at. */
export async function describedBy(control: Locator): Promise<string[]> {
  const ids = ((await control.getAttribute("aria-describedby")) ?? "").split(/\s+/).filter(Boolean);
  const page = control.page();
  const texts: string[] = [];
  for (const id of ids) texts.push(((await page.locator(`[id="${id}"]`).textContent()) ?? "").trim());
  return texts;
}

/** A bad field: aria-invalid, its message shown beside it and reachable via aria-describedby. */
export async function expectFieldError(control: Locator, message: string | RegExp) {
  await expect(control).toHaveAttribute("aria-invalid", "true");
  const texts = await describedBy(control);
  expect(
    texts.some((t) => (typeof message === "string" ? t.includes(message) : message.test(t))),
    texts.join(" | "),
  ).toBe(true);
}

/** A link of the summary moves the focus to its field. */
export async function followSummaryLink(summary: Locator, message: string, control: Locator) {
  await summary.getByRole("link", { name: message }).click();
  await expect(control).toBeFocused();
}

/** A message beside its field, not the same words repeated as a link in the error summary. */
export function fieldMessage(scope: Page | Locator, text: string) {
  return scope.getByText(text).and(scope.locator(":not(a)"));
}
