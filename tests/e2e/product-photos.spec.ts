// The product photo forms on /admin/products/:id, with and without JavaScript: a refused upload says why
// beside the file field (the error summary lists it), and the description typed stays.
import { test, expect } from "./fixtures";
import { expectErrorSummaryFocused, expectFieldError } from "./form-errors";
import { signIn } from "./staff";

for (const js of [true, false]) {
  test(`an upload without a file is refused beside the file field (${js ? "with" : "without"} JavaScript)`, async ({
    browser,
  }) => {
    const admin = await signIn(browser, "admin@gjjahwal.example", { javaScriptEnabled: js });
    await admin.goto("/admin/products/1");
    const upload = admin.locator("form").filter({ has: admin.getByRole("heading", { name: "사진 올리기" }) });
    await upload.getByLabel("사진 설명 (대체 텍스트)").fill("포장 앞면");
    await upload.getByRole("button", { name: "사진 올리기" }).click();
    await expectErrorSummaryFocused(admin, 1);
    await expectFieldError(upload.getByLabel("사진 파일"), "올릴 사진 파일을 골라 주세요.");
    await expect(upload.getByLabel("사진 설명 (대체 텍스트)")).toHaveValue("포장 앞면");
    await admin.context().close();
  });
}
