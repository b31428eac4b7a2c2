// A refused checkout at 390 px, with and without JavaScript: the error summary takes the focus and lists
// every bad field; each field keeps its message beside it, linked through aria-describedby.
import { test, expect, waitForHydration } from "./fixtures";
import { addToCart } from "./shop-steps";
import { describedBy, expectErrorSummaryFocused, expectFieldError, followSummaryLink } from "./form-errors";
import type { Page } from "@playwright/test";

async function submitBadCheckout(page: Page, js: boolean) {
  await page.setViewportSize({ width: 390, height: 844 });
  await addToCart(page, "naechingu-gim-jaban", "1봉", js);
  await page.goto("/checkout");
  if (js) await waitForHydration(page);
  await page.getByLabel("휴대전화").fill("12");
  await page.getByLabel("이메일").fill("minji@");
  await page.getByLabel("주소", { exact: true }).fill("광주광역시 서구 화정로 149");
  await page.getByRole("button", { name: /결제하기$/ }).click();
}

for (const js of [true, false]) {
  test.describe(js ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled: js });

    test("a refused checkout focuses the error summary; every message sits beside its field", async ({ page }) => {
      await submitBadCheckout(page, js);
      // 이름, 휴대전화, 이메일, 우편번호 and the five consents.
      const summary = await expectErrorSummaryFocused(page, 9);
      await expect(summary).toContainText("주문하시는 분의 이름을 입력해 주세요.");

      const phone = page.getByLabel("휴대전화");
      await expectFieldError(page.getByLabel("이름").first(), "주문하시는 분의 이름을 입력해 주세요.");
      await expectFieldError(phone, "휴대전화 번호를 010-1234-5678 형식으로 입력해 주세요.");
      await expectFieldError(page.getByLabel("이메일"), "이메일 주소를 정확히 입력해 주세요.");
      await expectFieldError(page.getByLabel("우편번호"), "우편번호를 입력해 주세요.");
      await expectFieldError(page.getByLabel("이용약관 동의"), "이용약관에 동의해 주세요.");
      // The hint stays described too, and what was typed is kept.
      expect(await describedBy(phone)).toContain("숫자만 입력해도 됩니다");
      await expect(phone).toHaveValue("12");
      await expect(page.getByLabel("주소", { exact: true })).toHaveValue("광주광역시 서구 화정로 149");
      // A field that was right is not marked.
      await expect(page.getByLabel("주소", { exact: true })).not.toHaveAttribute("aria-invalid", "true");

      await followSummaryLink(summary, "이메일 주소를 정확히 입력해 주세요.", page.getByLabel("이메일"));
      // Nothing scrolls sideways at 390 px with the summary open.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    });

    test("a login the server refuses focuses its message and keeps the address typed", async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto("/login");
      if (js) await waitForHydration(page);
      await page.getByLabel("이메일").fill("nobody@example.kr");
      await page.getByLabel("비밀번호").fill("not-the-password");
      await page.getByRole("button", { name: "로그인" }).click();
      const alert = page.getByRole("alert");
      await expect(alert).toBeFocused();
      await expect(alert).not.toBeEmpty();
      await expect(page.getByLabel("이메일")).toHaveValue("nobody@example.kr");
    });
  });
}
