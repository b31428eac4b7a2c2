import { describe, expect, it } from "vitest";
import { LOGIN_LIMITS, logIn } from "~/accounts/login.server";
import { getUser, requireCenterStaff, requireRole, requireUser } from "~/accounts/session.server";
import { prisma } from "~/utils/db.server";
import { DEMO_PASSWORD } from "../../prisma/seed/demo-accounts";

const withCookie = (setCookie: string, path = "/center") =>
  new Request(`http://localhost${path}`, { headers: { Cookie: setCookie.split(";")[0]! } });

async function session(email: string, client = `client-${email}`) {
  const result = await logIn(email, DEMO_PASSWORD, client);
  if (!("setCookie" in result)) throw new Error(`login failed: ${result.error}`);
  return result.setCookie;
}

async function thrown(promise: Promise<unknown>): Promise<Response> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Response) return error;
    throw error;
  }
  throw new Error("expected a thrown Response");
}

describe("login", () => {
  it("signs in a seeded account with argon2id and a database session", async () => {
    const user = await prisma.user.findUniqueOrThrow({ where: { email: "seogu@gjjahwal.example" } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    const cookie = await session("SeoGu@gjjahwal.example ");
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(await getUser(withCookie(cookie))).toMatchObject({ email: "seogu@gjjahwal.example", role: "CENTER_STAFF" });
  });

  it("answers an unknown email and a wrong password alike", async () => {
    expect(await logIn("nobody@gjjahwal.example", DEMO_PASSWORD, "c1")).toEqual({ error: "INVALID" });
    expect(await logIn("admin@gjjahwal.example", "wrong-password", "c1")).toEqual({ error: "INVALID" });
  });

  it("slows guessing per account and address without locking the account for everyone", async () => {
    const { perAccountAndAddress } = LOGIN_LIMITS;
    for (let i = 0; i < perAccountAndAddress.points; i++) {
      expect(await logIn("editor@gjjahwal.example", "wrong", "c-guesser")).toEqual({ error: "INVALID" });
    }
    expect(await logIn("editor@gjjahwal.example", DEMO_PASSWORD, "c-guesser")).toMatchObject({ error: "RATE_LIMITED" });
    // The editor at her own desk still signs in, and so does a colleague behind the guesser's address.
    expect(await logIn("editor@gjjahwal.example", DEMO_PASSWORD, "c-editor-desk")).toHaveProperty("setCookie");
    expect(await logIn("seogu@gjjahwal.example", DEMO_PASSWORD, "c-guesser")).toHaveProperty("setCookie");
  });

  it("counts a concurrent burst before checking passwords: no more checks than the limit", async () => {
    const burst = await Promise.all(
      Array.from({ length: 40 }, () => logIn("admin@gjjahwal.example", "wrong", "c-burst")),
    );
    const outcomes = burst.map((r) => ("error" in r ? r.error : "SIGNED_IN"));
    expect(outcomes.filter((o) => o === "INVALID")).toHaveLength(LOGIN_LIMITS.perAccountAndAddress.points);
    expect(outcomes.filter((o) => o === "RATE_LIMITED")).toHaveLength(40 - LOGIN_LIMITS.perAccountAndAddress.points);
  });

  it("limits one address spraying many accounts at a higher per-address limit", async () => {
    const { perAddress } = LOGIN_LIMITS;
    for (let i = 0; i < perAddress.points; i++) await logIn(`spray${i}@gjjahwal.example`, "wrong", "c-spray");
    expect(await logIn("admin@gjjahwal.example", DEMO_PASSWORD, "c-spray")).toMatchObject({ error: "RATE_LIMITED" });
    expect(await logIn("admin@gjjahwal.example", DEMO_PASSWORD, "c-elsewhere")).toHaveProperty("setCookie");
  });

  it("ends every session of a disabled account at once, and logout revokes the session", async () => {
    const cookie = await session("gwangsan@gjjahwal.example");
    expect(await getUser(withCookie(cookie))).not.toBeNull();
    await prisma.user.update({ where: { email: "gwangsan@gjjahwal.example" }, data: { disabledAt: new Date() } });
    expect(await getUser(withCookie(cookie))).toBeNull();
    expect(await logIn("gwangsan@gjjahwal.example", DEMO_PASSWORD, "c-disabled")).toEqual({ error: "INVALID" });

    const admin = await session("admin@gjjahwal.example");
    const { destroySession } = await import("~/accounts/session.server");
    await destroySession(withCookie(admin));
    expect(await getUser(withCookie(admin))).toBeNull();
  });

  it("ignores a forged session cookie", async () => {
    expect(await getUser(new Request("http://localhost/", { headers: { Cookie: "sd_session=forged" } }))).toBeNull();
  });
});

describe("require helpers", () => {
  it("send anonymous visitors to /login with where they were going", async () => {
    const res = await thrown(requireUser(new Request("http://localhost/center/orders?tab=NEW")));
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe(`/login?redirectTo=${encodeURIComponent("/center/orders?tab=NEW")}`);
  });

  it("refuse the wrong role with 403 and bind center staff to their own center", async () => {
    const staff = await session("seogu@gjjahwal.example", "c-role");
    expect((await thrown(requireRole(withCookie(staff, "/admin"), ["ADMIN"]))).status).toBe(403);
    // (The editor account is rate-limited by the test above; the admin shows the same refusal.)
    const admin = await session("admin@gjjahwal.example", "c-role-2");
    expect((await thrown(requireCenterStaff(withCookie(admin)))).status).toBe(403);
    const seogu = await prisma.center.findUniqueOrThrow({ where: { slug: "seogu" } });
    expect((await requireCenterStaff(withCookie(staff))).centerId).toBe(seogu.id);
  });
});
