import { imageSelect, imageSources, uploadUrl, type ImageRecord } from "~/media/image-sources";
import type { Prisma } from "~/generated/prisma/client";
import { prisma } from "~/utils/db.server";
import { visibleArticleWhere, visibleIssueWhere } from "./visibility.server";

export const NEWS_PAGE_SIZE = 12;
/** The regional center's own section (광역자활센터 소식). */
export const REGIONAL_SECTION_SLUG = "regional";

/** The fields every article card needs. */
const articleCardSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  publishedAt: true,
  coverArt: true,
  coverAlt: true,
  coverImage: { select: imageSelect },
  eventStartsAt: true,
  eventEndsAt: true,
  eventPlace: true,
  section: { select: { slug: true, name: true } },
  center: { select: { slug: true, shortName: true, name: true } },
  issue: { select: { key: true, title: true } },
  tags: { select: { tag: { select: { name: true } } } },
} as const;

type RawCard = Awaited<ReturnType<typeof findCards>>[number];

function findCards(args: { where?: object; orderBy?: object | object[]; take?: number; skip?: number }) {
  return prisma.article.findMany({
    where: { AND: [visibleArticleWhere(), args.where ?? {}] },
    orderBy: args.orderBy ?? [{ publishedAt: "desc" }, { id: "desc" }],
    take: args.take,
    skip: args.skip,
    select: articleCardSelect,
  });
}

type CoverFields = { coverArt: string | null; coverAlt: string; coverImage: (ImageRecord & { alt: string }) | null };

/** An uploaded cover photo wins over the built-in illustration; its own alt text fills in a blank coverAlt. */
function withCover<T extends CoverFields>(raw: T) {
  return {
    ...raw,
    coverAlt: raw.coverAlt || raw.coverImage?.alt || "",
    coverImage: raw.coverImage ? imageSources(raw.coverImage) : null,
    ogImage: ogImagePath(raw.coverImage, raw.coverArt),
  };
}

/** Site-relative og:image: the uploaded photo's JPEG/PNG, else the PNG rendering of the illustration. */
export function ogImagePath(coverImage: { storageKey: string } | null, coverArt: string | null | undefined) {
  return coverImage ? uploadUrl(coverImage.storageKey) : `/art/og/${coverArt ?? "issue-cover"}.png`;
}

function toCard(raw: RawCard) {
  return { ...withCover(raw), publishedAt: raw.publishedAt!, tags: raw.tags.map((t) => t.tag.name) };
}
export type ArticleCard = ReturnType<typeof toCard>;

export async function paginatedCards(where: object, page: number, pageSize = NEWS_PAGE_SIZE) {
  const [total, rows] = await Promise.all([
    prisma.article.count({ where: { AND: [visibleArticleWhere(), where] } }),
    findCards({ where, take: pageSize, skip: (page - 1) * pageSize }),
  ]);
  return { total, page, pageCount: Math.max(1, Math.ceil(total / pageSize)), articles: rows.map(toCard) };
}

export function listNews(page: number) {
  return paginatedCards({}, page);
}

export function listSectionNews(sectionId: number, page: number) {
  return paginatedCards({ sectionId }, page);
}

export function listTagNews(tagName: string, page: number) {
  return paginatedCards({ tags: { some: { tag: { name: tagName } } } }, page);
}

export function getSection(slug: string) {
  return prisma.section.findUnique({ where: { slug } });
}

export function listSections() {
  return prisma.section.findMany({ orderBy: { position: "asc" } });
}

export function getTag(name: string) {
  return prisma.tag.findUnique({ where: { name } });
}

/** Sections of one 월호 with their visible articles in editorial order. */
async function issueContents(issueId: number) {
  const [sections, rows] = await Promise.all([
    listSections(),
    findCards({ where: { issueId }, orderBy: [{ position: "asc" }, { id: "asc" }] }),
  ]);
  const cards = rows.map(toCard);
  return sections
    .map((section) => ({ ...section, articles: cards.filter((a) => a.section?.slug === section.slug) }))
    .filter((section) => section.articles.length > 0);
}

const issueSelect = {
  id: true,
  key: true,
  title: true,
  tagline: true,
  closing: true,
  publishedAt: true,
  coverArticle: { select: { slug: true } },
  coverImage: { select: imageSelect },
} as const;

export async function getIssue(key: string) {
  const issue = await prisma.issue.findFirst({ where: { key, ...visibleIssueWhere }, select: issueSelect });
  if (!issue) return null;
  const sections = await issueContents(issue.id);
  const all = sections.flatMap((s) => s.articles);
  const cover = all.find((a) => a.slug === issue.coverArticle?.slug) ?? all[0] ?? null;
  return {
    ...issue,
    // The 월호's own cover photo, else its cover story's: what the home page and the issue page show.
    coverImage: issue.coverImage ? imageSources(issue.coverImage) : (cover?.coverImage ?? null),
    ogImage: issue.coverImage ? uploadUrl(issue.coverImage.storageKey) : (cover?.ogImage ?? ogImagePath(null, null)),
    sections,
    cover,
  };
}

export async function getLatestIssue() {
  const latest = await prisma.issue.findFirst({
    where: visibleIssueWhere,
    orderBy: { key: "desc" },
    select: { key: true },
  });
  return latest ? getIssue(latest.key) : null;
}

export async function listIssues() {
  const issues = await prisma.issue.findMany({
    where: visibleIssueWhere,
    orderBy: { key: "desc" },
    select: {
      ...issueSelect,
      _count: { select: { articles: { where: visibleArticleWhere() } } },
      coverArticle: {
        select: { slug: true, title: true, coverArt: true, coverAlt: true, coverImage: { select: imageSelect } },
      },
    },
  });
  return issues.map(({ _count, coverImage, coverArticle, ...issue }) => {
    const picture = coverImage ?? coverArticle?.coverImage;
    return {
      ...issue,
      coverArticle: coverArticle ? { slug: coverArticle.slug, title: coverArticle.title } : null,
      coverArt: coverArticle?.coverArt ?? "issue-cover",
      coverImage: picture ? imageSources(picture) : null,
      articleCount: _count.articles,
    };
  });
}

export async function getArticle(slug: string, now = new Date()) {
  const article = await prisma.article.findFirst({
    where: { AND: [visibleArticleWhere(now), { slug }] },
    select: {
      ...articleCardSelect,
      body: true,
      updatedAt: true,
      eventHost: true,
      issueId: true,
      sectionId: true,
      position: true,
      center: { select: { slug: true, shortName: true, name: true } },
    },
  });
  if (!article) return null;
  return {
    ...withCover(article),
    publishedAt: article.publishedAt!,
    tags: article.tags.map((t) => t.tag.name),
  };
}
export type ArticleDetail = NonNullable<Awaited<ReturnType<typeof getArticle>>>;

/** Previous and next article in the 월호's reading order (section order, then position). */
export async function getIssueNeighbours(article: ArticleDetail) {
  if (!article.issueId) return { previous: null, next: null };
  const siblings = await prisma.article.findMany({
    where: { AND: [visibleArticleWhere(), { issueId: article.issueId }] },
    select: { slug: true, title: true, position: true, id: true, section: { select: { position: true } } },
  });
  siblings.sort(
    (a, b) => (a.section?.position ?? 99) - (b.section?.position ?? 99) || a.position - b.position || a.id - b.id,
  );
  const index = siblings.findIndex((s) => s.slug === article.slug);
  const pick = (i: number) => (siblings[i] ? { slug: siblings[i].slug, title: siblings[i].title } : null);
  return { previous: pick(index - 1), next: pick(index + 1) };
}

/** Articles sharing the most hashtags, then the same center or section, newest first. */
export async function getRelatedArticles(article: ArticleDetail, limit = 3) {
  const candidates = await findCards({
    where: {
      id: { not: article.id },
      OR: [
        { tags: { some: { tag: { name: { in: article.tags } } } } },
        ...(article.center ? [{ center: { slug: article.center.slug } }] : []),
        { sectionId: article.sectionId },
      ],
    },
    take: 50,
  });
  const shared = (c: RawCard) => c.tags.filter((t) => article.tags.includes(t.tag.name)).length;
  const score = (c: RawCard) =>
    shared(c) * 10 +
    (article.center && c.center?.slug === article.center.slug ? 3 : 0) +
    (c.section?.slug === article.section?.slug ? 1 : 0);
  return candidates
    .map((c) => ({ c, s: score(c) }))
    .sort((a, b) => b.s - a.s)
    .slice(0, limit)
    .map(({ c }) => toCard(c));
}

/**
 * A center's news: what it wrote or what is about it, and for the regional center (which has no center of
 * its own on the articles it writes) everything in its 광역자활센터 소식 section too.
 */
export function centerNewsWhere(center: { id: number; kind: string }): Prisma.ArticleWhereInput {
  if (center.kind !== "REGIONAL") return { centerId: center.id };
  return { OR: [{ centerId: center.id }, { section: { slug: REGIONAL_SECTION_SLUG } }] };
}

export async function listCenters() {
  const centers = await prisma.center.findMany({
    orderBy: [{ kind: "desc" }, { position: "asc" }, { name: "asc" }],
    select: {
      slug: true,
      name: true,
      shortName: true,
      kind: true,
      address: true,
      phone: true,
      description: true,
      id: true,
      _count: { select: { articles: { where: visibleArticleWhere() } } },
    },
  });
  return Promise.all(
    centers.map(async ({ id, _count, ...center }) => ({
      ...center,
      articleCount:
        center.kind === "REGIONAL"
          ? await prisma.article.count({ where: { AND: [visibleArticleWhere(), centerNewsWhere({ id, ...center })] } })
          : _count.articles,
    })),
  );
}

/** Names and links only (no counts): for the home page's list of centers. */
export function listLocalCenterLinks() {
  return prisma.center.findMany({
    where: { kind: "LOCAL" },
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { slug: true, name: true },
  });
}

export function getCenter(slug: string) {
  return prisma.center.findUnique({ where: { slug } });
}

export async function listCenterNews(center: { id: number; kind: string }, page: number) {
  return paginatedCards(centerNewsWhere(center), page);
}

/** The newest articles outside any 월호: a center's own news published between issues. */
export async function listStandaloneNews(take: number) {
  return (await findCards({ where: { issueId: null }, take })).map(toCard);
}

/** Everything the feed and sitemap list, newest first. */
export async function listForFeed(take: number, now = new Date()) {
  return prisma.article.findMany({
    where: visibleArticleWhere(now),
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take,
    select: {
      slug: true,
      title: true,
      summary: true,
      publishedAt: true,
      updatedAt: true,
      section: { select: { name: true } },
      tags: { select: { tag: { select: { name: true } } } },
    },
  });
}

/** The regional center (publisher of the webzine): its details fill the site footer. */
export function getRegionalCenter() {
  return prisma.center.findFirst({
    where: { kind: "REGIONAL" },
    select: { name: true, representative: true, phone: true, address: true, email: true },
  });
}
