// 반품·교환 after delivery in the browser, with JavaScript on: the customer sees the 반품 배송비 before asking,
// sends a 단순 변심 반품 with a photo for 서구's part and a 교환 for 광산's; each center approves and records 회수
// (서구 sees the photo), the admin completes the return with its refund minus the fee, 광산 marks the exchange
// 교환 완료; the customer reads each state on the order page; amounts checked in the database.
import type { Browser, Page } from "@playwright/test";
import sharp from "sharp";
import { expectNoViolations } from "./axe";
import { expect, test, waitForHydration } from "./fixtures";
import { acceptAsCenter, partsOf, shipPart } from "./center-steps";
import { buyOrder, CUSTOMER } from "./shop-steps";
import { signIn } from "./staff";

const SAVE = Boolean(process.env.E2E_SCREENSHOTS);

const facts = (number: string) =>
  partsOf(number, {
    itemsTotal: true,
    shippingFee: true,
    surcharge: true,
    refunds: { select: { amount: true, reason: true } },
    requests: { select: { kind: true, returnFee: true, refundAmount: true, completedAt: true, photoId: true } },
  });

/** The center accepts, ships and delivers its part on its order page. */
async function deliver(browser: Browser, email: string, number: string) {
  const staff = await acceptAsCenter(browser, email, number);
  await shipPart(staff, "한진택배", `${Date.now()}`.slice(-12));
  await staff.getByRole("button", { name: "배송완료로 변경" }).click();
  await expect(staff.getByRole("status")).toContainText("배송완료로 바꿨습니다.");
  return staff;
}

async function approveAndCollect(staff: Page, approveLabel: string) {
  await staff.reload();
  await waitForHydration(staff);
  const requests = staff.getByRole("region", { name: "취소·반품·교환 요청" });
  await requests.getByRole("button", { name: approveLabel }).click();
  await expect(staff.getByRole("status")).toContainText("요청을 승인했습니다.");
  await expect(requests).toContainText("승인 · 상품 회수 대기");
  await requests.getByRole("button", { name: "상품 회수 확인" }).click();
  await expect(staff.getByRole("status")).toContainText("상품 회수를 기록했습니다.");
  return requests;
}

test("반품 with a photo refunded minus the return fee; 교환 completed after 회수", async ({ page, browser }) => {
  test.setTimeout(300_000);
  const number = await buyOrder(page);
  const orderUrl = page.url();
  const seogu = await deliver(browser, "seogu@gjjahwal.example", number);
  const gwangsan = await deliver(browser, "gwangsan@gjjahwal.example", number);

  // The customer: the fee is told before the 반품 is sent; the photo goes with it.
  await page.goto(orderUrl);
  await waitForHydration(page);
  const seoguPart = page.locator('[aria-label$="서구지역자활센터 상품 요청"]');
  await expect(seoguPart).toContainText(/단순 변심이나 기타이면 반품 배송비 [\d,]+원을 환불 금액에서 뺍니다/);
  await seoguPart.getByLabel("요청 종류").selectOption("RETURN");
  await seoguPart.getByLabel("사유", { exact: true }).selectOption("단순 변심");
  await seoguPart.getByLabel("주문하신 분 휴대전화").fill(CUSTOMER.phone);
  const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#2a7" } })
    .png()
    .toBuffer();
  await seoguPart.getByLabel("사진").setInputFiles({ name: "box.png", mimeType: "image/png", buffer: photo });
  if (SAVE) {
    await seoguPart.screenshot({ path: test.info().outputPath("return-form-1280.png") });
    await page.setViewportSize({ width: 390, height: 844 });
    await seoguPart.screenshot({ path: test.info().outputPath("return-form-390.png") });
    await page.setViewportSize({ width: 1280, height: 720 });
  }
  await seoguPart.getByRole("button", { name: "요청 보내기" }).click();
  await expect(page.getByText("요청을 접수했습니다.")).toBeVisible();
  await waitForHydration(page);
  const gwangsanPart = page.locator('[aria-label$="광산지역자활센터 상품 요청"]');
  await gwangsanPart.getByLabel("요청 종류").selectOption("EXCHANGE");
  await gwangsanPart.getByLabel("사유", { exact: true }).selectOption("오배송");
  await gwangsanPart.getByLabel("주문하신 분 휴대전화").fill(CUSTOMER.phone);
  await gwangsanPart.getByRole("button", { name: "요청 보내기" }).click();
  await expect(page.getByText("요청을 접수했습니다.")).toBeVisible();

  // 서구 sees the photo, approves and records 회수; the refund waits for the admin.
  const seoguRequests = await approveAndCollect(seogu, "반품 접수 승인");
  await expect(seoguRequests.getByRole("img", { name: "반품 요청에 첨부한 사진" })).toBeVisible();
  await expect(seoguRequests).toContainText("광역자활센터가 환불하면 반품이 완료됩니다.");

  // The admin completes the return: the refund is the part's amount minus the fee.
  const [seoguFacts] = await facts(number);
  const fee = seoguFacts!.requests[0]!.returnFee;
  expect(fee).toBeGreaterThan(0);
  const refund = seoguFacts!.itemsTotal + seoguFacts!.shippingFee + seoguFacts!.surcharge - fee;
  const won = (n: number) => `${n.toLocaleString("ko-KR")}원`;
  const admin = await signIn(browser, "admin@gjjahwal.example");
  await admin.goto(`/admin/orders/${number}`);
  await waitForHydration(admin);
  const adminPart = admin.getByRole("region", { name: /서구지역자활센터 상품/ });
  await adminPart.getByRole("button", { name: `반품 완료 · ${won(refund)} 환불` }).click();
  await expect(admin.getByRole("status")).toContainText(`반품을 완료하고 ${won(refund)}을 환불 요청했습니다.`);
  await expect(adminPart).toContainText("반품 완료 · 환불");

  // 광산 approves the exchange, records 회수, then 교환 완료.
  const gwangsanRequests = await approveAndCollect(gwangsan, "교환 접수 승인");
  await gwangsanRequests.getByRole("button", { name: "교환 완료" }).click();
  await expect(gwangsan.getByRole("status")).toContainText("교환 완료로 기록했습니다.");
  await expect(gwangsanRequests).toContainText("교환 완료");

  const [returned, exchanged] = await facts(number);
  expect(returned!.requests[0]).toMatchObject({ kind: "RETURN", refundAmount: refund });
  expect(returned!.requests[0]!.photoId).not.toBeNull();
  expect(returned!.refunds).toEqual([
    { amount: refund, reason: `반품 완료: 단순 변심 · 반품 배송비 ${won(fee)} 차감` },
  ]);
  expect(exchanged!.requests[0]).toMatchObject({ kind: "EXCHANGE", returnFee: 0, refundAmount: null });
  expect(exchanged!.refunds).toEqual([]);

  // The customer reads both on the order page.
  await page.goto(orderUrl);
  await expect(seoguPart).toContainText("반품 완료 · 환불");
  await expect(seoguPart).toContainText(`반품 배송비(고객 부담) ${won(fee)} 차감`);
  await expect(seoguPart).toContainText(`환불 금액 ${won(refund)}`);
  await expect(gwangsanPart).toContainText("교환 완료");

  // The request lists, with these rows, and the pages with the request steps: no axe violations at either width.
  for (const [who, paths] of [
    [admin, ["/admin/requests?status=ALL", `/admin/orders/${number}`]],
    [seogu, ["/center/requests?status=ALL", `/center/orders/${number}`]],
    [page, [orderUrl]],
  ] as const) {
    for (const width of [390, 1280]) {
      await who.setViewportSize({ width, height: 900 });
      for (const path of paths) {
        await who.goto(path);
        await waitForHydration(who);
        await expectNoViolations(who, `${path} (${width}px)`);
        if (SAVE) {
          const name = path.replace(/[^a-z]+/g, "-").replace(/^-|-$/g, "");
          await who.screenshot({ path: test.info().outputPath(`${name}-${width}.png`), fullPage: true });
        }
      }
    }
  }
  await admin.goto("/admin/requests?status=ALL");
  await expect(admin.getByRole("link", { name: number })).toHaveCount(2);
});

test("without JavaScript: a 반품 with a photo, a refused file told beside its field", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const number = await buyOrder(page, ["seogu"]);
  const orderUrl = page.url();
  await deliver(browser, "seogu@gjjahwal.example", number);

  const context = await browser.newContext({ javaScriptEnabled: false });
  const plain = await context.newPage();
  await plain.goto(orderUrl);
  const part = plain.locator('[aria-label$="상품 요청"]');
  const fill = async (file: { name: string; mimeType: string; buffer: Buffer }) => {
    await part.getByLabel("요청 종류").selectOption("RETURN");
    await part.getByLabel("사유", { exact: true }).selectOption("파손");
    await part.getByLabel("주문하신 분 휴대전화").fill(CUSTOMER.phone);
    await part.getByLabel("남길 말").fill("상자가 찌그러져 왔습니다.");
    await part.getByLabel("사진").setInputFiles(file);
    await part.getByRole("button", { name: "요청 보내기" }).click();
  };
  await fill({ name: "note.txt", mimeType: "text/plain", buffer: Buffer.from("not an image") });
  await expect(part.getByLabel("사진")).toHaveAccessibleDescription(/JPEG, PNG, WebP 이미지만 올릴 수 있습니다./);
  await expect(part.getByLabel("남길 말")).toHaveValue("상자가 찌그러져 왔습니다.");
  expect((await facts(number))[0]!.requests).toEqual([]);

  const photo = await sharp({ create: { width: 50, height: 40, channels: 3, background: "#a52" } })
    .jpeg()
    .toBuffer();
  await fill({ name: "box.jpg", mimeType: "image/jpeg", buffer: photo });
  await expect(plain.getByText("요청을 접수했습니다.")).toBeVisible();
  await expect(part).toContainText("처리 대기");
  await expect(part.getByRole("img", { name: "반품 요청에 첨부한 사진" })).toBeVisible();
  const [returned] = await facts(number);
  expect(returned!.requests[0]).toMatchObject({ kind: "RETURN", returnFee: 0 });
  expect(returned!.requests[0]!.photoId).not.toBeNull();
  await context.close();
});
