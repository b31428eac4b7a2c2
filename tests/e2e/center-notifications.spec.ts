// 알림 메일 설정 (/center/notifications) with JavaScript on: 광산's staff turns the new-order email off and
// on again; each save acts on the first click, is stored for that user only, shows after a reload, and
// decides whether the next paid order of 광산's is emailed to them.
import type { Page } from "@playwright/test";
import { createPrismaClient } from "../../app/utils/prisma-client";
import { expect, test, waitForHydration } from "./fixtures";
import { buyOrder, E2E_DATABASE_URL } from "./shop-steps";
import { signIn } from "./staff";

const EMAIL = "gwangsan@gjjahwal.example";

async function preferencesOf(email: string) {
  const db = createPrismaClient(E2E_DATABASE_URL);
  try {
    return await db.user.findUniqueOrThrow({
      where: { email },
      select: { notifyNewOrders: true, notifyRequests: true },
    });
  } finally {
    await db.$disconnect();
  }
}

/** Who was emailed about the order as a producing center's new order (queued with the payment). */
async function newOrderEmailsOf(number: string) {
  const db = createPrismaClient(E2E_DATABASE_URL);
  try {
    const rows = await db.notification.findMany({
      where: { order: { number }, kind: "CENTER_NEW_ORDER" },
      select: { to: true },
    });
    return rows.map((r) => r.to);
  } finally {
    await db.$disconnect();
  }
}

async function save(staff: Page) {
  await staff.getByRole("button", { name: "저장" }).click();
  await expect(staff.getByText("저장했습니다.")).toBeVisible();
}

test("a center's staff turns the new-order email off and on again", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const staff = await signIn(browser, EMAIL);
  await staff.goto("/center/notifications");
  await waitForHydration(staff);
  await expect(staff.getByRole("heading", { level: 1, name: "알림 메일 설정" })).toBeVisible();
  const newOrders = staff.getByRole("checkbox", { name: "새 주문 알림" });
  const requests = staff.getByRole("checkbox", { name: "요청 알림" });
  expect(await preferencesOf(EMAIL)).toEqual({ notifyNewOrders: true, notifyRequests: true });
  await expect(newOrders).toBeChecked();
  await expect(requests).toBeChecked();

  // Off: stored at the first click, the other choice and the other center's staff untouched.
  await newOrders.uncheck();
  await save(staff);
  expect(await preferencesOf(EMAIL)).toEqual({ notifyNewOrders: false, notifyRequests: true });
  expect(await preferencesOf("seogu@gjjahwal.example")).toEqual({ notifyNewOrders: true, notifyRequests: true });
  // Loaded afresh (the notice is gone), the page shows what was stored.
  await staff.goto("/center/notifications");
  await expect(staff.getByText("저장했습니다.")).toHaveCount(0);
  await expect(newOrders).not.toBeChecked();
  await expect(requests).toBeChecked();
  // A paid order of 광산's is not emailed to them.
  const unannounced = await buyOrder(page, ["gwangsan"]);
  expect(await newOrderEmailsOf(unannounced)).not.toContain(EMAIL);

  // On again.
  await waitForHydration(staff);
  await newOrders.check();
  await save(staff);
  expect(await preferencesOf(EMAIL)).toEqual({ notifyNewOrders: true, notifyRequests: true });
  await staff.reload();
  await expect(newOrders).toBeChecked();
  await expect(requests).toBeChecked();
  const announced = await buyOrder(page, ["gwangsan"]);
  expect(await newOrderEmailsOf(announced)).toContain(EMAIL);
});
