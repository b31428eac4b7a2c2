import { acceptAsCenter, shipPart } from "./center-steps";
import { expect, test, waitForHydration } from "./fixtures";
import { buyOrder } from "./shop-steps";
import { signIn } from "./staff";

test("explore", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const number = await buyOrder(page, ["gwangsan"]);
  const g = await acceptAsCenter(browser, "gwangsan@gjjahwal.example", number);
  await shipPart(g, "한진택배", "987654321098");
  await waitForHydration(g);
  const correction = g.locator("details").filter({ hasText: "송장 정정" });
  await correction.getByText("송장 정정 (택배사·송장번호를 잘못 입력했을 때)").click();
  await correction.getByLabel("택배사").selectOption({ label: "한진택배" });
  await correction.getByLabel("송장번호").fill("9876 5432 1098");
  await correction.getByRole("button", { name: "송장 정정", exact: true }).click();
  await g.waitForTimeout(2000);
  await g.screenshot({ path: "/tmp/h11-unchanged.png", fullPage: true });
  console.log("UNCHANGED count", await g.getByText("지금 등록된 택배사·송장번호와 같습니다.").count());
  console.log("details open", await correction.evaluate((d) => (d as HTMLDetailsElement).open));

  // no JS
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const n = await ctx.newPage();
  await n.goto("/login");
  await n.getByRole("main").getByLabel("이메일").fill("gwangsan@gjjahwal.example");
  await n.getByRole("main").getByLabel("비밀번호").fill((await import("../../prisma/seed/demo-accounts")).DEMO_PASSWORD);
  await n.getByRole("main").getByRole("button", { name: "로그인" }).click();
  await n.goto(`/center/orders/${number}`);
  const c2 = n.locator("details").filter({ hasText: "송장 정정" });
  await c2.getByText("송장 정정 (택배사·송장번호를 잘못 입력했을 때)").click();
  await c2.getByLabel("택배사").selectOption({ label: "CJ대한통운" });
  await c2.getByLabel("송장번호").fill("12ab");
  await c2.getByRole("button", { name: "송장 정정", exact: true }).click();
  await n.waitForTimeout(1500);
  await n.screenshot({ path: "/tmp/h11-nojs.png", fullPage: true });
  console.log("nojs url", n.url(), "value", await c2.getByLabel("송장번호").inputValue(), await c2.getByLabel("택배사").inputValue());
  console.log("nojs details open", await c2.evaluate((d) => (d as HTMLDetailsElement).open));

  // no-JS settlement page check
  const a = await browser.newContext({ javaScriptEnabled: false });
  const ap = await a.newPage();
  await ap.goto("/login");
  await ap.getByRole("main").getByLabel("이메일").fill("admin@gjjahwal.example");
  await ap.getByRole("main").getByLabel("비밀번호").fill((await import("../../prisma/seed/demo-accounts")).DEMO_PASSWORD);
  await ap.getByRole("main").getByRole("button", { name: "로그인" }).click();
  await ap.goto(`/admin/settlement`);
  await ap.screenshot({ path: "/tmp/h11-settle.png", fullPage: true });
  expect(1).toBe(1);
});
