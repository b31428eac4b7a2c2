// Korean search over articles and 소소드림 products. The SQL that differs between SQLite and PostgreSQL
// (matching, ranking, date arithmetic) lives in search-sql.server.ts.
import { Prisma } from "~/generated/prisma/client";
import { prisma } from "~/utils/db.server";
import { highlight, isEmptyQuery, parseQuery, snippet, snippetSource } from "./query";
import {
  ageInDays,
  canMatch,
  matcher,
  newestFirst,
  searchFrom,
  termConditions,
  termScore,
  type Matcher,
  type SearchTable,
} from "./search-sql.server";

export const SEARCH_PAGE_SIZE = 10;

// Column weights for ranking: a hit in the title counts most, then the summary, then the body.
const ARTICLES: SearchTable = {
  alias: "a",
  table: "Article",
  fts: "article_fts",
  vocab: "article_fts_vocab",
  columns: [
    ["title", 10],
    ["summary", 4],
    ["bodyText", 1],
  ],
  // A match not in the title or summary is in the body: the long body needn't be read to rank.
  implied: "bodyText",
};
const PRODUCTS: SearchTable = {
  alias: "p",
  table: "Product",
  fts: "product_fts",
  vocab: "product_fts_vocab",
  columns: [
    ["name", 10],
    ["summary", 4],
    ["description", 1],
  ],
};

/**
 * Ranking looks at the newest matches only, at most this many (also the largest total counted: beyond it the
 * page says "500건 이상"). Ranking and counting every match of a word most articles contain (자활센터) would
 * cost time in proportion to the whole archive; readers of a news site want the recent ones first anyway.
 */
export const SEARCH_CANDIDATES = 500;

/** Mirrors visibleArticleWhere() in news/visibility.server.ts. */
function visibleArticleSql(now: Date) {
  return Prisma.sql`a."status" IN ('PUBLISHED', 'SCHEDULED') AND a."publishedAt" <= ${now}
    AND (a."issueId" IS NULL OR EXISTS (SELECT 1 FROM "Issue" i WHERE i."id" = a."issueId" AND i."status" = 'PUBLISHED'))`;
}

/** Restricts results to articles with every one of these hashtags (see ./expand.server.ts). */
export type ArticleFilter = { tags?: string[] };

/** The newest visible matches (one more than SEARCH_CANDIDATES, to tell whether there are more). */
function candidatesSql(m: Matcher, now: Date, filter: ArticleFilter) {
  const conditions = [...termConditions(ARTICLES, m), visibleArticleSql(now)];
  // Checked per candidate (primary key lookups) rather than by listing a popular tag's thousands of ids.
  for (const tag of filter.tags ?? []) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "ArticleTag" at JOIN "Tag" t ON t."id" = at."tagId"
      WHERE at."articleId" = a."id" AND t."name" = ${tag})`);
  }
  // publishedAt comes from the covering index the visibility check reads: in the row it sits after the body.
  return Prisma.sql`SELECT a."id", a."publishedAt" ${searchFrom(ARTICLES, m)} WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY ${newestFirst(ARTICLES, m)} LIMIT ${SEARCH_CANDIDATES + 1}`;
}

/** A row of the page; with no row on the page (past the end) the one row left carries only the total. */
type Row = {
  id: number;
  slug: string;
  title: string;
  summary: string;
  bodyText: string;
  publishedAt: string | Date;
  sectionName: string | null;
  centerName: string | null;
  total: bigint | number;
};

export type ArticleHit = {
  slug: string;
  title: string;
  titleHtml: string;
  snippetHtml: string;
  publishedAt: Date;
  sectionName: string | null;
  centerName: string | null;
};

export async function searchArticles(rawQuery: string | null, page = 1, now = new Date(), filter: ArticleFilter = {}) {
  const query = parseQuery(rawQuery);
  const terms = [...query.ftsTerms, ...query.shortTerms];
  const empty = { query, total: 0, totalCapped: false, page: 1, pageCount: 1, hits: [] as ArticleHit[] };
  if (isEmptyQuery(query) && !filter.tags?.length) return empty;
  const m = await matcher(ARTICLES, terms);
  if (!canMatch(m)) return empty;

  // Relevance, gently discounted with age: a year-old article keeps about two thirds of its score.
  const score = Prisma.sql`(${termScore(ARTICLES, terms)})
    * (0.5 + 0.5 / (1.0 + ${ageInDays(Prisma.sql`c."publishedAt"`, now)} / 365.0))`;
  // Rank the candidates on ids and scores alone, then read names and text for the page's rows only. CROSS JOIN
  // keeps SQLite from walking the whole table to probe the candidates instead of looking each one up.
  const rows = await prisma.$queryRaw<Row[]>(Prisma.sql`
    WITH c AS (${candidatesSql(m, now, filter)}),
    r AS (
      SELECT a."id", ${score} AS "score", c."publishedAt" AS "at"
      FROM c CROSS JOIN "Article" a WHERE a."id" = c."id"
      ORDER BY "score" DESC, "at" DESC, a."id" DESC
      LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${(page - 1) * SEARCH_PAGE_SIZE}
    ),
    n AS (SELECT COUNT(*) AS "total" FROM c)
    SELECT a."id", a."slug", a."title", a."summary", a."bodyText", a."publishedAt", n."total",
      (SELECT s."name" FROM "Section" s WHERE s."id" = a."sectionId") AS "sectionName",
      (SELECT ce."shortName" FROM "Center" ce WHERE ce."id" = a."centerId") AS "centerName"
    FROM n LEFT JOIN r ON TRUE LEFT JOIN "Article" a ON a."id" = r."id"
    ORDER BY r."score" DESC, r."at" DESC, r."id" DESC`);
  const counted = Number(rows[0]?.total ?? 0);
  const total = Math.min(counted, SEARCH_CANDIDATES);
  const hits: ArticleHit[] = rows
    .filter((row) => row.id !== null)
    .map((row) => ({
      slug: row.slug,
      title: row.title,
      titleHtml: highlight(row.title, terms),
      snippetHtml: snippet(snippetSource(row.summary, row.bodyText), terms),
      publishedAt: new Date(row.publishedAt),
      sectionName: row.sectionName,
      centerName: row.centerName,
    }));
  const pageCount = Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE));
  return { query, total, totalCapped: counted > SEARCH_CANDIDATES, page, pageCount, hits };
}

/** How many articles searchArticles would find (counted up to SEARCH_CANDIDATES + 1), without ranking them. */
export async function countArticles(rawQuery: string | null, now = new Date(), filter: ArticleFilter = {}) {
  const query = parseQuery(rawQuery);
  if (isEmptyQuery(query) && !filter.tags?.length) return 0;
  const m = await matcher(ARTICLES, [...query.ftsTerms, ...query.shortTerms]);
  if (!canMatch(m)) return 0;
  const rows = await prisma.$queryRaw<{ total: bigint | number }[]>(
    Prisma.sql`WITH c AS (${candidatesSql(m, now, filter)}) SELECT COUNT(*) AS "total" FROM c`,
  );
  return Number(rows[0]?.total ?? 0);
}

export type ProductHit = {
  slug: string;
  name: string;
  nameHtml: string;
  summary: string;
  art: string | null;
  centerName: string;
};

/** Visible 소소드림 products matching every term, name hits first. */
export async function searchProducts(rawQuery: string | null, limit = 6): Promise<ProductHit[]> {
  const query = parseQuery(rawQuery);
  if (isEmptyQuery(query)) return [];
  const terms = [...query.ftsTerms, ...query.shortTerms];
  const m = await matcher(PRODUCTS, terms);
  if (!canMatch(m)) return [];
  const conditions = [...termConditions(PRODUCTS, m), Prisma.sql`p."visible" = TRUE`];
  const rows = await prisma.$queryRaw<
    { slug: string; name: string; summary: string; art: string | null; centerName: string }[]
  >(Prisma.sql`
    SELECT p."slug", p."name", p."summary", p."art", c."name" AS "centerName"
    ${searchFrom(PRODUCTS, m)}
    JOIN "Center" c ON c."id" = p."centerId"
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY ${termScore(PRODUCTS, terms)} DESC, p."position", p."id"
    LIMIT ${limit}`);
  return rows.map((row) => ({ ...row, nameHtml: highlight(row.name, terms) }));
}
