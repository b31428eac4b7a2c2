// The admin's cancel and refund forms on /admin/orders/:number with JavaScript on: a blur never asks for
// confirmation, a bad amount is stopped in the browser with a Korean message, and each confirmed click
// acts the first time — checked on the page and in the database.
import type { Page } from "@playwright/test";
import { fieldMessage } from "./form-errors";
import { expect, test, waitForHydration } from "./fixtures";
import { refundedOf } from "../../app/orders/refundable";
import { createPrismaClient } from "../../app/utils/prisma-client";
import { buyOrder, E2E_DATABASE_URL } from "./shop-steps";
import { signIn } from "./staff";

type Facts = {
  status: string;
  parts: { center: string; status: string; refundedAmount: number }[];
  refunds: { amount: number; status: string }[];
};

/** Read-only peek at the e2e database (SQLite or PostgreSQL), as the server left it. */
async function orderFacts(number: string): Promise<Facts> {
  const db = createPrismaClient(E2E_DATABASE_URL);
  try {
    const order = await db.order.findUniqueOrThrow({
      where: { number },
      select: {
        status: true,
        fulfilments: {
          orderBy: { id: "asc" },
          select: {
            status: true,
            center: { select: { shortName: true } },
            refunds: { select: { amount: true, status: true } },
          },
        },
        payments: { select: { refunds: { orderBy: { id: "asc" }, select: { amount: true, status: true } } } },
      },
    });
    return {
      status: order.status,
      parts: order.fulfilments.map((f) => ({
        center: f.center.shortName,
        status: f.status,
        refundedAmount: refundedOf(f.refunds),
      })),
      refunds: order.payments.flatMap((p) => p.refunds),
    };
  } finally {
    await db.$disconnect();
  }
}

/** Every dialog is recorded; `answer` decides whether the next ones are accepted. */
function watchDialogs(page: Page) {
  const seen: string[] = [];
  const state = { accept: true };
  page.on("dialog", (dialog) => {
    seen.push(dialog.message());
    void (state.accept ? dialog.accept() : dialog.dismiss());
  });
  return { seen, state };
}

test("partial refund, part cancel and a bad amount act on the first confirmed click", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const number = await buyOrder(page);
  const admin = await signIn(browser, "admin@gjjahwal.example");
  const dialogs = watchDialogs(admin);
  await admin.goto(`/admin/orders/${number}`);
  await waitForHydration(admin);
  const seogu = admin.getByRole("region", { name: /서구지역자활센터 상품/ });
  const gwangsan = admin.getByRole("region", { name: /광산지역자활센터 상품/ });
  const refundForm = seogu.locator("form").filter({ has: admin.getByRole("button", { name: "부분 환불" }) });

  // Typing a reason and pressing Tab asks nothing and sends nothing.
  await refundForm.getByLabel(/사유/).fill("포장 일부 파손");
  await refundForm.getByLabel(/사유/).press("Tab");
  // A non-numeric amount: a Korean message on blur, and the button is stopped in the browser.
  await refundForm.getByLabel(/환불 금액/).fill("abc");
  await refundForm.getByLabel(/환불 금액/).press("Tab");
  await expect(fieldMessage(refundForm, "환불 금액은 원 단위 숫자로 입력해 주세요.")).toBeVisible();
  await refundForm.getByRole("button", { name: "부분 환불" }).click();
  // More than is left: stopped too, with the limit.
  await refundForm.getByLabel(/환불 금액/).fill("999,999");
  await refundForm.getByRole("button", { name: "부분 환불" }).click();
  await expect(fieldMessage(refundForm, "환불 금액은 1원 이상 6,000원 이하로 입력해 주세요.")).toBeVisible();
  await refundForm.getByLabel(/환불 금액/).fill("-500");
  await refundForm.getByRole("button", { name: "부분 환불" }).click();
  await expect(fieldMessage(refundForm, "환불 금액은 원 단위 숫자로 입력해 주세요.")).toBeVisible();
  expect(dialogs.seen).toEqual([]);
  expect((await orderFacts(number)).refunds).toEqual([]);
  // The typed reason is still there.
  await expect(refundForm.getByLabel(/사유/)).toHaveValue("포장 일부 파손");

  // A valid amount: one confirmation, and the first click refunds.
  await refundForm.getByLabel(/환불 금액/).fill("1,000");
  await refundForm.getByRole("button", { name: "부분 환불" }).click();
  await expect(admin.getByRole("status")).toContainText("1,000원을 환불 요청했습니다.");
  expect(dialogs.seen).toEqual(["1,000원을 환불할까요?"]);
  await expect.poll(async () => (await orderFacts(number)).refunds).toEqual([{ amount: 1_000, status: "SUCCEEDED" }]);
  await expect.poll(async () => (await orderFacts(number)).status).toBe("PARTIALLY_REFUNDED");

  // 광산's part cancelled in one confirmed click: the part is CANCELLED and its whole amount refunded.
  const cancelForm = gwangsan.locator("form").filter({ has: admin.getByRole("button", { name: /^취소하고/ }) });
  await cancelForm.getByLabel(/사유/).fill("품절");
  await cancelForm.getByLabel(/사유/).press("Tab");
  expect(dialogs.seen).toHaveLength(1);
  await cancelForm.getByRole("button", { name: /^취소하고/ }).click();
  await expect(admin.getByRole("status")).toContainText("취소하고 11,000원을 환불 요청했습니다.");
  expect(dialogs.seen.at(-1)).toBe("이 센터 상품을 취소하고 11,000원을 환불할까요?");
  expect(dialogs.seen).toHaveLength(2);
  await expect
    .poll(async () => (await orderFacts(number)).parts)
    .toEqual([
      { center: "서구", status: "NEW", refundedAmount: 1_000 },
      { center: "광산", status: "CANCELLED", refundedAmount: 11_000 },
    ]);
  await expect(admin.getByRole("region", { name: "관리 기록" })).toContainText("품절");
});

test("the whole order is cancelled on the first confirmed click; a declined one changes nothing", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const number = await buyOrder(page, ["seogu"]);
  const admin = await signIn(browser, "admin@gjjahwal.example");
  const dialogs = watchDialogs(admin);
  await admin.goto(`/admin/orders/${number}`);
  await waitForHydration(admin);
  const whole = admin.locator("form").filter({ has: admin.getByRole("button", { name: /^주문 전체 취소/ }) });
  await whole.getByLabel(/사유/).fill("고객 요청");
  await whole.getByLabel(/사유/).press("Tab");
  expect(dialogs.seen).toEqual([]);

  dialogs.state.accept = false;
  await whole.getByRole("button", { name: /^주문 전체 취소/ }).click();
  await expect.poll(() => dialogs.seen).toEqual(["주문 전체를 취소하고 6,000원을 환불할까요?"]);
  expect(await orderFacts(number)).toMatchObject({ status: "PAID", refunds: [] });
  await expect(whole.getByLabel(/사유/)).toHaveValue("고객 요청");

  dialogs.state.accept = true;
  await whole.getByRole("button", { name: /^주문 전체 취소/ }).click();
  await expect(admin.getByRole("status")).toContainText("취소하고 6,000원을 환불 요청했습니다.");
  expect(dialogs.seen).toHaveLength(2);
  await expect.poll(async () => (await orderFacts(number)).refunds).toEqual([{ amount: 6_000, status: "SUCCEEDED" }]);
  const facts = await orderFacts(number);
  expect(facts.parts).toEqual([{ center: "서구", status: "CANCELLED", refundedAmount: 6_000 }]);
  expect(["CANCELLED", "REFUNDED"]).toContain(facts.status);
});
