// 웹진 구독 in the browser: the form without JavaScript (errors beside the fields, what was typed kept), axe on
// the new pages at phone and desktop widths, and the 월호 mail's HTML rendered in Chromium for a screenshot.
import { expectNoViolations } from "./axe";
import { expect, test, waitForHydration } from "./fixtures";
import { fieldMessage } from "./form-errors";
import { signIn } from "./staff";

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the subscription form explains what is missing, keeps the address and then confirms the request", async ({
    page,
  }) => {
    await page.goto("/newsletter");
    const form = page.getByRole("main");
    await form.getByLabel("이메일 주소", { exact: true }).fill("e2e-reader@example.kr");
    await form.getByRole("button", { name: "구독 신청" }).click();
    await expect(fieldMessage(form, "이메일 주소 이용에 동의해야 구독할 수 있습니다.")).toBeVisible();
    await expect(form.getByLabel("이메일 주소", { exact: true })).toHaveValue("e2e-reader@example.kr");
    await form.getByRole("checkbox", { name: /광주자활뉴스 발송에만 이용하는 데 동의합니다/ }).check();
    await form.getByRole("button", { name: "구독 신청" }).click();
    await expect(page).toHaveURL("/newsletter?sent=1");
    await expect(page.getByRole("status")).toContainText("확인 메일을 보냈습니다.");
  });
});

for (const width of [390, 1280]) {
  test(`the subscription page at ${width}px has no axe violations, errors shown`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/newsletter");
    await waitForHydration(page);
    await expectNoViolations(page, `/newsletter at ${width}px`);
    await page.getByRole("main").getByRole("button", { name: "구독 신청" }).click();
    await expect(fieldMessage(page, "이메일 주소를 입력해 주세요.")).toBeVisible();
    await expectNoViolations(page, `/newsletter with errors at ${width}px`);
  });
}

test("the editor's newsletter admin passes axe, and the 월호 mail preview renders as a Korean reader sees it", async ({
  browser,
}, testInfo) => {
  const page = await signIn(browser, "editor@gjjahwal.example");
  await page.goto("/admin/newsletter");
  await expect(page.getByRole("heading", { level: 1, name: "웹진 구독" })).toBeVisible();
  await expect(page.getByRole("link", { name: "CSV 내려받기" })).toBeVisible();
  await expectNoViolations(page, "/admin/newsletter");

  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/admin/newsletter/preview/2023-12");
    await expect(page.getByRole("heading", { level: 1, name: "2023년 12월호" })).toBeVisible();
    await expect(page.getByRole("link", { name: "커버스토리 읽기" })).toBeVisible();
    await expect(page.getByRole("link", { name: "구독 해지" })).toBeVisible();
    // Every picture of the mail loads (absolute URLs of this site).
    const broken = await page
      .locator("img")
      .evaluateAll((imgs) =>
        imgs.filter((img) => !(img as HTMLImageElement).naturalWidth).map((img) => (img as HTMLImageElement).src),
      );
    expect(broken).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath(`newsletter-mail-${width}.png`), fullPage: true });
  }
});
