// 송장 정정 on the center's order page with JavaScript on: after 발송, a tracking number of the wrong shape is
// refused beside the field (input kept, nothing changed); a valid correction shows on the page, is stored in
// place with a log line and an email to the customer, and the customer's order page links to the new parcel.
import { createPrismaClient } from "../../app/utils/prisma-client";
import { acceptAsCenter, shipPart } from "./center-steps";
import { expectFieldError, fieldMessage } from "./form-errors";
import { expect, test, waitForHydration } from "./fixtures";
import { buyOrder, CUSTOMER, E2E_DATABASE_URL } from "./shop-steps";

/** The part's parcels, its 송장 정정 log lines and the emails that carry a corrected link. */
async function shipmentFacts(number: string) {
  const db = createPrismaClient(E2E_DATABASE_URL);
  try {
    const part = await db.fulfilment.findFirstOrThrow({
      where: { order: { number } },
      select: {
        id: true,
        shipments: { select: { courier: true, trackingNumber: true } },
        events: { where: { note: { startsWith: "송장 정정" } }, select: { note: true } },
      },
    });
    const emails = await db.notification.findMany({
      where: { order: { number }, kind: "SHIPPED", dedupeKey: { contains: ":corrected:" } },
      select: { to: true, text: true },
    });
    return { shipments: part.shipments, log: part.events.map((e) => e.note), emails };
  } finally {
    await db.$disconnect();
  }
}

test("송장 정정: a wrong-shaped number is refused beside the field, a valid one reaches the customer", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const number = await buyOrder(page, ["gwangsan"]);
  const orderUrl = page.url();
  const gwangsan = await acceptAsCenter(browser, "gwangsan@gjjahwal.example", number);
  await shipPart(gwangsan, "한진택배", "987654321098");
  const sent = { courier: "HANJIN", trackingNumber: "987654321098" };
  await waitForHydration(gwangsan);

  const correction = gwangsan.locator("details").filter({ hasText: "송장 정정" });
  await correction.getByText("송장 정정 (택배사·송장번호를 잘못 입력했을 때)").click();
  const courier = correction.getByLabel("택배사");
  const tracking = correction.getByLabel("송장번호");
  const submit = correction.getByRole("button", { name: "송장 정정", exact: true });

  // The parcel as it was sent: refused by the server once, inside the form, over the stale 발송 notice.
  await courier.selectOption({ label: "한진택배" });
  await tracking.fill("9876 5432 1098");
  await submit.click();
  const same = gwangsan.getByText("지금 등록된 택배사·송장번호와 같습니다.");
  await expect(correction.getByRole("alert")).toHaveText("지금 등록된 택배사·송장번호와 같습니다.");
  await expect(same).toHaveCount(1);
  await expect(gwangsan.getByRole("status")).toHaveCount(0);
  await expect(tracking).toHaveValue("9876 5432 1098");

  // Eight digits: refused beside the field, what was typed stays, nothing changes.
  await courier.selectOption({ label: "CJ대한통운" });
  await tracking.fill("6012-3456");
  await submit.click();
  await expect(fieldMessage(correction, "송장번호는 숫자 9~14자리로 입력해 주세요.")).toBeVisible();
  await expectFieldError(tracking, "송장번호는 숫자 9~14자리로 입력해 주세요.");
  await expect(tracking).toHaveValue("6012-3456");
  await expect(courier).toHaveValue("CJ");
  // Letters too.
  await tracking.fill("CJ60123456789");
  await submit.click();
  await expect(fieldMessage(correction, "송장번호는 숫자 9~14자리로 입력해 주세요.")).toBeVisible();
  expect(await shipmentFacts(number)).toEqual({ shipments: [sent], log: [], emails: [] });

  // A valid number: the first click corrects it, shown on the page with its link and in the log.
  await tracking.fill("6012-3456-7890");
  await submit.click();
  await expect(gwangsan.getByRole("status")).toHaveText(
    "송장을 정정했습니다. 고객에게 바뀐 배송조회 링크를 다시 안내합니다.",
  );
  const parcel = gwangsan.getByRole("listitem").filter({ hasText: "CJ대한통운 601234567890" });
  await expect(parcel.getByRole("link", { name: "배송조회" })).toHaveAttribute(
    "href",
    /cjlogistics\.com.*wblNo=601234567890$/,
  );
  // The old parcel is gone from the list (the log keeps it).
  await expect(gwangsan.getByRole("listitem").filter({ hasText: /^한진택배/ })).toHaveCount(0);
  // Both log lines name the courier in Korean.
  const log = gwangsan.getByRole("region", { name: "처리 기록" });
  await expect(log.getByRole("listitem").filter({ hasText: "상품준비중 → 배송중" })).toContainText(
    "한진택배 987654321098",
  );
  await expect(log).toContainText("송장 정정: 한진택배 987654321098 → CJ대한통운 601234567890");
  await expect(log).not.toContainText("HANJIN");
  const facts = await shipmentFacts(number);
  expect(facts.shipments).toEqual([{ courier: "CJ", trackingNumber: "601234567890" }]);
  expect(facts.log).toEqual(["송장 정정: 한진택배 987654321098 → CJ대한통운 601234567890"]);
  expect(facts.emails).toHaveLength(1);
  expect(facts.emails[0]!.to).toBe(CUSTOMER.email);
  expect(facts.emails[0]!.text).toContain("601234567890");

  // The customer's order page links to the corrected parcel only.
  await page.goto(orderUrl);
  const links = page.getByRole("link", { name: /배송 ?조회/ });
  await expect(links).toHaveCount(1);
  await expect(links).toHaveAttribute("href", /cjlogistics\.com.*601234567890/);
  await expect(page.getByText("987654321098")).toHaveCount(0);
});
