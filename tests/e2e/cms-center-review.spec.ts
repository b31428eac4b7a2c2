// A local center's story from draft to readers: 서구 staff write and submit it, the editor publishes it,
// a reader finds it at /news/<slug> and in search.
import { expect, expectNoProblems, test, waitForHydration, watchPage } from "./fixtures";
import { signIn } from "./staff";

const TITLE = "서구 참여주민 김장이음잔치";
const UNIQUE_WORD = "김장이음잔치";

test("서구 staff submit a draft, the editor publishes it, a reader finds it", async ({ browser }) => {
  // Three people and two sign-ins (argon2id is slow on purpose): more than the default 30 seconds.
  test.setTimeout(180_000);
  // 1. 서구 staff write a draft and submit it for review.
  const staff = await signIn(browser, "seogu@gjjahwal.example");
  const staffProblems = await watchPage(staff);
  await staff.goto("/center/articles");
  await waitForHydration(staff);
  await staff.getByRole("link", { name: "새 소식 쓰기" }).click();
  await expect(staff.getByRole("heading", { name: "새 소식 쓰기" })).toBeVisible();
  await staff.getByLabel("제목").fill(TITLE);
  await staff.getByLabel("요약").fill("참여주민들이 김장 김치 300포기를 담가 이웃과 나눴습니다.");
  await staff
    .getByLabel("본문 쓰기")
    .fill(`## ${UNIQUE_WORD}\n\n12월 20일 센터 마당에서 **김장 김치 300포기**를 담갔습니다.`);
  await expect(
    staff.getByRole("region", { name: /^미리보기/ }).getByRole("heading", { name: UNIQUE_WORD }),
  ).toBeVisible();
  await staff.getByLabel("해시태그").fill("#김장 #나눔");
  await staff.getByRole("button", { name: "임시저장" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "임시저장했습니다" })).toBeVisible();
  await expect(staff.getByRole("region", { name: "기사 상태" })).toContainText("임시저장");

  await staff.getByRole("button", { name: "검토 요청" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "검토를 요청했습니다" })).toBeVisible();
  await expect(staff.getByRole("region", { name: "기사 상태" })).toContainText("검토요청");
  await expect(staff.getByRole("button", { name: "임시저장" })).toHaveCount(0);
  await expectNoProblems(staffProblems);

  // 2. The editor finds it under 검토요청 and publishes it.
  const editor = await signIn(browser, "editor@gjjahwal.example");
  const editorProblems = await watchPage(editor);
  await editor.goto("/admin/articles");
  await waitForHydration(editor);
  await editor
    .getByRole("navigation", { name: "기사 상태" })
    .getByRole("link", { name: /검토요청/ })
    .click();
  await editor.getByRole("link", { name: TITLE }).click();
  await expect(editor.getByRole("heading", { name: "검토 요청된 기사입니다" })).toBeVisible();
  const slug = await editor.getByLabel(/주소/).inputValue();
  expect(slug).toMatch(/^seogu-/);
  await editor.getByRole("button", { name: "발행하기" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "발행했습니다" })).toBeVisible();
  await expect(editor.getByRole("region", { name: "기사 상태" })).toContainText("발행");
  await expectNoProblems(editorProblems);

  // 3. A reader (no session) reads it and finds it in search.
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/news/${slug}`);
  await expect(reader.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  await expect(reader.getByRole("link", { name: "광주서구지역자활센터" }).first()).toBeVisible();
  await expect(reader.getByRole("list", { name: "해시태그" })).toContainText("#김장");
  await reader.goto(`/search?q=${encodeURIComponent(UNIQUE_WORD)}`);
  await expect(reader.getByRole("main").getByRole("link", { name: TITLE })).toHaveAttribute("href", `/news/${slug}`);
});
