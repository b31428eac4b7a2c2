import { describe, expect, it } from "vitest";
import { getLatestIssue, getRegionalCenter, listSections } from "~/news/news.server";
import { cachedContent, contentVersion } from "~/utils/content-cache.server";
import { prisma } from "~/utils/db.server";

// The in-process content cache: shared data is read once per content version, and every write to a
// content table through the app's Prisma client moves the version on, so readers never see old data.
describe("content cache", () => {
  it("reads shared data once until content changes", async () => {
    let loads = 0;
    const load = async () => ++loads;
    const key = `test:${Math.random()}`;
    expect(await Promise.all([cachedContent(key, load), cachedContent(key, load)])).toEqual([1, 1]);
    expect(await cachedContent(key, load)).toBe(1);
    await prisma.section.update({ where: { slug: "local" }, data: { name: "지역 소식" } });
    expect(await cachedContent(key, load)).toBe(2);
  });

  it("shows a staff change to the footer's publisher and the sections at once", async () => {
    const before = await getRegionalCenter();
    const sectionsBefore = await listSections();
    const version = contentVersion();
    await prisma.center.updateMany({ where: { kind: "REGIONAL" }, data: { phone: "062-000-1234" } });
    expect(contentVersion()).toBeGreaterThan(version);
    expect((await getRegionalCenter())?.phone).toBe("062-000-1234");
    expect(before?.phone).not.toBe("062-000-1234");
    await prisma.section.updateMany({ where: { slug: sectionsBefore[0]!.slug }, data: { name: "바뀐 이름" } });
    expect((await listSections())[0]!.name).toBe("바뀐 이름");
  });

  it("does not move the version for orders, carts or sessions", async () => {
    const version = contentVersion();
    await prisma.cart.create({ data: { id: "content-cache-test-cart-0001" } });
    expect(contentVersion()).toBe(version);
  });

  it("drops the latest 월호 from the home page as soon as it is unpublished", async () => {
    const latest = await getLatestIssue();
    expect(latest).not.toBeNull();
    await prisma.issue.update({ where: { key: latest!.key }, data: { status: "DRAFT" } });
    expect((await getLatestIssue())?.key ?? null).not.toBe(latest!.key);
  });

  it("keeps no failed load", async () => {
    const key = `test:${Math.random()}`;
    await expect(cachedContent(key, () => Promise.reject(new Error("db down")))).rejects.toThrow("db down");
    expect(await cachedContent(key, async () => "ok")).toBe("ok");
  });
});
