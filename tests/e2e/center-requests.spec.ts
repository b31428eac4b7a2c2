// The producing center's request forms in the browser, with JavaScript on: 서구 asks to cancel its part (품절)
// after a refused empty reason, the admin approves it on the order page (cancelled and refunded, checked in the
// database); 광산 ships and delivers its part, the customer asks for a 반품, and 광산 rejects it with a reason
// the customer then reads on the order page.
import { expect, test, waitForHydration } from "./fixtures";
import { acceptAsCenter, partFacts, shipPart } from "./center-steps";
import { buyOrder, CUSTOMER } from "./shop-steps";
import { signIn } from "./staff";

test("a center's 취소 요청 approved by the admin; a customer's 반품 요청 rejected by the center", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const number = await buyOrder(page);
  const orderUrl = page.url();

  // 서구 accepts its part, then finds it cannot send it: 취소 요청 without a reason is refused beside the field.
  const seogu = await acceptAsCenter(browser, "seogu@gjjahwal.example", number);
  await waitForHydration(seogu);
  const requests = seogu.getByRole("region", { name: "취소·반품·교환 요청" });
  await requests.getByText("취소 요청 (품절·파손 등으로 보낼 수 없을 때)").click();
  await requests.getByLabel("자세한 내용").fill("원재료 수급이 끊겨 이번 달 생산을 못 합니다.");
  await requests.getByRole("button", { name: "취소 요청" }).click();
  // The Korean message beside the field: its accessible description, shown under it.
  await expect(requests.getByLabel("취소 사유")).toHaveAccessibleDescription("취소 사유를 골라 주세요.");
  await expect(requests.getByText("취소 사유를 골라 주세요.")).toBeVisible();
  await expect(requests.getByLabel("자세한 내용")).toHaveValue("원재료 수급이 끊겨 이번 달 생산을 못 합니다.");
  expect((await partFacts(number))[0]).toMatchObject({ status: "ACCEPTED", requests: [] });

  await requests.getByLabel("취소 사유").selectOption("품절");
  await requests.getByRole("button", { name: "취소 요청" }).click();
  await expect(seogu.getByRole("status")).toContainText("취소 요청을 광역자활센터에 보냈습니다.");
  await expect(requests).toContainText("취소 요청 · 생산 센터 서구센터 담당자");
  await expect(requests).toContainText("처리 대기");
  await expect(requests).toContainText("사유: 품절 — 원재료 수급이 끊겨 이번 달 생산을 못 합니다.");
  await expect(requests).toContainText("광역자활센터의 답을 기다리고 있습니다.");
  await expect(requests.getByRole("button", { name: "취소 요청" })).toHaveCount(0);
  expect((await partFacts(number))[0]).toMatchObject({ status: "ACCEPTED", requests: ["CENTER CANCEL OPEN"] });

  // The admin approves it on the order page: the part is cancelled and its amount refunded.
  const admin = await signIn(browser, "admin@gjjahwal.example");
  await admin.goto(`/admin/orders/${number}`);
  await waitForHydration(admin);
  const seoguPart = admin.getByRole("region", { name: /서구지역자활센터 상품/ });
  await expect(seoguPart).toContainText("취소 요청 · 생산 센터 서구센터 담당자");
  await expect(seoguPart).toContainText("승인하면 6,000원을 환불합니다.");
  await seoguPart.getByRole("button", { name: "승인 (취소·환불)" }).click();
  await expect(admin.getByRole("status")).toContainText("요청을 승인해 취소하고 6,000원을 환불 요청했습니다.");
  await expect(seoguPart).toContainText("승인 · 취소 완료");
  await expect
    .poll(() => partFacts(number))
    .toEqual([
      { center: "서구", status: "CANCELLED", refunded: 6_000, requests: ["CENTER CANCEL APPROVED"] },
      { center: "광산", status: "NEW", refunded: 0, requests: [] },
    ]);
  await seogu.reload();
  await expect(requests).toContainText("승인 · 취소 완료");

  // 광산 accepts, ships and delivers its part through its order page.
  const gwangsan = await acceptAsCenter(browser, "gwangsan@gjjahwal.example", number);
  await shipPart(gwangsan, "한진택배", "987654321098");
  await gwangsan.getByRole("button", { name: "배송완료로 변경" }).click();
  await expect(gwangsan.getByRole("status")).toContainText("배송완료로 바꿨습니다.");

  // The customer asks for a 반품 of the delivered part.
  await page.goto(orderUrl);
  await waitForHydration(page);
  const customerPart = page.locator('[aria-label$="광산지역자활센터 상품 요청"]');
  await customerPart.getByLabel("요청 종류").selectOption("RETURN");
  await customerPart.getByLabel("사유", { exact: true }).selectOption("상품 불량");
  await customerPart.getByLabel("주문하신 분 휴대전화").fill(CUSTOMER.phone);
  await customerPart.getByLabel("남길 말").fill("포장이 터져서 왔습니다.");
  await customerPart.getByRole("button", { name: "요청 보내기" }).click();
  await expect(page.getByText("요청을 접수했습니다.")).toBeVisible();
  await expect(customerPart).toContainText("반품 요청");
  await expect(customerPart).toContainText("처리 대기");

  // 광산 rejects it: without a reason it is refused beside the field, then with one it is sent.
  await gwangsan.reload();
  await waitForHydration(gwangsan);
  const answer = gwangsan.getByRole("region", { name: "취소·반품·교환 요청" });
  await expect(answer).toContainText("반품 요청 · 고객");
  await expect(answer).toContainText("사유: 상품 불량 — 포장이 터져서 왔습니다.");
  await answer.getByRole("button", { name: "거절" }).click();
  await expect(answer.getByLabel("답변 (거절할 때는 사유를 꼭 적어 주세요)")).toHaveAccessibleDescription(
    "거절 사유를 입력해 주세요. 고객에게 전달됩니다.",
  );
  const reason = "보내 주신 사진으로는 파손을 확인할 수 없습니다. 사진을 다시 보내 주세요.";
  await answer.getByLabel("답변 (거절할 때는 사유를 꼭 적어 주세요)").fill(reason);
  await answer.getByRole("button", { name: "거절" }).click();
  await expect(gwangsan.getByRole("status")).toContainText("요청을 거절했습니다. 고객에게 사유를 알립니다.");
  await expect(answer).toContainText(`거절 사유: ${reason}`);
  await expect
    .poll(async () => (await partFacts(number))[1])
    .toEqual({ center: "광산", status: "DELIVERED", refunded: 0, requests: ["CUSTOMER RETURN REJECTED"] });

  // The customer reads the answer on the order page.
  await page.goto(orderUrl);
  await expect(customerPart).toContainText("반품 요청");
  await expect(customerPart).toContainText("거절");
  await expect(customerPart).toContainText(`거절 사유: ${reason}`);
  // 서구's own 취소 요청, decided, in the customer's words (its note stays between the centers).
  const seoguOnOrder = page.locator('[aria-label$="서구지역자활센터 상품 요청"]');
  await expect(seoguOnOrder).toContainText("생산 센터 사정(품절)으로 이 상품을 보내 드릴 수 없어 주문을 취소했습니다.");
  await expect(seoguOnOrder).toContainText("6,000원을 결제하신 수단으로 환불합니다.");
  await expect(seoguOnOrder).not.toContainText("원재료 수급");
});
