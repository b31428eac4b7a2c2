// Centers and staff accounts in /admin, through the real route loaders and actions: center edits (and the
// shipping they drive), creating accounts, password resets and disabling that end sessions at once,
// the last-admin rule, and the audit records each change writes. (The audit view: admin-audit-log.test.ts.)
import { beforeAll, describe, expect, it } from "vitest";
import { logIn } from "~/accounts/login.server";
import { getUser } from "~/accounts/session.server";
import { userRefusal } from "~/accounts/user-messages";
import { setUserDisabled, updateUser } from "~/accounts/users.server";
import { getCartView } from "~/cart/cart.server";
import * as editCenter from "~/routes/admin.centers.$id";
import * as centerList from "~/routes/admin.centers._index";
import * as newCenter from "~/routes/admin.centers.new";
import * as editUser from "~/routes/admin.users.$id";
import * as newUser from "~/routes/admin.users.new";
import { prisma } from "~/utils/db.server";
import { DEMO_PASSWORD } from "../../prisma/seed/demo-accounts";
import { call } from "../support/route-calls";
import { makeCart, variantId } from "../support/shop";
import { formRequest, getRequest, sessionCookie, STAFF } from "../support/staff";

let admin: string;
let adminId: number;
beforeAll(async () => {
  admin = await sessionCookie(STAFF.admin);
  adminId = (await prisma.user.findUniqueOrThrow({ where: { email: STAFF.admin } })).id;
});

const asRequest = (cookie: string) => getRequest("/admin", cookie);
const lastAudit = (entity: string, entityId: number | string) =>
  prisma.auditLog.findFirstOrThrow({
    where: { entity, entityId: String(entityId) },
    orderBy: { id: "desc" },
    include: { user: { select: { email: true } } },
  });

let clients = 0;
const tryLogIn = (email: string, password: string) => logIn(email, password, `users-test-${++clients}`);

describe("centers", () => {
  const seogu = () => prisma.center.findUniqueOrThrow({ where: { slug: "seogu" } });

  async function centerForm(id: number) {
    const page = await call(editCenter.loader, getRequest(`/admin/centers/${id}`, admin), { id: String(id) });
    expect(page.status).toBe(200);
    return page.data.defaults as Record<string, string>;
  }
  const saveCenter = (id: number, fields: Record<string, string>) =>
    call(editCenter.action, formRequest(`/admin/centers/${id}`, fields, admin), { id: String(id) });

  it("edits a center: phone stored as digits, fees typed with commas, and the cart charges the new fee", async () => {
    const { id } = await seogu();
    const form = await centerForm(id);
    expect(form.phone).toBe("062-367-3027");
    const result = await saveCenter(id, {
      ...form,
      phone: "062 367 3028",
      shippingFee: "3,500",
      freeShippingThreshold: "50,000원",
      representative: "김대표",
    });
    expect(result).toMatchObject({ status: 302, location: `/admin/centers/${id}?saved=updated` });
    expect(await seogu()).toMatchObject({
      phone: "0623673028",
      shippingFee: 3500,
      freeShippingThreshold: 50000,
      representative: "김대표",
    });
    const audit = await lastAudit("Center", id);
    expect(audit).toMatchObject({ action: "center.update", user: { email: STAFF.admin } });
    expect(audit.detail).toContain("배송비 3,000원 → 3,500원");
    expect(audit.detail).toContain("무료배송 기준 30,000원 → 50,000원");
    expect(audit.detail).toContain("전화 062-367-3027 → 062-367-3028");

    const cart = await makeCart(prisma, [
      { variantId: await variantId(prisma, "naechingu-gim-gift-set", "선물세트"), quantity: 2 },
    ]);
    expect((await getCartView(cart)).groups[0]).toMatchObject({ itemsTotal: 40000, shippingFee: 3500 });
  });

  it("refuses invalid values in Korean and keeps what was typed", async () => {
    const { id } = await seogu();
    const form = await centerForm(id);
    const result = await saveCenter(id, {
      ...form,
      name: "",
      slug: "gwangsan",
      shippingFee: "삼천원",
      freeShippingThreshold: "-1",
      phone: "12",
      email: "not-an-email",
    });
    expect(result.status).toBe(400);
    expect(result.data.error).toMatchObject({
      name: ["센터 이름을 입력해 주세요."],
      shippingFee: ["배송비는 숫자로 입력해 주세요. (예: 3000 또는 3,000)"],
      freeShippingThreshold: ["무료배송 기준 금액은 0원 이상이어야 합니다."],
      phone: ["전화번호를 062-123-4567 형식으로 입력해 주세요."],
      email: ["이메일 주소를 정확히 입력해 주세요."],
    });
    expect(result.data.initialValue).toMatchObject({ shippingFee: "삼천원", address: form.address });

    const taken = await saveCenter(id, { ...form, slug: "gwangsan" });
    expect(taken.data.error.slug).toEqual(["이미 다른 센터가 쓰는 주소입니다. 다른 주소를 입력해 주세요."]);
  });

  it("creates a center, listed with its fees and audited", async () => {
    const result = await call(
      newCenter.action,
      formRequest(
        "/admin/centers/new",
        {
          name: "광주남구지역자활센터",
          shortName: "남구",
          slug: "namgu",
          kind: "LOCAL",
          phone: "062-000-1234",
          shippingFee: "4000",
          freeShippingThreshold: "40,000",
        },
        admin,
      ),
    );
    expect(result.status).toBe(302);
    const center = await prisma.center.findUniqueOrThrow({ where: { slug: "namgu" } });
    expect(center).toMatchObject({ phone: "0620001234", shippingFee: 4000, email: null, address: null });
    expect(result.location).toBe(`/admin/centers/${center.id}?saved=created`);
    expect((await lastAudit("Center", center.id)).detail).toBe(
      "광주남구지역자활센터 (배송비 4,000원, 40,000원 이상 무료)",
    );
    const list = await call(centerList.loader, getRequest("/admin/centers", admin));
    expect(list.data.centers.map((c: { slug: string }) => c.slug)).toContain("namgu");
  });
});

describe("staff accounts", () => {
  const createAccount = (fields: Record<string, string>) =>
    call(newUser.action, formRequest("/admin/users/new", fields, admin));
  const postUser = (id: number, fields: Record<string, string>, cookie = admin) =>
    call(editUser.action, formRequest(`/admin/users/${id}`, fields, cookie), { id: String(id) });
  const userId = async (email: string) => (await prisma.user.findUniqueOrThrow({ where: { email } })).id;

  it("a CENTER_STAFF account needs a center; created with a generated password shown once", async () => {
    const withoutCenter = await createAccount({
      email: "namgu@gjjahwal.example",
      name: "남구 담당자",
      role: "CENTER_STAFF",
    });
    expect(withoutCenter.status).toBe(400);
    expect(withoutCenter.data.error.centerId).toEqual(["지역자활센터 담당자는 소속 센터를 골라야 합니다."]);
    expect(withoutCenter.data.initialValue).toMatchObject({ email: "namgu@gjjahwal.example", name: "남구 담당자" });

    const gwangsan = await prisma.center.findUniqueOrThrow({ where: { slug: "gwangsan" } });
    const created = await createAccount({
      email: " Gwangsan2@GJJAHWAL.example ",
      name: "광산 두번째",
      role: "CENTER_STAFF",
      centerId: String(gwangsan.id),
    });
    expect(created.status).toBe(200);
    const { password, id } = created.data.created;
    expect(password).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    const user = await prisma.user.findUniqueOrThrow({ where: { id } });
    expect(user).toMatchObject({ email: "gwangsan2@gjjahwal.example", role: "CENTER_STAFF", centerId: gwangsan.id });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.passwordHash).not.toContain(password);
    expect(await tryLogIn("gwangsan2@gjjahwal.example", password)).toHaveProperty("setCookie");
    expect((await lastAudit("User", id)).detail).toBe(
      "광산 두번째 <gwangsan2@gjjahwal.example> (지역자활센터 담당자, 센터 광산)",
    );
  });

  it("takes a typed password of 10+ characters and refuses a taken email", async () => {
    const short = await createAccount({
      email: "ed2@gjjahwal.example",
      name: "편집2",
      role: "EDITOR",
      password: "short",
    });
    expect(short.data.error.password).toEqual(["비밀번호는 10자 이상이어야 합니다."]);
    const taken = await createAccount({ email: STAFF.editor, name: "중복", role: "EDITOR" });
    expect(taken.data.error.email).toEqual(["이미 등록된 이메일입니다."]);
    const ok = await createAccount({
      email: "ed2@gjjahwal.example",
      name: "편집2",
      role: "EDITOR",
      password: "typed-password-123",
    });
    expect(ok.data.created.password).toBe("typed-password-123");
    expect(await tryLogIn("ed2@gjjahwal.example", "typed-password-123")).toHaveProperty("setCookie");
  });

  it("resetting a password ends that user's sessions; only the new password works", async () => {
    const staffCookie = await sessionCookie(STAFF.seogu);
    const otherStaff = await sessionCookie(STAFF.gwangsan);
    expect(await getUser(asRequest(staffCookie))).not.toBeNull();
    const id = await userId(STAFF.seogu);

    const result = await postUser(id, { intent: "reset-password", password: "" });
    expect(result.status).toBe(200);
    const { password } = result.data;
    expect(password).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    expect(await getUser(asRequest(staffCookie))).toBeNull();
    expect(await prisma.session.count({ where: { userId: id } })).toBe(0);
    expect(await getUser(asRequest(otherStaff))).not.toBeNull(); // other people stay signed in
    expect(await tryLogIn(STAFF.seogu, DEMO_PASSWORD)).toEqual({ error: "INVALID" });
    expect(await tryLogIn(STAFF.seogu, password)).toHaveProperty("setCookie");
    expect((await lastAudit("User", id)).detail).toBe("서구센터 담당자: 비밀번호 재설정 (로그인 1곳 종료)");

    const typed = await postUser(id, { intent: "reset-password", password: "new-staff-password" });
    expect(typed.data.password).toBe("new-staff-password");
    const tooShort = await postUser(id, { intent: "reset-password", password: "123" });
    expect(tooShort.status).toBe(400);
    expect(tooShort.data.reply.error.password).toEqual(["비밀번호는 10자 이상이어야 합니다."]);
  });

  it("disabling an account ends its sessions at once; enabling lets it sign in again", async () => {
    const staffCookie = await sessionCookie(STAFF.gwangsan);
    const id = await userId(STAFF.gwangsan);
    const result = await postUser(id, { intent: "disable" });
    expect(result).toMatchObject({ status: 302, location: `/admin/users/${id}?saved=disabled` });
    expect(await prisma.session.count({ where: { userId: id } })).toBe(0);
    expect(await getUser(asRequest(staffCookie))).toBeNull();
    expect(await tryLogIn(STAFF.gwangsan, DEMO_PASSWORD)).toEqual({ error: "INVALID" });
    expect((await lastAudit("User", id)).detail).toMatch(/^광산센터 담당자: 계정 사용 중지 \(로그인 \d+곳 종료\)$/);

    expect((await postUser(id, { intent: "enable" })).location).toBe(`/admin/users/${id}?saved=enabled`);
    expect(await tryLogIn(STAFF.gwangsan, DEMO_PASSWORD)).toHaveProperty("setCookie");
    expect((await lastAudit("User", id)).action).toBe("user.enable");
  });

  it("changes role and center (center staff still need a center), and audits it", async () => {
    const id = await userId("ed2@gjjahwal.example");
    const base = { intent: "update", email: "ed2@gjjahwal.example", name: "편집2" };
    const noCenter = await postUser(id, { ...base, role: "CENTER_STAFF" });
    expect(noCenter.data.reply.error.centerId).toEqual(["지역자활센터 담당자는 소속 센터를 골라야 합니다."]);
    const seogu = await prisma.center.findUniqueOrThrow({ where: { slug: "seogu" } });
    const moved = await postUser(id, { ...base, role: "CENTER_STAFF", centerId: String(seogu.id) });
    expect(moved.status).toBe(302);
    expect(await prisma.user.findUniqueOrThrow({ where: { id } })).toMatchObject({
      role: "CENTER_STAFF",
      centerId: seogu.id,
    });
    expect((await lastAudit("User", id)).detail).toBe("편집2: 역할 편집자 → 지역자활센터 담당자; 센터 없음 → 서구");
    const taken = await postUser(id, { ...base, email: STAFF.admin, role: "EDITOR" });
    expect(taken.data.reply.error.email).toEqual(["이미 등록된 이메일입니다."]);
  });

  it("an admin can neither disable nor demote themselves", async () => {
    const disable = await postUser(adminId, { intent: "disable" });
    expect(disable).toMatchObject({ status: 400, data: { error: "자신의 계정은 사용 중지할 수 없습니다." } });
    const demote = await postUser(adminId, {
      intent: "update",
      email: STAFF.admin,
      name: "광역센터 관리자",
      role: "EDITOR",
    });
    expect(demote.data.reply.error[""]).toEqual(["자신의 역할은 바꿀 수 없습니다."]);
    expect(await prisma.user.findUniqueOrThrow({ where: { id: adminId } })).toMatchObject({
      role: "ADMIN",
      disabledAt: null,
    });
  });

  it("never removes the last enabled ADMIN, whoever asks", async () => {
    const editorId = await userId(STAFF.editor);
    const lastAdmin = { ok: false, reason: "LAST_ADMIN" };
    expect(userRefusal.LAST_ADMIN.message).toBe(
      "사용 중인 관리자가 한 명은 있어야 합니다. 다른 관리자를 먼저 만들어 주세요.",
    );
    expect(await setUserDisabled(adminId, true, editorId)).toEqual(lastAdmin);
    const demote = await updateUser(
      adminId,
      { intent: "update", email: STAFF.admin, name: "관리자", role: "EDITOR" },
      editorId,
    );
    expect(demote).toEqual(lastAdmin);

    // With a second admin, one admin may disable the other.
    const second = await createAccount({ email: "admin2@gjjahwal.example", name: "두번째 관리자", role: "ADMIN" });
    const secondId = second.data.created.id as number;
    expect((await postUser(secondId, { intent: "disable" })).status).toBe(302);
    // Disabled admins don't count: the first admin is again the last one.
    expect(await setUserDisabled(adminId, true, editorId)).toEqual(lastAdmin);
    expect(await prisma.user.findUniqueOrThrow({ where: { id: adminId } })).toMatchObject({ disabledAt: null });
  });
});
