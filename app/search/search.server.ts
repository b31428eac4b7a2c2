// Korean search over articles. This is the one module that speaks SQLite's dialect for search
// (FTS5 MATCH, bm25, julianday): a PostgreSQL port replaces this file only.
import { Prisma } from "~/generated/prisma/client";
import { prisma } from "~/utils/db.server";
import {
  ftsMatchExpression,
  highlight,
  isEmptyQuery,
  likePattern,
  parseQuery,
  snippet,
  snippetSource,
  type ParsedQuery,
} from "./query";

export const SEARCH_PAGE_SIZE = 10;

// Column weights for ranking: a hit in the title counts most, then the summary, then the body.
const WEIGHT = { title: 10, summary: 4, body: 1 } as const;

/** Mirrors visibleArticleWhere() in news/visibility.server.ts. */
function visibleArticleSql(now: Date) {
  return Prisma.sql`a."status" IN ('PUBLISHED', 'SCHEDULED') AND a."publishedAt" <= ${now}
    AND (a."issueId" IS NULL OR EXISTS (SELECT 1 FROM "Issue" i WHERE i."id" = a."issueId" AND i."status" = 'PUBLISHED'))`;
}

function shortTermConditions(terms: string[]) {
  return terms.map(
    (t) =>
      Prisma.sql`(a."title" LIKE ${likePattern(t)} ESCAPE '\\' OR a."summary" LIKE ${likePattern(t)} ESCAPE '\\' OR a."bodyText" LIKE ${likePattern(t)} ESCAPE '\\')`,
  );
}

function shortTermScore(terms: string[]) {
  if (terms.length === 0) return Prisma.sql`0`;
  return Prisma.join(
    terms.map(
      (t) => Prisma.sql`(CASE WHEN a."title" LIKE ${likePattern(t)} ESCAPE '\\' THEN ${WEIGHT.title} ELSE 0 END
        + CASE WHEN a."summary" LIKE ${likePattern(t)} ESCAPE '\\' THEN ${WEIGHT.summary} ELSE 0 END
        + CASE WHEN a."bodyText" LIKE ${likePattern(t)} ESCAPE '\\' THEN ${WEIGHT.body} ELSE 0 END)`,
    ),
    " + ",
  );
}

/** Restricts results to given articles (e.g. those with a searched hashtag, see ./expand.server.ts). */
export type ArticleFilter = { articleIds?: number[] };

function fromAndWhere(query: ParsedQuery, now: Date, filter: ArticleFilter = {}) {
  const conditions = [visibleArticleSql(now), ...shortTermConditions(query.shortTerms)];
  if (filter.articleIds) conditions.push(Prisma.sql`a."id" IN (${Prisma.join([...filter.articleIds, -1])})`);
  const fts = query.ftsTerms.length > 0;
  const from = fts
    ? Prisma.sql`FROM "article_fts" f JOIN "Article" a ON a."id" = f.rowid`
    : Prisma.sql`FROM "Article" a`;
  if (fts) conditions.unshift(Prisma.sql`"article_fts" MATCH ${ftsMatchExpression(query.ftsTerms)}`);
  return Prisma.sql`${from} WHERE ${Prisma.join(conditions, " AND ")}`;
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
  const bm25 =
    query.ftsTerms.length > 0
      ? Prisma.sql`-bm25("article_fts", ${WEIGHT.title}, ${WEIGHT.summary}, ${WEIGHT.body})`
      : Prisma.sql`0`;
  // Relevance, gently discounted with age: a year-old article keeps about two thirds of its score.
  const score = Prisma.sql`((${bm25}) + (${shortTermScore(query.shortTerms)}))
    * (0.5 + 0.5 / (1.0 + (julianday(${now}) - julianday(a."publishedAt")) / 365.0))`;

  const select = Prisma.sql`
      SELECT a."id", a."slug", a."title", a."summary", a."bodyText", a."publishedAt",
        (SELECT s."name" FROM "Section" s WHERE s."id" = a."sectionId") AS "sectionName",
        (SELECT c."shortName" FROM "Center" c WHERE c."id" = a."centerId") AS "centerName"`;
  const pageSql = Prisma.sql`ORDER BY ${score} DESC, a."publishedAt" DESC, a."id" DESC
      LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${(page - 1) * SEARCH_PAGE_SIZE}`;
  const countSql = Prisma.sql`SELECT COUNT(*) AS total ${fromWhere}`;
  let rows: (Row & { total?: bigint | number })[];
  let total: number;
  if (query.ftsTerms.length > 0) {
    // bm25() can't share a query with a window function: count separately (the FTS lookup is cheap).
    const [countRows, pageRows] = await Promise.all([
      prisma.$queryRaw<{ total: bigint | number }[]>(countSql),
      prisma.$queryRaw<Row[]>(Prisma.sql`${select} ${fromWhere} ${pageSql}`),
    ]);
    rows = pageRows;
    total = Number(countRows[0]?.total ?? 0);
  } else {
    // Short terms scan the base table: count in the same pass (window count before LIMIT) so it runs once.
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

/** Visible 소소드림 products matching every term (FTS for 3+ characters, LIKE for shorter ones). */
export async function searchProducts(rawQuery: string | null, limit = 6): Promise<ProductHit[]> {
  const query = parseQuery(rawQuery);
  if (isEmptyQuery(query)) return [];
  const conditions = [
    Prisma.sql`p."visible" = 1`,
    ...query.shortTerms.map(
      (t) =>
        Prisma.sql`(p."name" LIKE ${likePattern(t)} ESCAPE '\\' OR p."summary" LIKE ${likePattern(t)} ESCAPE '\\' OR p."description" LIKE ${likePattern(t)} ESCAPE '\\')`,
    ),
  ];
  const fts = query.ftsTerms.length > 0;
  if (fts) conditions.unshift(Prisma.sql`"product_fts" MATCH ${ftsMatchExpression(query.ftsTerms)}`);
  const rows = await prisma.$queryRaw<
    { slug: string; name: string; summary: string; art: string | null; centerName: string }[]
  >(Prisma.sql`
    SELECT p."slug", p."name", p."summary", p."art", c."name" AS "centerName"
    ${fts ? Prisma.sql`FROM "product_fts" f JOIN "Product" p ON p."id" = f.rowid` : Prisma.sql`FROM "Product" p`}
    JOIN "Center" c ON c."id" = p."centerId"
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY ${fts ? Prisma.sql`bm25("product_fts", 10.0, 4.0, 1.0),` : Prisma.empty} p."position", p."id"
    LIMIT ${limit}`);
  const terms = [...query.ftsTerms, ...query.shortTerms];
  return rows.map((row) => ({ ...row, nameHtml: highlight(row.name, terms) }));
}
