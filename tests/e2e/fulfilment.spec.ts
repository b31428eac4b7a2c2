// One order, two producing centers: each center's staff sees and ships only its part, the customer
// follows both parcels, and the regional center refunds one center's part.
import type { Page } from "@playwright/test";
import { SECOND_CENTER_PRODUCT } from "../support/shop";
import { expect, expectNoProblems, test, watchPage } from "./fixtures";
import { buyOrder } from "./shop-steps";
import { PHONE, signIn } from "./staff";

/** On the center dashboard: 발주확인 the order, then ship it from the 상품준비중 tab. */
async function acceptAndShip(page: Page, orderNumber: string, courier: string, tracking: string) {
  await expect(page).toHaveURL(/\/center$/);
  const card = page.getByRole("listitem").filter({ hasText: orderNumber });
  await card.getByRole("button", { name: "발주확인" }).click();
  await expect(page.getByRole("status")).toHaveText("1건을 발주확인했습니다.");
  // The card the user acted on is gone: focus moves to the outcome, not to the page body.
  await expect(page.getByRole("status").locator("xpath=..")).toBeFocused();
  await page.getByRole("link", { name: /^상품준비중/ }).click();
  const ready = page.getByRole("listitem").filter({ hasText: orderNumber });
  await ready.getByLabel("택배사").selectOption({ label: courier });
  await ready.getByLabel("송장번호").fill(tracking);
  await ready.getByRole("button", { name: "발송 처리" }).click();
  await expect(page.getByRole("status")).toContainText("발송 처리했습니다");
  await page.getByRole("link", { name: /^배송중/ }).click();
  await expect(page.getByRole("listitem").filter({ hasText: orderNumber })).toContainText(tracking.replace(/\D/g, ""));
}

test("two centers fulfil their parts of one order; the customer tracks both; admin refunds one part", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const problems = await watchPage(page);

  // The customer buys from 서구 and 광산 at once.
  const orderNumber = await buyOrder(page);
  const orderPage = page.url();

  // 서구 sees only its 김자반, never 광산's cookie.
  const seogu = await signIn(browser, "seogu@gjjahwal.example", PHONE);
  const seoguCard = seogu.getByRole("listitem").filter({ hasText: orderNumber });
  await expect(seoguCard).toContainText("김자반");
  await expect(seoguCard).not.toContainText(SECOND_CENTER_PRODUCT.name);
  await expect(seoguCard).toContainText("김민지");
  await acceptAndShip(seogu, orderNumber, "CJ대한통운", "6012-3456-7890");

  await page.goto(orderPage);
  await expect(page.getByText("부분배송중").first()).toBeVisible();
  await expect(page.getByRole("link", { name: /배송 ?조회/ })).toHaveCount(1);

  // 광산 sees only its cookie.
  const gwangsan = await signIn(browser, "gwangsan@gjjahwal.example", PHONE);
  const gwangsanCard = gwangsan.getByRole("listitem").filter({ hasText: orderNumber });
  await expect(gwangsanCard).toContainText(SECOND_CENTER_PRODUCT.name);
  await expect(gwangsanCard).not.toContainText("김자반");
  await acceptAndShip(gwangsan, orderNumber, "한진택배", "987654321098");
  // The shared order's own page shows 광산 only its part, with its history.
  await gwangsan.getByRole("link", { name: orderNumber }).click();
  await expect(gwangsan.getByRole("region", { name: "처리 기록" })).toContainText("상품준비중 → 배송중");
  await expect(gwangsan.getByText("김자반")).toHaveCount(0);

  await page.goto(orderPage);
  await expect(page.getByText("배송중", { exact: true }).first()).toBeVisible();
  await expect(page.getByText("부분배송중")).toHaveCount(0);
  const links = page.getByRole("link", { name: /배송 ?조회/ });
  await expect(links).toHaveCount(2);
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  expect(hrefs.some((h) => h?.includes("cjlogistics.com") && h.includes("601234567890"))).toBe(true);
  expect(hrefs.some((h) => h?.includes("hanjin.com") && h.includes("987654321098"))).toBe(true);

  // The regional center refunds 광산's part in full (it arrived damaged).
  const admin = await signIn(browser, "admin@gjjahwal.example");
  await admin.goto(`/admin/orders/${orderNumber}`);
  admin.on("dialog", (dialog) => dialog.accept());
  const gwangsanPart = admin.getByRole("region", { name: /광산지역자활센터 상품/ });
  await gwangsanPart.getByLabel(/사유/).last().fill("배송 중 파손");
  await gwangsanPart.getByRole("button", { name: "부분 환불" }).click();
  await expect(admin.getByRole("status")).toContainText("환불 요청했습니다");
  await expect(admin.getByText("부분환불").first()).toBeVisible();
  await expect(admin.getByRole("region", { name: "관리 기록" })).toContainText("배송 중 파손");

  await expectNoProblems(problems);
});
