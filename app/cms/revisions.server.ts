// Revision history: every save keeps title/summary/body; restoring one is itself a save (so it is
// recorded as a new revision and can be undone the same way).
import { recordAudit } from "~/audit/audit.server";
import { prisma } from "~/utils/db.server";
import { formatDateTime } from "~/utils/format";
import { markdownToText } from "~/utils/markdown.server";
import { ArticleRefused } from "./article-save.server";

/** The article a revision page is about (any state; editors only). */
export function findArticleTitle(id: number) {
  return prisma.article.findUnique({ where: { id }, select: { id: true, title: true } });
}

export function listRevisions(articleId: number) {
  return prisma.articleRevision.findMany({
    where: { articleId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, title: true, summary: true, createdAt: true, author: { select: { name: true } } },
  });
}

export function getRevision(articleId: number, revisionId: number) {
  return prisma.articleRevision.findFirst({
    where: { id: revisionId, articleId },
    select: {
      id: true,
      title: true,
      summary: true,
      body: true,
      createdAt: true,
      author: { select: { name: true } },
    },
  });
}

/** Brings back the text of an earlier revision (status, slug and everything else stay as they are). */
export async function restoreRevision(articleId: number, revisionId: number, userId: number) {
  return prisma.$transaction(async (tx) => {
    const revision = await tx.articleRevision.findFirst({ where: { id: revisionId, articleId } });
    if (!revision) throw new ArticleRefused("REVISION_NOT_FOUND");
    const { title, summary, body } = revision;
    await tx.article.update({
      where: { id: articleId },
      data: { title, summary, body, bodyText: markdownToText(body) },
    });
    await tx.articleRevision.create({ data: { articleId, title, summary, body, authorId: userId } });
    await recordAudit(
      {
        userId,
        action: "article.restore_revision",
        entity: "Article",
        entityId: articleId,
        detail: `${formatDateTime(revision.createdAt)} 버전으로 되돌림: ${title.slice(0, 80)}`,
      },
      tx,
    );
  });
}
