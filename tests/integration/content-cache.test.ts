import { describe, expect, it } from "vitest";
import { getProduct, listProducts } from "~/catalog/catalog.server";
import { loadArticlePage } from "~/news/article-page.server";
import { getLatestIssue, getRegionalCenter, listSections } from "~/news/news.server";
import { visibleArticleWhere } from "~/news/visibility.server";
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

  it("keeps product pages and cards as content but reads their stock on every call", async () => {
    const slug = "naechingu-gim-jaban";
    const [product, cards] = await Promise.all([getProduct(slug), listProducts()]);
    const variant = product!.variants[0]!;
    expect(variant.stock).toBeGreaterThan(0);
    const version = contentVersion();
    // Orders change stock without moving the content version: the cached content must not hide it.
    await prisma.productVariant.update({ where: { id: variant.id }, data: { stock: 0 } });
    expect(contentVersion()).toBe(version);
    expect((await getProduct(slug))!.variants[0]!.stock).toBe(0);
    const card = (await listProducts()).find((c) => c.slug === slug)!;
    expect(card.variants.find((v) => v.id === variant.id)!.stock).toBe(0);
    expect(cards.find((c) => c.slug === slug)!.variants.find((v) => v.id === variant.id)!.stock).toBe(variant.stock);
    // A content change to the product shows at once.
    await prisma.product.update({ where: { slug }, data: { name: "김자반 (새 이름)" } });
    expect((await getProduct(slug))!.name).toBe("김자반 (새 이름)");
    expect((await listProducts()).find((c) => c.slug === slug)!.name).toBe("김자반 (새 이름)");
  });

  it("shows an article's edit and its unpublishing on its page at once", async () => {
    // (An earlier test unpublished the seed's only 월호.)
    await prisma.issue.updateMany({ data: { status: "PUBLISHED" } });
    const { slug } = (await prisma.article.findFirst({ where: visibleArticleWhere(), select: { slug: true } }))!;
    const page = await loadArticlePage(slug);
    expect(page).not.toBeNull();
    expect(await loadArticlePage(slug)).toBe(page);
    await prisma.article.update({ where: { slug }, data: { title: "고친 제목" } });
    expect((await loadArticlePage(slug))!.article.title).toBe("고친 제목");
    await prisma.article.update({ where: { slug }, data: { status: "DRAFT" } });
    expect(await loadArticlePage(slug)).toBeNull();
  });
});
