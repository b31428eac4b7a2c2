// Korean search over articles and 소소드림 products. The SQL that differs between SQLite and PostgreSQL
// (matching, ranking, date arithmetic) lives in search-sql.server.ts.
import { Prisma } from "~/generated/prisma/client";
import { prisma } from "~/utils/db.server";
import { highlight, isEmptyQuery, parseQuery, snippet, snippetSource, type ParsedQuery } from "./query";
import {
  ageInDays,
  canCountInWindow,
  longTermScore,
  searchFrom,
  shortTermScore,
  termConditions,
  type SearchTable,
} from "./search-sql.server";

export const SEARCH_PAGE_SIZE = 10;

// Column weights for ranking: a hit in the title counts most, then the summary, then the body.
const ARTICLES: SearchTable = {
  alias: "a",
  table: "Article",
  fts: "article_fts",
  columns: [
    ["title", 10],
    ["summary", 4],
    ["bodyText", 1],
  ],
};
const PRODUCTS: SearchTable = {
  alias: "p",
  table: "Product",
  fts: "product_fts",
  columns: [
    ["name", 10],
    ["summary", 4],
    ["description", 1],
  ],
};

/** Mirrors visibleArticleWhere() in news/visibility.server.ts. */
function visibleArticleSql(now: Date) {
  return Prisma.sql`a."status" IN ('PUBLISHED', 'SCHEDULED') AND a."publishedAt" <= ${now}
    AND (a."issueId" IS NULL OR EXISTS (SELECT 1 FROM "Issue" i WHERE i."id" = a."issueId" AND i."status" = 'PUBLISHED'))`;
}

/** Restricts results to given articles (e.g. those with a searched hashtag, see ./expand.server.ts). */
export type ArticleFilter = { articleIds?: number[] };

function fromAndWhere(query: ParsedQuery, now: Date, filter: ArticleFilter = {}) {
  const conditions = [...termConditions(ARTICLES, query.ftsTerms, query.shortTerms), visibleArticleSql(now)];
  if (filter.articleIds) conditions.push(Prisma.sql`a."id" IN (${Prisma.join([...filter.articleIds, -1])})`);
  return Prisma.sql`${searchFrom(ARTICLES, query.ftsTerms)} WHERE ${Prisma.join(conditions, " AND ")}`;
}

type Row = {
  id: number;
  slug: string;
  title: string;
  summary: string;
  bodyText: string;
  publishedAt: string | Date;
  sectionName: string | null;
  centerName: string | null;
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
  if (isEmptyQuery(query) && !filter.articleIds) {
    return { query, total: 0, page: 1, pageCount: 1, hits: [] as ArticleHit[] };
  }

  const fromWhere = fromAndWhere(query, now, filter);
  // Relevance, gently discounted with age: a year-old article keeps about two thirds of its score.
  const score = Prisma.sql`((${longTermScore(ARTICLES, query.ftsTerms)}) + (${shortTermScore(ARTICLES, query.shortTerms)}))
    * (0.5 + 0.5 / (1.0 + ${ageInDays(Prisma.sql`a."publishedAt"`, now)} / 365.0))`;

  const select = Prisma.sql`
      SELECT a."id", a."slug", a."title", a."summary", a."bodyText", a."publishedAt",
        (SELECT s."name" FROM "Section" s WHERE s."id" = a."sectionId") AS "sectionName",
        (SELECT c."shortName" FROM "Center" c WHERE c."id" = a."centerId") AS "centerName"`;
  const pageSql = Prisma.sql`ORDER BY ${score} DESC, a."publishedAt" DESC, a."id" DESC
      LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${(page - 1) * SEARCH_PAGE_SIZE}`;
  const countSql = Prisma.sql`SELECT COUNT(*) AS total ${fromWhere}`;
  let rows: (Row & { total?: bigint | number })[];
  let total: number;
  if (!canCountInWindow(query.ftsTerms)) {
    // Count separately (the FTS lookup is cheap).
    const [countRows, pageRows] = await Promise.all([
      prisma.$queryRaw<{ total: bigint | number }[]>(countSql),
      prisma.$queryRaw<Row[]>(Prisma.sql`${select} ${fromWhere} ${pageSql}`),
    ]);
    rows = pageRows;
    total = Number(countRows[0]?.total ?? 0);
  } else {
    // Count in the same pass (window count before LIMIT) so the scan runs once.
    rows = await prisma.$queryRaw<(Row & { total: bigint | number })[]>(
      Prisma.sql`${select}, COUNT(*) OVER () AS "total" ${fromWhere} ${pageSql}`,
    );
    total =
      rows.length > 0
        ? Number(rows[0]!.total)
        : page > 1
          ? Number((await prisma.$queryRaw<{ total: bigint | number }[]>(countSql))[0]?.total ?? 0)
          : 0;
  }
  const terms = [...query.ftsTerms, ...query.shortTerms];
  const hits: ArticleHit[] = rows.map((row) => ({
    slug: row.slug,
    title: row.title,
    titleHtml: highlight(row.title, terms),
    snippetHtml: snippet(snippetSource(row.summary, row.bodyText), terms),
    publishedAt: new Date(row.publishedAt),
    sectionName: row.sectionName,
    centerName: row.centerName,
  }));
  return { query, total, page, pageCount: Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE)), hits };
}

export type ProductHit = {
  slug: string;
  name: string;
  nameHtml: string;
  summary: string;
  art: string | null;
  centerName: string;
};

/** Visible 소소드림 products matching every term (trigrams for 3+ characters, LIKE for shorter ones). */
export async function searchProducts(rawQuery: string | null, limit = 6): Promise<ProductHit[]> {
  const query = parseQuery(rawQuery);
  if (isEmptyQuery(query)) return [];
  const conditions = [...termConditions(PRODUCTS, query.ftsTerms, query.shortTerms), Prisma.sql`p."visible" = TRUE`];
  const rows = await prisma.$queryRaw<
    { slug: string; name: string; summary: string; art: string | null; centerName: string }[]
  >(Prisma.sql`
    SELECT p."slug", p."name", p."summary", p."art", c."name" AS "centerName"
    ${searchFrom(PRODUCTS, query.ftsTerms)}
    JOIN "Center" c ON c."id" = p."centerId"
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY ${query.ftsTerms.length > 0 ? Prisma.sql`${longTermScore(PRODUCTS, query.ftsTerms)} DESC,` : Prisma.empty} p."position", p."id"
    LIMIT ${limit}`);
  const terms = [...query.ftsTerms, ...query.shortTerms];
  return rows.map((row) => ({ ...row, nameHtml: highlight(row.name, terms) }));
}
