import { describe, expect, it } from "vitest";
import { FOOD_DISCLOSURE } from "~/catalog/food-disclosure";
import { launchChecklist } from "~/launch/launch-checklist.server";
import * as adminPolicy from "~/routes/admin.policies.$slug";
import * as siteInfoRoute from "~/routes/admin.site-info";
import * as policyPage from "~/routes/policies.$slug";
import { prisma } from "~/utils/db.server";
import { editFormOf, productIdOf, saveProduct } from "../support/product-admin";
import { call } from "../support/route-calls";
import { formRequest, getRequest, sessionCookie, STAFF } from "../support/staff";

const CONFIG_UNSET = { STRIPE_SECRET_KEY: undefined, SMTP_URL: undefined, PUBLIC_BASE_URL: "http://localhost:3000" };
const CONFIG_SET = {
  STRIPE_SECRET_KEY: "sk_live_abc",
  SMTP_URL: "smtp://mail.example.kr:587",
  PUBLIC_BASE_URL: "https://shop.example.kr",
};

describe("사이트 정보", () => {
  it("starts from what the webzine says, leaves the numbers it doesn't give visibly unfilled", async () => {
    const admin = await sessionCookie(STAFF.admin);
    const page = await call(siteInfoRoute.loader, getRequest("/admin/site-info", admin));
    expect(page.data.defaults).toMatchObject({
      businessName: "광주광역자활센터",
      representative: "박기문",
      address: "광주광역시 서구 화정로 149, 3층",
      phone: "062-361-9114",
      email: "gjjahwal@kdissw.or.kr",
      businessNumber: "",
      mailOrderNumber: "",
      privacyOfficerName: "",
    });
    const items = await launchChecklist(CONFIG_SET as never);
    expect(items.filter((i) => i.area === "판매자 정보").map((i) => i.title)).toEqual([
      "사업자등록번호이(가) 비어 있습니다",
      "통신판매업 신고번호이(가) 비어 있습니다",
      "개인정보 보호책임자이(가) 비어 있습니다",
      "보호책임자 연락처이(가) 비어 있습니다",
      "호스팅 서비스 제공자이(가) 비어 있습니다",
      "고객센터 운영시간이(가) 비어 있습니다",
    ]);
  });

  it("is ADMIN only, refuses bad input in Korean keeping it, and audits each change", async () => {
    const editor = await sessionCookie(STAFF.editor);
    const denied = await call(siteInfoRoute.loader, getRequest("/admin/site-info", editor));
    expect(denied.status).toBe(403);

    const admin = await sessionCookie(STAFF.admin);
    const form = (await call(siteInfoRoute.loader, getRequest("/admin/site-info", admin))).data.defaults;
    const bad = await call(
      siteInfoRoute.action,
      formRequest(
        "/admin/site-info",
        { ...form, businessNumber: "12-34", csHours: "평일\u0000 9시", mailOrderNumber: "가".repeat(51) },
        admin,
      ),
    );
    expect(bad.status).toBe(400);
    expect(bad.data.error).toEqual({
      businessNumber: ["사업자등록번호 10자리를 123-45-67890 형식으로 입력해 주세요."],
      mailOrderNumber: ["50자 이내로 입력해 주세요."],
    });
    expect(bad.data.initialValue.businessNumber).toBe("12-34");
    expect(await prisma.siteInfo.count()).toBe(0);

    const saved = await call(
      siteInfoRoute.action,
      formRequest(
        "/admin/site-info",
        {
          ...form,
          businessNumber: "123-45-67890",
          mailOrderNumber: "제2026-광주서구-0001호",
          privacyOfficerName: "홍길동 (사무국장)",
          privacyOfficerContact: "062-361-9114",
          hostingProvider: "테스트호스팅",
          csHours: "평일 09:00–18:00",
        },
        admin,
      ),
    );
    expect(saved.status).toBe(302);
    const row = await prisma.siteInfo.findUniqueOrThrow({ where: { id: 1 } });
    expect(row).toMatchObject({ businessNumber: "1234567890", phone: "0623619114", representative: "박기문" });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "site.update" } });
    expect(audit.detail).toContain("사업자등록번호 (비어 있음) → 1234567890");
    const items = await launchChecklist(CONFIG_SET as never);
    expect(items.filter((i) => i.area === "판매자 정보")).toEqual([]);
  });
});

describe("policies", () => {
  it("publishes versions in Markdown with an effective date; earlier ones stay readable", async () => {
    const admin = await sessionCookie(STAFF.admin);
    const first = await call(policyPage.loader, getRequest("/policies/privacy"), { slug: "privacy" });
    expect(first.data.shown.version).toBe(1);
    // The privacy policy names the producing centers and the processors, and fills the seller's details in.
    expect(first.data.html).toContain("광주서구지역자활센터");
    expect(first.data.html).toContain("Stripe, Inc.");
    expect(first.data.html).toContain("<table>");
    expect(first.data.html).not.toContain("{{");

    const page = await call(adminPolicy.loader, getRequest("/admin/policies/privacy", admin), { slug: "privacy" });
    const body = page.data.defaults.body.replace("〔입력 필요: 이메일 발송 업체〕", "테스트메일(주)");
    const past = await call(
      adminPolicy.action,
      formRequest("/admin/policies/privacy", { body, effectiveAt: "2020-01-01T09:00", note: "" }, admin),
      { slug: "privacy" },
    );
    expect(past.status).toBe(400);
    expect(past.data.error.effectiveAt).toEqual(["시행 일시는 지금 이후로 정해 주세요."]);
    const empty = await call(
      adminPolicy.action,
      formRequest("/admin/policies/privacy", { body: "  ", effectiveAt: page.data.defaults.effectiveAt }, admin),
      {
        slug: "privacy",
      },
    );
    expect(empty.data.error.body).toEqual(["본문을 입력해 주세요."]);

    const future = await call(
      adminPolicy.action,
      formRequest("/admin/policies/privacy", { body, effectiveAt: "2099-01-01T00:00", note: "위탁 업체 기재" }, admin),
      { slug: "privacy" },
    );
    expect(future.location).toBe("/admin/policies/privacy?published=2");
    // Announced, not yet in force.
    const announced = await call(policyPage.loader, getRequest("/policies/privacy"), { slug: "privacy" });
    expect(announced.data.shown.version).toBe(1);
    expect(announced.data.versions.map((v: { version: number; upcoming: boolean }) => [v.version, v.upcoming])).toEqual(
      [
        [2, true],
        [1, false],
      ],
    );
    const v2 = await call(policyPage.loader, getRequest("/policies/privacy?version=2"), { slug: "privacy" });
    expect(v2.data.html).toContain("테스트메일(주)");

    const now = await call(
      adminPolicy.action,
      formRequest("/admin/policies/privacy", { body, effectiveAt: page.data.defaults.effectiveAt, note: "" }, admin),
      { slug: "privacy" },
    );
    expect(now.location).toBe("/admin/policies/privacy?published=3");
    const current = await call(policyPage.loader, getRequest("/policies/privacy"), { slug: "privacy" });
    expect(current.data.shown.version).toBe(3);
    const old = await call(policyPage.loader, getRequest("/policies/privacy?version=1"), { slug: "privacy" });
    expect(old.data.shown).toMatchObject({ version: 1, isCurrent: false });
    expect(old.data.html).toContain("〔입력 필요: 이메일 발송 업체〕");
    expect((await call(policyPage.loader, getRequest("/policies/privacy?version=9"), { slug: "privacy" })).status).toBe(
      404,
    );
    expect((await call(policyPage.loader, getRequest("/policies/cookies"), { slug: "cookies" })).status).toBe(404);
    expect(await prisma.auditLog.count({ where: { action: "policy.publish" } })).toBe(2);

    const items = await launchChecklist(CONFIG_SET as never);
    expect(items.filter((i) => i.area === "약관·방침").map((i) => i.title)).toEqual([
      "이용약관",
      "교환·반품·환불 안내",
    ]);
  });
});

describe("상품정보제공고시 and the launch checklist", () => {
  it("lists every demo product's empty required items and the unset configuration; filling removes them", async () => {
    const before = await launchChecklist(CONFIG_UNSET as never);
    const gift = before.find((i) => i.title === "내친구김 선물세트")!;
    expect(gift.detail).toBe(
      "비어 있는 항목: 식품의 유형, 제조연월일, 소비기한 또는 품질유지기한, 원재료명 및 함량, 영양성분, 유전자변형식품 여부, 소비자안전을 위한 주의사항",
    );
    expect(
      before.filter((i) => i.area === "결제" || i.area === "이메일" || i.area === "사이트 주소").map((i) => i.title),
    ).toEqual([
      "Stripe 키가 설정되지 않았습니다",
      "SMTP_URL이 설정되지 않았습니다",
      "PUBLIC_BASE_URL이 공개 https 주소가 아닙니다",
    ]);
    expect(
      (await launchChecklist({ ...CONFIG_SET, STRIPE_SECRET_KEY: "sk_test_x" } as never)).map((i) => i.title),
    ).toContain("Stripe 테스트 키를 쓰고 있습니다");

    const admin = await sessionCookie(STAFF.admin);
    const id = await productIdOf("naechingu-gim-gift-set");
    const form = await editFormOf(id, admin);
    for (const f of FOOD_DISCLOSURE) expect(form).toHaveProperty(f.name);
    const filled = {
      ...form,
      foodType: "조미김",
      manufacturedOn: "제품 포장에 별도 표기",
      shelfLife: "제조일로부터 6개월",
      ingredients: "김 70%(국산), 들기름, 소금",
      nutrition: "해당 없음",
      gmo: "해당 없음",
      cautions: "알레르기 유발물질: 없음\n같은 시설에서 새우를 다룹니다",
    };
    const tooLong = await saveProduct(id, { ...filled, cautions: "가".repeat(1001) }, admin);
    expect(tooLong.status).toBe(400);
    expect(tooLong.data.error.cautions).toEqual(["1000자 이내로 입력해 주세요."]);
    expect(tooLong.data.initialValue.foodType).toBe("조미김");
    expect((await prisma.product.findUniqueOrThrow({ where: { id } })).foodType).toBe("");

    expect((await saveProduct(id, filled, admin)).status).toBe(302);
    const saved = await prisma.product.findUniqueOrThrow({ where: { id } });
    expect(saved).toMatchObject({
      foodType: "조미김",
      cautions: "알레르기 유발물질: 없음\n같은 시설에서 새우를 다룹니다",
    });
    const after = await launchChecklist(CONFIG_UNSET as never);
    expect(after.find((i) => i.title === "내친구김 선물세트")).toBeUndefined();
    expect(after).toHaveLength(before.length - 1);
    expect(await launchChecklist(CONFIG_SET as never)).not.toContainEqual(expect.objectContaining({ area: "결제" }));
  });
});
