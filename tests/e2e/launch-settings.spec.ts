// Changes the seller information and publishes a policy version: state every checkout reads (a checkout open
// while a policy changes is asked to agree again). It runs in the "publishing" project, after the others.
import { expectNoViolations } from "./axe";
import { expect, test } from "./fixtures";
import { signIn } from "./staff";

test("the admin fills the seller numbers and publishes a policy; the checklist shrinks and the footer follows", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const admin = await signIn(browser, "admin@gjjahwal.example");
  await admin.goto("/admin/launch");
  const items = admin.getByRole("main").getByRole("listitem");
  await expect(admin.getByText("사업자등록번호이(가) 비어 있습니다", { exact: true })).toBeVisible();
  await expect(admin.getByText(/비어 있는 항목: 식품의 유형/).first()).toBeVisible();
  await expect(admin.getByText("SMTP_URL이 설정되지 않았습니다", { exact: true })).toBeVisible();
  await expectNoViolations(admin, "/admin/launch");
  const before = await items.count();

  await admin.goto("/admin/site-info");
  await expectNoViolations(admin, "/admin/site-info");
  await admin.getByLabel("사업자등록번호").fill("123-45");
  await admin.getByRole("button", { name: "저장" }).click();
  await expect(admin.getByText("사업자등록번호 10자리를 123-45-67890 형식으로 입력해 주세요.")).toBeVisible();
  await expect(admin.getByLabel("사업자등록번호")).toHaveValue("123-45");
  await admin.getByLabel("사업자등록번호").fill("123-45-67890");
  await admin.getByRole("button", { name: "저장" }).click();
  await expect(admin.getByRole("status")).toHaveText("저장했습니다.");

  await admin.goto("/admin/policies/returns");
  await expectNoViolations(admin, "/admin/policies/returns");
  await admin.getByLabel("바뀐 내용").fill("검토 후 게시");
  await admin.getByRole("button", { name: "새 버전으로 게시" }).click();
  await expect(admin.getByRole("status")).toHaveText("제2판을 게시했습니다.");

  await admin.goto("/admin/launch");
  await expect(admin.getByText("사업자등록번호이(가) 비어 있습니다", { exact: true })).toHaveCount(0);
  await expect(items).toHaveCount(before - 2);

  const footer = admin.getByRole("contentinfo");
  await admin.goto("/policies/returns");
  await expect(admin.getByText("현재 시행 중인 제2판")).toBeVisible();
  await admin.getByRole("link", { name: /제1판/ }).click();
  await expect(admin.getByText("지난 버전입니다.")).toBeVisible();
  await expect(footer.getByRole("link", { name: /사업자정보 확인/ })).toHaveAttribute(
    "href",
    "https://www.ftc.go.kr/bizCommPop.do?wrkr_no=1234567890",
  );
  await admin.goto("/admin/shipping-areas");
  await expect(admin.getByRole("cell", { name: "경북 울릉군 (울릉도·독도)" })).toBeVisible();
  await expectNoViolations(admin, "/admin/shipping-areas");
});
