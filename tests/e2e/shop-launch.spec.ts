// The shop ready for Korean customers: the exact amount before payment (with and without JavaScript),
// 주소 검색 through a stand-in of the 우편번호 script, 선물하기 and its slip, seller information and
// policies on every public page, and the admin's 사이트 정보 / 약관 / 출시 전 점검.
import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expectNoViolations } from "./axe";
import { expect, expectNoProblems, test, waitForHydration, watchPage } from "./fixtures";
import { addToCart, CUSTOMER } from "./shop-steps";
import { PHONE, signIn } from "./staff";

const STAND_IN = fs.readFileSync(path.join(import.meta.dirname, "support/postcode-stand-in.js"), "utf8");
const SAVE = Boolean(process.env.E2E_SCREENSHOTS);

/** The 우편번호 script's host answers with the local stand-in (the page's CSP still decides whether it runs). */
async function routePostcode(page: Page) {
  await page.route("https://t1.daumcdn.net/**", (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: STAND_IN }),
  );
}

async function fillOrderer(page: Page, postal: string) {
  await page.getByLabel("이름").first().fill(CUSTOMER.name);
  await page.getByLabel("휴대전화").fill(CUSTOMER.phone);
  await page.getByLabel("이메일").fill(CUSTOMER.email);
  await page.getByLabel("주문하시는 분과 같음").check();
  await page.getByLabel("우편번호").fill(postal);
  await page.getByLabel("주소", { exact: true }).fill("제주특별자치도 제주시 첨단로 242");
  await page.getByLabel("전체 동의").check();
}

async function payOnTestPage(page: Page, total: string) {
  await expect(page.getByText("테스트 결제 — 실제로 결제되지 않습니다")).toBeVisible();
  // The provider's page charges exactly what our last page showed.
  await expect(page.getByText(total).first()).toBeVisible();
  await page.getByRole("button", { name: "결제 성공" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "주문이 완료되었습니다" })).toBeVisible();
}

test("with JavaScript the total follows the 우편번호 as typed, and 26,000원 is what is charged", async ({ page }) => {
  const problems = await watchPage(page);
  await addToCart(page, "naechingu-gim-gift-set", "선물세트", true);
  await page.goto("/checkout");
  await waitForHydration(page);
  const summary = page.getByRole("complementary");
  await expect(page.getByRole("button", { name: "23,000원 결제하기" })).toBeVisible();
  await fillOrderer(page, "631");
  await expect(page.getByRole("button", { name: "23,000원 결제하기" })).toBeVisible();
  await page.getByLabel("우편번호").fill("63100");
  await expect(summary.getByText("제주 추가 배송비")).toBeVisible();
  await expect(summary.getByTestId("checkout-total")).toHaveText("26,000원");
  await page.getByLabel("우편번호").fill("40220");
  await expect(summary.getByTestId("checkout-total")).toHaveText("28,000원");
  await page.getByLabel("우편번호").fill("63100");
  // 전체 동의 ticked every item.
  for (const label of [
    /이용약관 동의/,
    /개인정보 수집·이용 동의/,
    /개인정보 제3자 제공 동의/,
    /구매조건/,
    /만 14세 이상/,
  ]) {
    await expect(page.getByLabel(label)).toBeChecked();
  }
  await page.getByRole("button", { name: "26,000원 결제하기" }).click();
  await payOnTestPage(page, "26,000원");
  await expectNoProblems(problems);
});

test("주소 검색 loads the 우편번호 service only when pressed, fills 우편번호 and 주소, and the total follows", async ({
  page,
}) => {
  const problems = await watchPage(page);
  await routePostcode(page);
  const scriptLoads: string[] = [];
  page.on("request", (r) => {
    if (r.url().startsWith("https://t1.daumcdn.net/")) scriptLoads.push(r.url());
  });
  await addToCart(page, "naechingu-gim-gift-set", "선물세트", true);
  const response = await page.goto("/checkout");
  const csp = response!.headers()["content-security-policy"]!;
  expect(csp).toContain("script-src 'self' 'nonce-");
  expect(csp).toContain("https://t1.daumcdn.net");
  expect(csp).toContain("frame-src https://postcode.map.daum.net");
  await waitForHydration(page);
  expect(scriptLoads).toEqual([]);
  await page.getByRole("button", { name: "주소 검색" }).click();
  await page.getByRole("button", { name: /첨단로 242 \(63309\)/ }).click();
  await expect(page.getByLabel("우편번호")).toHaveValue("63309");
  await expect(page.getByLabel("주소", { exact: true })).toHaveValue("제주특별자치도 제주시 첨단로 242");
  await expect(page.getByLabel("상세주소")).toBeFocused();
  await expect(page.getByRole("button", { name: "26,000원 결제하기" })).toBeVisible();
  expect(scriptLoads).toHaveLength(1);
  await expectNoProblems(problems);

  // Other pages don't allow the service.
  const home = await page.goto("/");
  expect(home!.headers()["content-security-policy"]).not.toContain("daumcdn");
});

test("when the 우편번호 service can't load, the customer is told to type the address", async ({ page }) => {
  await page.route("https://t1.daumcdn.net/**", (route) => route.abort());
  await addToCart(page, "naechingu-gim-gift-set", "선물세트", true);
  await page.goto("/checkout");
  await waitForHydration(page);
  await page.getByRole("button", { name: "주소 검색" }).click();
  await expect(page.getByRole("alert")).toHaveText(
    "주소 검색을 열지 못했습니다. 우편번호와 주소를 직접 입력해 주세요.",
  );
  await page.getByLabel("우편번호").fill("63100");
  await expect(page.getByRole("button", { name: "26,000원 결제하기" })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a 제주 postcode changes the total: the page shows 26,000원 and asks once more before payment", async ({
    page,
  }) => {
    await addToCart(page, "naechingu-gim-gift-set", "선물세트", false);
    await page.goto("/checkout");
    // No 주소 검색 button without JavaScript: the manual fields are the way.
    await expect(page.getByRole("button", { name: "주소 검색" })).toHaveCount(0);
    await fillOrderer(page, "63100");
    await page.getByRole("button", { name: "23,000원 결제하기" }).click();
    await expect(page.getByRole("alert")).toContainText("결제 금액이 26,000원으로 바뀌었습니다");
    await expect(page.getByLabel("우편번호")).toHaveValue("63100");
    await expect(page.getByLabel("이름").first()).toHaveValue(CUSTOMER.name);
    await expect(page.getByRole("complementary").getByText("제주 추가 배송비")).toBeVisible();
    await page.getByRole("button", { name: "26,000원 결제하기" }).click();
    await payOnTestPage(page, "26,000원");
  });

  test("a two-center cart to 울릉도 shows 44,000원 before payment and charges it", async ({ page }) => {
    await addToCart(page, "naechingu-gim-gift-set", "선물세트", false);
    await addToCart(page, "test-gwangsan-rice-cookie", "1상자", false);
    await page.goto("/checkout");
    await fillOrderer(page, "40220");
    await page.getByRole("button", { name: "34,000원 결제하기" }).click();
    await expect(page.getByRole("alert")).toContainText("결제 금액이 44,000원으로 바뀌었습니다");
    await page.getByRole("button", { name: "44,000원 결제하기" }).click();
    await payOnTestPage(page, "44,000원");
  });
});

test("a gift: sender and message on the center's packing slip, with no prices", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await addToCart(page, "naechingu-gim-jaban", "2봉", true);
  await page.setViewportSize(PHONE.viewport);
  await page.goto("/checkout");
  await waitForHydration(page);
  await fillOrderer(page, "61945");
  await page.getByLabel("선물로 보내기").check();
  await page.getByLabel("보내는 분").fill("딸 민지");
  const message = page.getByLabel("선물 메시지");
  await message.fill("가".repeat(101));
  await expect(page.getByText("101 / 100자")).toBeVisible();
  await message.fill("엄마, 생신 축하드려요!\n늘 건강하세요.");
  if (SAVE) await page.screenshot({ path: test.info().outputPath("checkout-gift-390.png"), fullPage: true });
  await expectNoViolations(page, "/checkout (gift, 390px)");
  await page.getByRole("button", { name: /결제하기$/ }).click();
  await payOnTestPage(page, "8,000원");

  const seogu = await signIn(browser, "seogu@gjjahwal.example");
  await seogu.goto("/center");
  await seogu
    .getByRole("listitem")
    .filter({ hasText: "딸 민지" })
    .first()
    .getByRole("button", { name: "발주확인" })
    .click();
  await seogu.goto("/center/shipping/slips");
  const slip = seogu
    .getByRole("article")
    .filter({ has: seogu.getByRole("region", { name: "선물 카드" }) })
    .first();
  await expect(slip.getByRole("region", { name: "선물 카드" })).toContainText("엄마, 생신 축하드려요!");
  await expect(slip.getByRole("region", { name: "선물 카드" })).toContainText("보내는 분 · 딸 민지");
  await expect(slip).not.toContainText("원");
  await expectNoViolations(seogu, "/center/shipping/slips");
  if (SAVE) await slip.screenshot({ path: test.info().outputPath("gift-slip.png") });
});

const PUBLIC_PAGES = [
  "/",
  "/issues",
  "/news",
  "/centers",
  "/shop",
  "/shop/naechingu-gim-gift-set",
  "/cart",
  "/orders/lookup",
  "/search",
  "/policies/terms",
];

test("every public page shows the seller information, the 사업자정보 확인 link and the policies", async ({ page }) => {
  for (const p of PUBLIC_PAGES) {
    await page.goto(p);
    const footer = page.getByRole("contentinfo");
    await expect(footer, p).toContainText("광주광역자활센터");
    await expect(footer, p).toContainText("박기문");
    await expect(footer, p).toContainText("광주광역시 서구 화정로 149, 3층");
    await expect(footer, p).toContainText("사업자등록번호");
    await expect(footer, p).toContainText("통신판매업 신고번호");
    await expect(footer, p).toContainText("개인정보 보호책임자");
    for (const [name, href] of [
      ["이용약관", "/policies/terms"],
      ["개인정보처리방침", "/policies/privacy"],
      ["교환·반품·환불 안내", "/policies/returns"],
    ] as const) {
      await expect(footer.getByRole("link", { name }), p).toHaveAttribute("href", href);
    }
  }
});

for (const width of [390, 1280]) {
  test(`the policy pages and the checkout read well at ${width}px with no axe violations`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 900 });
    for (const slug of ["terms", "privacy", "returns"]) {
      await page.goto(`/policies/${slug}`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoViolations(page, `/policies/${slug}`);
    }
    await page.goto("/policies/privacy");
    await expect(page.getByRole("main")).toContainText("Stripe, Inc.");
    await expect(page.getByRole("main")).toContainText("광주서구지역자활센터");
    await addToCart(page, "naechingu-gim-gift-set", "선물세트", true);
    await page.goto("/checkout");
    await waitForHydration(page);
    await fillOrderer(page, "63100");
    await expectNoViolations(page, "/checkout");
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    if (SAVE) await page.screenshot({ path: test.info().outputPath(`checkout-${width}.png`), fullPage: true });
  });
}

test("the product page shows the full 가공식품 disclosure table", async ({ page }) => {
  await page.goto("/shop/naechingu-gim-gift-set");
  const table = page.getByRole("region", { name: "상품정보제공고시" }).getByRole("table");
  for (const label of [
    "제품명",
    "식품의 유형",
    "생산자 및 소재지",
    "제조연월일",
    "소비기한 또는 품질유지기한",
    "포장단위별 내용물의 용량(중량), 수량",
    "원재료명 및 함량",
    "원산지",
    "영양성분",
    "유전자변형식품 여부",
    "소비자안전을 위한 주의사항",
    "수입식품 여부",
    "소비자상담 관련 전화번호",
  ]) {
    await expect(table.getByRole("rowheader", { name: label, exact: true })).toBeVisible();
  }
  await expect(table.getByRole("row", { name: /식품의 유형/ })).toContainText("등록 전");
  await expect(table.getByRole("row", { name: /소비자상담/ })).toContainText("062-367-3027");
});

test("the customer cancels before 발주확인 and the order page shows the refund", async ({ page }) => {
  test.setTimeout(120_000);
  await addToCart(page, "naechingu-gim-jeonjang", "3봉", true);
  await page.goto("/checkout");
  await waitForHydration(page);
  await fillOrderer(page, "61945");
  await page.getByRole("button", { name: "8,000원 결제하기" }).click();
  await payOnTestPage(page, "8,000원");
  await page.getByRole("link", { name: "주문 상세 보기" }).click();
  // One way to cancel: the part's own form (the order has one center's part).
  const cancel = page.locator('[aria-label$="상품 요청"]');
  await cancel.getByLabel("주문하신 분 휴대전화").fill("010-0000-0000");
  await cancel.getByLabel("취소 사유").selectOption("단순 변심");
  await cancel.getByRole("button", { name: "취소 요청" }).click();
  await expect(page.getByRole("alert")).toContainText("휴대전화 번호가 주문 정보와 맞지 않습니다");
  await cancel.getByLabel("주문하신 분 휴대전화").fill(CUSTOMER.phone);
  await cancel.getByRole("button", { name: "취소 요청" }).click();
  await expect(page.getByRole("status")).toContainText("주문을 취소했습니다. 8,000원을 결제하신 수단으로 환불합니다.");
  await expect(page.getByText("취소됨").first()).toBeVisible();
  await expect(page.getByText("고객 취소: 단순 변심")).toBeVisible();
  await expect(cancel.getByRole("button", { name: "취소 요청" })).toHaveCount(0);
  await expect(cancel).toContainText("승인 · 취소 완료");
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await expectNoViolations(page, `/orders/… (cancelled, ${width}px)`);
    if (SAVE) await page.screenshot({ path: test.info().outputPath(`order-refund-${width}.png`), fullPage: true });
  }
});
