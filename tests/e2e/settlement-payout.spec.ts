// The admin's 정산 page with JavaScript on: 광산's month is confirmed (정산 확정, undone and done again), a
// missing 지급일 and a day inside the month are refused beside the field with the memo kept and nothing
// changed, then 지급 완료 is recorded with a date and memo — checked on the page, in the database and on
// 광산's own 정산 page.
import { formatDate } from "../../app/utils/format";
import { addMonths, currentMonth, monthKey, monthLabel, type Month } from "../../app/fulfilment/settlement-month";
import { createPrismaClient } from "../../app/utils/prisma-client";
import { expectFieldError, fieldMessage } from "./form-errors";
import { expect, test, waitForHydration } from "./fixtures";
import { buyOrder, E2E_DATABASE_URL } from "./shop-steps";
import { signIn } from "./staff";

const CENTER = { slug: "gwangsan", name: "광주광산지역자활센터", shortName: "광산" };

/**
 * A 정산 can be confirmed only once its month is over, and the suite's orders are paid today: the order is
 * moved into the latest past month 광산 has no 정산 record for yet (the previous month on a fresh database),
 * so it is that month's only order and a rerun on the same database takes the month before.
 */
async function moveToUnsettledMonth(number: string): Promise<Month> {
  const db = createPrismaClient(E2E_DATABASE_URL);
  try {
    const settled = await db.settlementPayout.findMany({
      where: { center: { slug: CENTER.slug } },
      select: { month: true },
    });
    let month = addMonths(currentMonth(), -1);
    while (settled.some((p) => p.month === monthKey(month))) month = addMonths(month, -1);
    // The 15th, noon in Korea.
    const paidAt = new Date(Date.UTC(month.year, month.month - 1, 15, 3));
    await db.order.update({ where: { number }, data: { paidAt } });
    return month;
  } finally {
    await db.$disconnect();
  }
}

async function payoutOf(month: Month) {
  const db = createPrismaClient(E2E_DATABASE_URL);
  try {
    return await db.settlementPayout.findFirst({
      where: { center: { slug: CENTER.slug }, month: monthKey(month) },
      select: { status: true, amount: true, paidOn: true, memo: true },
    });
  } finally {
    await db.$disconnect();
  }
}

test("정산 확정 then 지급 완료 with a date and memo; bad dates refused; the center sees its 지급", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const number = await buyOrder(page, ["gwangsan"]);
  const month = await moveToUnsettledMonth(number);
  const key = monthKey(month);

  const admin = await signIn(browser, "admin@gjjahwal.example");
  await admin.goto(`/admin/settlement?month=${key}`);
  await waitForHydration(admin);
  const row = admin.getByRole("row").filter({ has: admin.getByText(CENTER.name, { exact: true }) });
  await expect(row).toContainText("1건");
  await expect(row).toContainText("11,000원");
  expect(await payoutOf(month)).toBeNull();

  // 정산 확정: the first click records the month's amount.
  await row.getByRole("button", { name: `${CENTER.shortName} 정산 확정` }).click();
  await expect(admin.getByRole("status")).toHaveText(`${CENTER.name}: 정산을 확정했습니다.`);
  await expect(row).toContainText("정산 확정 11,000원");
  expect(await payoutOf(month)).toEqual({ status: "CONFIRMED", amount: 11_000, paidOn: null, memo: "" });

  // 확정 취소 (e.g. a late refund changed the amount) acts at once too; then the month is confirmed again.
  await row.getByRole("button", { name: "확정 취소" }).click();
  await expect(admin.getByRole("status")).toHaveText(`${CENTER.name}: 정산 확정을 취소했습니다.`);
  expect(await payoutOf(month)).toBeNull();
  await row.getByRole("button", { name: `${CENTER.shortName} 정산 확정` }).click();
  await expect(admin.getByRole("status")).toHaveText(`${CENTER.name}: 정산을 확정했습니다.`);
  expect(await payoutOf(month)).toEqual({ status: "CONFIRMED", amount: 11_000, paidOn: null, memo: "" });

  const paidOn = row.getByLabel("지급일");
  const memo = row.getByLabel(/^메모/);
  const pay = row.getByRole("button", { name: `${CENTER.shortName} 지급 완료` });
  const unchanged = { status: "CONFIRMED", amount: 11_000, paidOn: null, memo: "" };

  // No 지급일: refused in the browser beside the field; the memo stays.
  await memo.fill("농협 이체 (e2e)");
  await pay.click();
  await expect(fieldMessage(row, "지급일을 입력해 주세요.")).toBeVisible();
  await expectFieldError(paidOn, "지급일을 입력해 주세요.");
  await expect(memo).toHaveValue("농협 이체 (e2e)");
  expect(await payoutOf(month)).toEqual(unchanged);

  // A day inside the month itself: refused by the server beside the field; both inputs stay.
  const tooEarly = `${key}-20`;
  await paidOn.fill(tooEarly);
  await pay.click();
  const early = `지급일은 ${monthLabel(month)}이 끝난 뒤의 날짜여야 합니다.`;
  await expect(fieldMessage(row, early)).toBeVisible();
  await expectFieldError(paidOn, early);
  await expect(paidOn).toHaveValue(tooEarly);
  await expect(memo).toHaveValue("농협 이체 (e2e)");
  expect(await payoutOf(month)).toEqual(unchanged);

  // Today in Korea: 지급 완료 on the first click, with its date and memo.
  const now = new Date();
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Seoul" }).format(now);
  await paidOn.fill(today);
  await pay.click();
  await expect(admin.getByRole("status")).toHaveText(`${CENTER.name}: 지급 완료로 기록했습니다.`);
  await expect(row).toContainText("지급 완료 11,000원");
  await expect(row).toContainText(`지급일 ${formatDate(now)}`);
  await expect(row).toContainText("농협 이체 (e2e)");
  await expect(row.getByRole("button")).toHaveCount(0);
  expect(await payoutOf(month)).toEqual({ status: "PAID", amount: 11_000, paidOn: today, memo: "농협 이체 (e2e)" });

  // 광산's staff sees the record on its own 정산 page for that month.
  const gwangsan = await signIn(browser, "gwangsan@gjjahwal.example");
  await gwangsan.goto(`/center/settlement?month=${key}`);
  const payout = gwangsan.getByRole("region", { name: "지급" });
  await expect(payout).toContainText("11,000원");
  await expect(payout).toContainText(`지급 완료 · ${formatDate(now)}`);
  await expect(payout).toContainText("농협 이체 (e2e)");
  await expect(payout).not.toContainText("지금 정산 금액");
});
