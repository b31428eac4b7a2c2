// 알림 메일 설정 (/center/notifications) with JavaScript on: a center's staff turns the new-order email off
// and on again; each save acts on the first click, is stored for that user only and shows after a reload.
import { createPrismaClient } from "../../app/utils/prisma-client";
import { expect, test, waitForHydration } from "./fixtures";
import { E2E_DATABASE_URL } from "./shop-steps";
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

test("a center's staff turns the new-order email off and on again", async ({ browser }) => {
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
  await staff.getByRole("button", { name: "저장" }).click();
  await expect(staff.getByText("저장했습니다.")).toBeVisible();
  expect(await preferencesOf(EMAIL)).toEqual({ notifyNewOrders: false, notifyRequests: true });
  expect(await preferencesOf("seogu@gjjahwal.example")).toEqual({ notifyNewOrders: true, notifyRequests: true });
  // Loaded afresh (the notice is gone), the page shows what was stored.
  await staff.goto("/center/notifications");
  await expect(staff.getByText("저장했습니다.")).toHaveCount(0);
  await expect(newOrders).not.toBeChecked();
  await expect(requests).toBeChecked();

  // On again.
  await waitForHydration(staff);
  await newOrders.check();
  await staff.getByRole("button", { name: "저장" }).click();
  await expect(staff.getByText("저장했습니다.")).toBeVisible();
  expect(await preferencesOf(EMAIL)).toEqual({ notifyNewOrders: true, notifyRequests: true });
  await staff.reload();
  await expect(newOrders).toBeChecked();
  await expect(requests).toBeChecked();
});
