// Loads the 2023년 12월호 webzine, its centers and the 소소드림 catalog into an empty database.
import type { PrismaClient } from "../../app/generated/prisma/client";
import { markdownToText } from "../../app/utils/markdown.server";
import * as content from "./content-2023-12";

export async function seedContent(prisma: PrismaClient) {
  const centerIds = new Map<string, number>();
  for (const [position, center] of content.centers.entries()) {
    const row = await prisma.center.create({ data: { ...center, position } });
    centerIds.set(center.slug, row.id);
  }
  const centerId = (slug: string) => {
    const id = centerIds.get(slug);
    if (!id) throw new Error(`Seed refers to unknown center "${slug}"`);
    return id;
  };

  const sectionIds = new Map<string, number>();
  for (const [position, section] of content.sections.entries()) {
    const row = await prisma.section.create({ data: { ...section, position } });
    sectionIds.set(section.slug, row.id);
  }

  const publishedAt = new Date(content.issue.publishedAt);
  const issue = await prisma.issue.create({
    data: {
      key: content.issue.key,
      title: content.issue.title,
      tagline: content.issue.tagline,
      closing: content.issue.closing,
      status: "PUBLISHED",
      publishedAt,
    },
  });

  const articleIds = new Map<string, number>();
  for (const article of content.articles) {
    const row = await prisma.article.create({
      data: {
        slug: article.slug,
        title: article.title,
        summary: article.summary,
        body: article.body,
        bodyText: markdownToText(article.body),
        coverArt: article.coverArt,
        coverAlt: article.coverAlt,
        status: "PUBLISHED",
        publishedAt,
        position: article.position,
        eventStartsAt: article.event ? new Date(article.event.startsAt) : null,
        eventEndsAt: article.event?.endsAt ? new Date(article.event.endsAt) : null,
        eventPlace: article.event?.place ?? null,
        eventHost: article.event?.host ?? null,
        issueId: issue.id,
        sectionId: sectionIds.get(article.sectionSlug) ?? null,
        centerId: article.centerSlug ? centerId(article.centerSlug) : null,
        tags: {
          create: article.tags.map((name) => ({
            tag: { connectOrCreate: { where: { name }, create: { name } } },
          })),
        },
      },
    });
    articleIds.set(article.slug, row.id);
  }
  const coverId = articleIds.get(content.issue.coverArticleSlug);
  if (coverId) await prisma.issue.update({ where: { id: issue.id }, data: { coverArticleId: coverId } });

  const brand = await prisma.brand.create({ data: content.brand });
  for (const [position, product] of content.products.entries()) {
    const { variants, relatedArticleSlugs, centerSlug, ...fields } = product;
    await prisma.product.create({
      data: {
        ...fields,
        position,
        brandId: brand.id,
        centerId: centerId(centerSlug),
        variants: { create: variants.map((v, i) => ({ ...v, position: i })) },
        articles: {
          create: relatedArticleSlugs
            .map((slug) => articleIds.get(slug))
            .filter((id): id is number => id !== undefined)
            .map((articleId) => ({ articleId })),
        },
      },
    });
  }
  return { centers: centerIds.size, articles: articleIds.size, products: content.products.length };
}

export async function isSeeded(prisma: PrismaClient) {
  return (await prisma.issue.count()) > 0;
}
