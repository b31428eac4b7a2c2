// What editors see of articles: every state, every center. Readers' queries live in app/news and go
// through visibleArticleWhere; nothing here is ever shown to readers.
import type { Prisma } from "~/generated/prisma/client";
import { imageSelect, imageSources } from "~/media/image-sources";
import { containsText, prisma } from "~/utils/db.server";
import { effectiveStatus, isArticleStatus, type ArticleStatus } from "./article-states";

export const ADMIN_PAGE_SIZE = 20;

export type ArticleFilters = {
  q: string;
  status: ArticleStatus | null;
  issueId: number | null;
  sectionId: number | null;
  centerId: number | null;
  authorId: number | null;
};

function idParam(params: URLSearchParams, name: string) {
  const raw = params.get(name);
  return raw && /^\d{1,9}$/.test(raw) ? Number(raw) : null;
}

/** Filters from the list page's query string; anything malformed is simply no filter. */
export function readArticleFilters(url: URL): ArticleFilters {
  const p = url.searchParams;
  const status = p.get("status");
  return {
    q: (p.get("q") ?? "").normalize("NFC").trim().slice(0, 100),
    status: isArticleStatus(status) ? status : null,
    issueId: idParam(p, "issue"),
    sectionId: idParam(p, "section"),
    centerId: idParam(p, "center"),
    authorId: idParam(p, "author"),
  };
}

/** The stored status that gives an effective one (a scheduled article past its time is published). */
export function effectiveStatusWhere(status: ArticleStatus, now: Date): Prisma.ArticleWhereInput {
  if (status === "PUBLISHED") {
    return { OR: [{ status: "PUBLISHED" }, { status: "SCHEDULED", publishedAt: { lte: now } }] };
  }
  if (status === "SCHEDULED") return { status: "SCHEDULED", publishedAt: { gt: now } };
  return { status };
}

function filtersWhere(filters: ArticleFilters, now: Date): Prisma.ArticleWhereInput {
  const and: Prisma.ArticleWhereInput[] = [];
  if (filters.status) and.push(effectiveStatusWhere(filters.status, now));
  if (filters.issueId) and.push({ issueId: filters.issueId });
  if (filters.sectionId) and.push({ sectionId: filters.sectionId });
  if (filters.centerId) and.push({ centerId: filters.centerId });
  if (filters.authorId) and.push({ authorId: filters.authorId });
  for (const term of filters.q.split(/\s+/).filter(Boolean)) {
    and.push({
      OR: [{ title: containsText(term) }, { summary: containsText(term) }, { bodyText: containsText(term) }],
    });
  }
  return { AND: and };
}

export const articleRowSelect = {
  id: true,
  slug: true,
  title: true,
  status: true,
  publishedAt: true,
  submittedAt: true,
  updatedAt: true,
  reviewNote: true,
  section: { select: { name: true } },
  issue: { select: { title: true, status: true } },
  center: { select: { shortName: true } },
  author: { select: { name: true } },
} as const;

type ArticleRowRaw = Prisma.ArticleGetPayload<{ select: typeof articleRowSelect }>;

export function toArticleRow(row: ArticleRowRaw, now: Date) {
  return { ...row, state: effectiveStatus(row, now) };
}
export type ArticleRow = ReturnType<typeof toArticleRow>;

export async function listArticles(filters: ArticleFilters, page: number, now = new Date()) {
  const where = filtersWhere(filters, now);
  const [total, rows] = await Promise.all([
    prisma.article.count({ where }),
    prisma.article.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      take: ADMIN_PAGE_SIZE,
      skip: (page - 1) * ADMIN_PAGE_SIZE,
      select: articleRowSelect,
    }),
  ]);
  return {
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE)),
    articles: rows.map((row) => toArticleRow(row, now)),
  };
}

/** How many articles are in each state, for the status tabs above the list. */
export async function countByStatus(now = new Date()) {
  const [grouped, scheduledLive] = await Promise.all([
    prisma.article.groupBy({ by: ["status"], _count: { _all: true } }),
    prisma.article.count({ where: { status: "SCHEDULED", publishedAt: { lte: now } } }),
  ]);
  const counts: Record<ArticleStatus, number> = { DRAFT: 0, REVIEW: 0, SCHEDULED: 0, PUBLISHED: 0, UNPUBLISHED: 0 };
  for (const g of grouped) counts[g.status] += g._count._all;
  counts.SCHEDULED -= scheduledLive;
  counts.PUBLISHED += scheduledLive;
  return counts;
}

/** Choices for the editor's selects and the list's filters. */
export async function articleOptions() {
  const [sections, issues, centers, authors, tags] = await Promise.all([
    prisma.section.findMany({ orderBy: { position: "asc" }, select: { id: true, name: true, slug: true } }),
    prisma.issue.findMany({ orderBy: { key: "desc" }, select: { id: true, title: true, status: true } }),
    prisma.center.findMany({
      orderBy: [{ kind: "desc" }, { position: "asc" }],
      select: { id: true, name: true, shortName: true },
    }),
    prisma.user.findMany({
      where: { articles: { some: {} } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    popularTags(),
  ]);
  return { sections, issues, centers, authors, tags };
}

/** The most used hashtags, offered as one-tap suggestions in the editors. */
export async function popularTags(take = 24) {
  const tags = await prisma.tag.findMany({ orderBy: { articles: { _count: "desc" } }, take, select: { name: true } });
  return tags.map((t) => t.name);
}
export type ArticleOptions = Awaited<ReturnType<typeof articleOptions>>;

export const articleEditSelect = {
  ...articleRowSelect,
  summary: true,
  body: true,
  coverAlt: true,
  coverArt: true,
  coverImageId: true,
  eventStartsAt: true,
  eventEndsAt: true,
  eventPlace: true,
  eventHost: true,
  sectionId: true,
  issueId: true,
  centerId: true,
  authorId: true,
  createdAt: true,
  coverImage: { select: imageSelect },
  tags: { select: { tag: { select: { name: true } } }, orderBy: { tag: { name: "asc" } } },
  _count: { select: { revisions: true } },
} as const;

type ArticleEditRaw = Prisma.ArticleGetPayload<{ select: typeof articleEditSelect }>;

export function toEditable(article: ArticleEditRaw, now: Date) {
  const { coverImage, tags, _count, ...rest } = article;
  return {
    ...rest,
    state: effectiveStatus(article, now),
    coverImage: coverImage ? { ...imageSources(coverImage), alt: coverImage.alt } : null,
    tags: tags.map((t) => t.tag.name),
    revisionCount: _count.revisions,
  };
}
export type EditableArticle = ReturnType<typeof toEditable>;

/** Any article, in any state (editors only). */
export async function getArticleForEdit(id: number, now = new Date()) {
  const article = await prisma.article.findUnique({ where: { id }, select: articleEditSelect });
  return article ? toEditable(article, now) : null;
}

/** The article id of a route param, or null when it can't be one. */
export function articleIdParam(raw: string | undefined): number | null {
  return raw && /^\d{1,9}$/.test(raw) ? Number(raw) : null;
}
