import { describe, expect, it } from "vitest";

// Readers see an article only through visibleArticleWhere: hashtags used by drafts alone stay out of
// the sitemap, and a product page lists only the stories readers can open.
const { prisma } = await import("~/utils/db.server");
const sitemap = await import("~/routes/sitemap[.]xml");
const { getProduct } = await import("~/catalog/catalog.server");

describe("what drafts leave behind", () => {
  it("keeps a draft-only hashtag out of the sitemap until the article is published", async () => {
    const article = await prisma.article.create({
      data: {
        slug: "draft-with-secret-tag",
        title: "초안",
        body: "",
        status: "DRAFT",
        tags: { create: { tag: { create: { name: "미공개해시태그" } } } },
      },
    });
    const tagUrl = encodeURIComponent("미공개해시태그");
    expect(await (await sitemap.loader()).text()).not.toContain(tagUrl);
    await prisma.article.update({ where: { id: article.id }, data: { status: "PUBLISHED", publishedAt: new Date() } });
    expect(await (await sitemap.loader()).text()).toContain(tagUrl);
  });

  it("lists on a product page only related stories readers can open", async () => {
    const product = await prisma.product.findFirstOrThrow({ where: { visible: true } });
    const live = await prisma.article.findUniqueOrThrow({ where: { slug: "seogu-bitgreen-project" } });
    await prisma.productArticle.upsert({
      where: { productId_articleId: { productId: product.id, articleId: live.id } },
      create: { productId: product.id, articleId: live.id },
      update: {},
    });
    const issue = await prisma.issue.create({ data: { key: "2031-01", title: "2031년 1월호", status: "DRAFT" } });
    const waiting = await prisma.article.create({
      data: {
        slug: "published-in-draft-issue",
        title: "월호 발행을 기다리는 기사",
        body: "",
        status: "PUBLISHED",
        publishedAt: new Date(Date.now() - 60_000),
        issueId: issue.id,
        products: { create: { productId: product.id } },
      },
    });
    const slugs = async () => (await getProduct(product.slug))!.articles.map((a) => a.slug);
    expect(await slugs()).not.toContain(waiting.slug);
    expect(await slugs()).toContain(live.slug);
    await prisma.issue.update({ where: { id: issue.id }, data: { status: "PUBLISHED", publishedAt: new Date() } });
    expect(await slugs()).toContain(waiting.slug);
  });
});
