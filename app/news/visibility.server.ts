import type { Prisma } from "~/generated/prisma/client";

/**
 * Readers see an article once it is published (or scheduled and its time has come) and its 월호,
 * if it has one, is published. Every reader-facing query goes through this one rule; the raw-SQL
 * search module mirrors it in `visibleArticleSql`.
 */
export function visibleArticleWhere(now: Date = new Date()): Prisma.ArticleWhereInput {
  return {
    status: { in: ["PUBLISHED", "SCHEDULED"] },
    publishedAt: { lte: now },
    OR: [{ issueId: null }, { issue: { status: "PUBLISHED" } }],
  };
}

export const visibleIssueWhere: Prisma.IssueWhereInput = { status: "PUBLISHED" };
