import type { CenterKind, Prisma } from "~/generated/prisma/client";
import { imageSelect, imageSources, uploadUrl } from "~/media/image-sources";
import { cachedContent } from "~/utils/content-cache.server";
import { prisma } from "~/utils/db.server";
import { articleCardSelect, coverImages, findCards, ogImagePath, references, withCover } from "./cards.server";
import { lookups } from "./lookups.server";
import { visibleArticleWhere, visibleIssueWhere } from "./visibility.server";

export { ogImagePath, type ArticleCard } from "./cards.server";

export const NEWS_PAGE_SIZE = 12;
/** The regional center's own section (광역자활센터 소식). */
export const REGIONAL_SECTION_SLUG = "regional";

export async function paginatedCards(where: object, page: number, pageSize = NEWS_PAGE_SIZE) {
  const [total, articles] = await Promise.all([
    prisma.article.count({ where: { AND: [visibleArticleWhere(), where] } }),
    findCards({ where, take: pageSize, skip: (page - 1) * pageSize }),
  ]);
  return { total, page, pageCount: Math.max(1, Math.ceil(total / pageSize)), articles };
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
  return cachedContent("news:sections", () => prisma.section.findMany({ orderBy: { position: "asc" } }));
}

export function getTag(name: string) {
  return prisma.tag.findUnique({ where: { name } });
}

/** Sections of one 월호 with their visible articles in editorial order. */
async function issueContents(issueId: number) {
  const [sections, cards] = await Promise.all([
    listSections(),
    findCards({ where: { issueId }, orderBy: [{ position: "asc" }, { id: "asc" }] }),
  ]);
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

/** A published 월호 with its contents; kept per content version (every 월호 page and the home page show one). */
export function getIssue(key: string) {
  return cachedContent(`news:issue:${key}`, () => loadIssue({ key, ...visibleIssueWhere }));
}

/** The newest published 월호, found and read in one pass (the home page). */
export function getLatestIssue() {
  return cachedContent("news:latest-issue", () => loadIssue(visibleIssueWhere));
}

async function loadIssue(where: object) {
  const issue = await prisma.issue.findFirst({ where, orderBy: { key: "desc" }, select: issueSelect });
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
  const [article, refs] = await Promise.all([
    prisma.article.findFirst({
      where: { AND: [visibleArticleWhere(now), { slug }] },
      select: {
        ...articleCardSelect,
        body: true,
        updatedAt: true,
        eventHost: true,
        position: true,
        // The newest saved revision, for "수정" (see lastModifiedOf); read with the article, not on its own.
        revisions: { orderBy: { createdAt: "desc" }, take: 1, select: { createdAt: true } },
      },
    }),
    lookups(),
  ]);
  if (!article) return null;
  const images = await coverImages([article]);
  const { revisions, ...shown } = article;
  return {
    ...withCover(shown, images),
    modifiedAt: lastModifiedOf(article.publishedAt!, revisions[0]?.createdAt),
    ...references(article, refs),
    tagIds: article.tags.map((t) => t.tagId),
    publishedAt: article.publishedAt!,
  };
}
/**
 * When readers last saw a change: the newest saved revision if it came after publication, else publication
 * itself. (updatedAt also moves on status changes and imports, so it is not what a reader would call "수정".)
 */
function lastModifiedOf(publishedAt: Date, newestRevision: Date | undefined) {
  return newestRevision && newestRevision > publishedAt ? newestRevision : publishedAt;
}
export type ArticleDetail = NonNullable<Awaited<ReturnType<typeof getArticle>>>;

/** A 월호's visible articles in reading order (section order, then position): shared by all its articles. */
function issueReadingOrder(issueId: number) {
  return cachedContent(`news:reading-order:${issueId}`, async () => {
    const [siblings, refs] = await Promise.all([
      prisma.article.findMany({
        where: { AND: [visibleArticleWhere(), { issueId }] },
        select: { slug: true, title: true, position: true, id: true, sectionId: true },
      }),
      lookups(),
    ]);
    const sectionPosition = (id: number | null) => (id ? (refs.sections.get(id)?.position ?? 99) : 99);
    return siblings
      .sort(
        (a, b) => sectionPosition(a.sectionId) - sectionPosition(b.sectionId) || a.position - b.position || a.id - b.id,
      )
      .map(({ slug, title }) => ({ slug, title }));
  });
}

/** Previous and next article in the 월호's reading order. */
export async function getIssueNeighbours(article: ArticleDetail) {
  if (!article.issueId) return { previous: null, next: null };
  const siblings = await issueReadingOrder(article.issueId);
  const index = siblings.findIndex((s) => s.slug === article.slug);
  return { previous: siblings[index - 1] ?? null, next: index >= 0 ? (siblings[index + 1] ?? null) : null };
}

/**
 * Articles sharing the most hashtags, then the same center or section, newest first: the 50 newest
 * candidates are scored in one query (the shared-tag count is a subquery of it), and only the chosen
 * few are read as cards.
 */
export async function getRelatedArticles(article: ArticleDetail, limit = 3) {
  const { tagIds } = article;
  const candidates = await prisma.article.findMany({
    where: {
      AND: [
        visibleArticleWhere(),
        {
          id: { not: article.id },
          OR: [
            { tags: { some: { tagId: { in: tagIds } } } },
            ...(article.centerId ? [{ centerId: article.centerId }] : []),
            { sectionId: article.sectionId },
          ],
        },
      ],
    },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: 50,
    select: {
      id: true,
      centerId: true,
      sectionId: true,
      _count: { select: { tags: { where: { tagId: { in: tagIds } } } } },
    },
  });
  const score = (c: (typeof candidates)[number]) =>
    c._count.tags * 10 +
    (article.centerId && c.centerId === article.centerId ? 3 : 0) +
    (c.sectionId === article.sectionId ? 1 : 0);
  const chosen = candidates
    .map((c, order) => ({ id: c.id, s: score(c), order }))
    .sort((a, b) => b.s - a.s || a.order - b.order)
    .slice(0, limit)
    .map((c) => c.id);
  if (chosen.length === 0) return [];
  const cards = await findCards({ where: { id: { in: chosen } } });
  return chosen.flatMap((id) => cards.find((c) => c.id === id) ?? []);
}

/**
 * A center's news: what it wrote or what is about it, and for the regional center (which has no center of
 * its own on the articles it writes) everything in its 광역자활센터 소식 section too.
 */
export function centerNewsWhere(center: { id: number; kind: CenterKind }): Prisma.ArticleWhereInput {
  if (center.kind !== "REGIONAL") return { centerId: center.id };
  return { OR: [{ centerId: center.id }, { section: { slug: REGIONAL_SECTION_SLUG } }] };
}

export function listCenters() {
  return cachedContent("news:centers", async () => {
    const centers = await prisma.center.findMany({
      orderBy: [{ kind: "desc" }, { position: "asc" }, { name: "asc" }],
      select: {
        id: true,
        slug: true,
        name: true,
        shortName: true,
        kind: true,
        address: true,
        phone: true,
        description: true,
        _count: { select: { articles: { where: visibleArticleWhere() } } },
      },
    });
    return Promise.all(
      centers.map(async ({ id, _count, ...center }) => ({
        ...center,
        articleCount:
          center.kind === "REGIONAL"
            ? await prisma.article.count({
                where: { AND: [visibleArticleWhere(), centerNewsWhere({ id, kind: center.kind })] },
              })
            : _count.articles,
      })),
    );
  });
}

/** Names and links only (no counts): for the home page's list of centers. */
export function listLocalCenterLinks() {
  return cachedContent("news:local-center-links", () =>
    prisma.center.findMany({
      where: { kind: "LOCAL" },
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: { slug: true, name: true },
    }),
  );
}

export function getCenter(slug: string) {
  return prisma.center.findUnique({ where: { slug } });
}

export async function listCenterNews(center: { id: number; kind: CenterKind }, page: number) {
  return paginatedCards(centerNewsWhere(center), page);
}

/** The newest articles outside any 월호: a center's own news published between issues. */
export function listStandaloneNews(take: number) {
  return findCards({ where: { issueId: null }, take });
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
  return cachedContent("news:regional-center", () =>
    prisma.center.findFirst({
      where: { kind: "REGIONAL" },
      select: { name: true, representative: true, phone: true, address: true, email: true },
    }),
  );
}
