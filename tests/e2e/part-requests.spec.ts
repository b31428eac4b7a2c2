// 취소 요청 on the customer's order page and its approval on the admin order page, with JavaScript on: a part
// still 신규주문 is cancelled and refunded at once; a part the center accepted becomes a request the admin
// approves, refunded through the same path — checked on the pages and in the database.
import type { Page } from "@playwright/test";
import { expect, test, waitForHydration } from "./fixtures";
import { acceptAsCenter, partFacts } from "./center-steps";
import { buyOrder } from "./shop-steps";
import { signIn } from "./staff";

async function askCancel(page: Page, center: string) {
  const part = page.locator(`[aria-label$="${center} 상품 요청"]`);
  await part.getByLabel("취소 사유").selectOption("단순 변심");
  await part.getByLabel("주문하신 분 휴대전화").fill("010-1234-5678");
  await part.getByRole("button", { name: "취소 요청" }).click();
}

test("the customer's 취소 요청: at once before 발주확인, approved by the admin after it", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const number = await buyOrder(page);
  const orderUrl = page.url();

  // 서구 accepts its part (발주확인).
  await acceptAsCenter(browser, "seogu@gjjahwal.example", number);

  // 광산's part is still 신규주문: cancelled and refunded at once, the amount shown.
  await page.goto(orderUrl);
  await waitForHydration(page);
  await askCancel(page, "광산지역자활센터");
  await expect(page.getByText("주문을 취소했습니다. 11,000원을 결제하신 수단으로 환불합니다.")).toBeVisible();

  // 서구's part was accepted: a request, waiting.
  await askCancel(page, "서구지역자활센터");
  await expect(page.getByText("요청을 접수했습니다.")).toBeVisible();
  await expect(page.locator('[aria-label$="서구지역자활센터 상품 요청"]')).toContainText("처리 대기");
  expect((await partFacts(number))[0]).toMatchObject({
    center: "서구",
    status: "ACCEPTED",
    requests: ["CUSTOMER CANCEL OPEN"],
  });

  // The admin sees it on /admin/requests and approves it on the order page, with the amount shown.
  const admin = await signIn(browser, "admin@gjjahwal.example");
  await admin.goto("/admin/requests");
  await admin.getByRole("link", { name: number }).first().click();
  await waitForHydration(admin);
  const part = admin.getByRole("region", { name: /서구지역자활센터 상품/ });
  await expect(part).toContainText("승인하면 6,000원을 환불합니다.");
  await part.getByRole("button", { name: "승인 (취소·환불)" }).click();
  await expect(admin.getByRole("status")).toContainText("요청을 승인해 취소하고 6,000원을 환불 요청했습니다.");
  await expect
    .poll(() => partFacts(number))
    .toEqual([
      { center: "서구", status: "CANCELLED", refunded: 6_000, requests: ["CUSTOMER CANCEL APPROVED"] },
      { center: "광산", status: "CANCELLED", refunded: 11_000, requests: ["CUSTOMER CANCEL APPROVED"] },
    ]);

  await page.reload();
  await expect(page.locator('[aria-label$="서구지역자활센터 상품 요청"]')).toContainText("승인 · 취소 완료");
});
