// Buying from 소소드림: product → cart → checkout → the built-in test payment → success → 주문조회,
// with JavaScript and without it, and an expired payment giving its stock back.
import { expect, expectNoProblems, test, watchPage } from "./fixtures";
import { fieldMessage } from "./form-errors";
import { addToCart, CUSTOMER, fillCheckout, payAndLookUp, stockOf } from "./shop-steps";

test("buys the 선물세트 and 김자반 2봉 with the test payment and finds the order", async ({ page }) => {
  const problems = await watchPage(page);
  await addToCart(page, "naechingu-gim-gift-set", "선물세트", true);
  await addToCart(page, "naechingu-gim-jaban", "2봉", true);

  await page.goto("/cart");
  const parcels = page.getByRole("region", { name: /발송$/ });
  await expect(parcels).toHaveCount(1);
  const seogu = page.getByRole("region", { name: "광주서구지역자활센터 발송" });
  await expect(seogu.getByText("25,000원").first()).toBeVisible();
  await expect(seogu.getByText("3,000원")).toBeVisible();
  await expect(seogu.getByText("5,000원 더 담으면 무료배송")).toBeVisible();
  await expect(page.getByRole("complementary").getByText("28,000원")).toBeVisible();

  await page.getByRole("link", { name: "주문하기" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "주문서 작성" })).toBeVisible();
  await fillCheckout(page);
  await payAndLookUp(page, "28,000원");
  await expectNoProblems(problems);

  // Paid: the cart has been emptied.
  await page.goto("/cart");
  await expect(page.getByText("장바구니가 비어 있습니다.")).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the cart and checkout forms work as plain HTML forms", async ({ page }) => {
    await addToCart(page, "naechingu-gim-jeonjang", "3봉", false);
    // Change the quantity with the plain form.
    await page.getByLabel("내친구김 전장김 3봉 수량").fill("2");
    await page.getByRole("button", { name: "변경" }).click();
    await expect(page.getByLabel("내친구김 전장김 3봉 수량")).toHaveValue("2");
    await expect(page.getByRole("complementary").getByText("13,000원")).toBeVisible();
    // A bad quantity is explained beside the field, and nothing changes.
    await page.getByLabel("내친구김 전장김 3봉 수량").fill("0");
    await page.getByRole("button", { name: "변경" }).click();
    await expect(page.getByText("수량은 1개 이상이어야 합니다.")).toBeVisible();

    await page.goto("/checkout");
    // Submitting half a form: Korean messages beside the fields, what was typed kept.
    await page.getByLabel("이름").first().fill(CUSTOMER.name);
    await page.getByLabel("휴대전화").fill("010-12");
    await page.getByRole("button", { name: /결제하기/ }).click();
    await expect(fieldMessage(page, "휴대전화 번호를 010-1234-5678 형식으로 입력해 주세요.")).toBeVisible();
    await expect(fieldMessage(page, "이메일을 입력해 주세요.")).toBeVisible();
    await expect(fieldMessage(page, "개인정보 수집·이용에 동의해 주세요.")).toBeVisible();
    await expect(page.getByLabel("이름").first()).toHaveValue(CUSTOMER.name);

    await fillCheckout(page);
    await payAndLookUp(page, "13,000원");
  });
});

test("an expired payment gives the reserved stock back", async ({ page }) => {
  const before = await stockOf("naechingu-gim-dosirak", "16봉");
  await addToCart(page, "naechingu-gim-dosirak", "16봉", true);
  await page.goto("/checkout");
  await fillCheckout(page);
  await page.getByRole("button", { name: /결제하기/ }).click();
  await expect(page.getByText("테스트 결제 — 실제로 결제되지 않습니다")).toBeVisible();
  expect(await stockOf("naechingu-gim-dosirak", "16봉")).toBe(before - 1);

  await page.getByRole("button", { name: "시간 만료" }).click();
  await expect(page).toHaveURL(/\/cart\?payment=expired$/);
  await expect(page.getByText("결제 시간이 지나 주문이 취소되었습니다.")).toBeVisible();
  expect(await stockOf("naechingu-gim-dosirak", "16봉")).toBe(before);
});
