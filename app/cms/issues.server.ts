// 월호 (issues) for the admin: create, describe, pick the cover, order the articles.
// Publishing lives in issue-publishing.server.ts.
import { recordAudit } from "~/audit/audit.server";
import { imageSelect, imageSources } from "~/media/image-sources";
import type { CommandResult } from "~/utils/command-result";
import { prisma } from "~/utils/db.server";
import { effectiveStatus } from "./article-states";
import { nextIssueKey, publishPlan } from "./issue-forms";

/** Why a 월호 command was refused; `issue-messages.ts` words each (with the key or titles it names). */
export type IssueRefusalReason =
  | "NOT_FOUND"
  | "KEY_TAKEN"
  | "COVER_NOT_IN_ISSUE"
  | "NOT_IN_ISSUE"
  | "ALREADY_PUBLISHED"
  | "NOTHING_TO_PUBLISH"
  | "COVER_ALT_MISSING"
  | "ARTICLE_ALT_MISSING"
  | "NOT_PUBLISHED";
export type IssueResult<T = null> = CommandResult<T, IssueRefusalReason, { key?: string; titles?: string[] }>;
export const refuse = (reason: IssueRefusalReason, extra: { key?: string; titles?: string[] } = {}) =>
  ({ ok: false, reason, ...extra }) as const;
export const done = { ok: true, data: null } as const;

export async function listIssuesForAdmin() {
  const [issues, counts] = await Promise.all([
    prisma.issue.findMany({
      orderBy: { key: "desc" },
      select: {
        id: true,
        key: true,
        title: true,
        tagline: true,
        status: true,
        publishedAt: true,
        coverArticle: { select: { title: true } },
        coverImage: { select: imageSelect },
      },
    }),
    prisma.article.groupBy({ by: ["issueId", "status"], where: { issueId: { not: null } }, _count: true }),
  ]);
  return issues.map(({ coverImage, ...issue }) => {
    const mine = counts.filter((c) => c.issueId === issue.id);
    const total = mine.reduce((sum, c) => sum + c._count, 0);
    const ready = mine.filter((c) => c.status === "PUBLISHED" || c.status === "SCHEDULED");
    return {
      ...issue,
      coverImage: coverImage ? imageSources(coverImage) : null,
      articleCount: total,
      readyCount: ready.reduce((sum, c) => sum + c._count, 0),
    };
  });
}

/** The key the "new issue" form suggests: the month after the newest issue. */
export async function suggestedIssueKey() {
  const latest = await prisma.issue.findFirst({ orderBy: { key: "desc" }, select: { key: true } });
  return nextIssueKey(latest?.key);
}

export async function createIssue(
  input: { key: string; title: string; tagline: string; closing?: string },
  userId: number,
): Promise<IssueResult<{ key: string }>> {
  if (await prisma.issue.findUnique({ where: { key: input.key }, select: { id: true } })) {
    return refuse("KEY_TAKEN", { key: input.key });
  }
  return prisma.$transaction(async (tx) => {
    const issue = await tx.issue.create({ data: { ...input, status: "DRAFT" } });
    await recordAudit(
      {
        userId,
        action: "issue.create",
        entity: "Issue",
        entityId: issue.id,
        detail: `${issue.title} (${issue.key}) 만듦`,
      },
      tx,
    );
    return { ok: true as const, data: { key: issue.key } };
  });
}

/** Everything the edit page shows: the issue, its articles grouped by section in reading order. */
export async function getIssueForAdmin(key: string, now = new Date()) {
  const issue = await prisma.issue.findUnique({
    where: { key },
    include: {
      coverImage: { select: { id: true, ...imageSelect } },
      articles: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: {
          id: true,
          slug: true,
          title: true,
          status: true,
          publishedAt: true,
          coverAlt: true,
          sectionId: true,
          center: { select: { shortName: true } },
          coverImage: { select: { alt: true } },
        },
      },
    },
  });
  if (!issue) return null;
  const sections = await prisma.section.findMany({ orderBy: { position: "asc" }, select: { id: true, name: true } });
  const articles = issue.articles.map(({ coverImage, coverAlt, ...a }) => ({
    ...a,
    status: effectiveStatus(a, now),
    missingAlt: Boolean(coverImage) && !coverAlt.trim() && !coverImage?.alt.trim(),
  }));
  const groups = [...sections, { id: null, name: "섹션 없음" }]
    .map((section) => ({ ...section, articles: articles.filter((a) => a.sectionId === section.id) }))
    .filter((group) => group.articles.length > 0);
  const { coverImage, articles: _articles, ...rest } = issue;
  return {
    ...rest,
    coverImage: coverImage ? { id: coverImage.id, alt: coverImage.alt, ...imageSources(coverImage) } : null,
    groups,
    plan: publishPlan(articles, now),
  };
}
export type AdminIssue = NonNullable<Awaited<ReturnType<typeof getIssueForAdmin>>>;

export async function findIssue(key: string) {
  return prisma.issue.findUnique({ where: { key }, select: { id: true, key: true, title: true, status: true } });
}

export async function updateIssueDetails(
  key: string,
  input: { key?: string; title: string; tagline: string; closing: string },
  userId: number,
): Promise<IssueResult<{ key: string }>> {
  const issue = await findIssue(key);
  if (!issue) return refuse("NOT_FOUND");
  // A published issue's key is in links readers have shared: it stays.
  const newKey = issue.status === "PUBLISHED" || !input.key ? issue.key : input.key;
  if (newKey !== issue.key && (await findIssue(newKey))) return refuse("KEY_TAKEN", { key: newKey });
  await prisma.$transaction(async (tx) => {
    await tx.issue.update({
      where: { id: issue.id },
      data: { key: newKey, title: input.title, tagline: input.tagline, closing: input.closing },
    });
    const renamed = newKey !== issue.key ? ` (번호 ${issue.key} → ${newKey})` : "";
    await recordAudit(
      {
        userId,
        action: "issue.update",
        entity: "Issue",
        entityId: issue.id,
        detail: `${input.title} 정보 수정${renamed}`,
      },
      tx,
    );
  });
  return { ok: true, data: { key: newKey } };
}

export async function setCoverArticle(key: string, articleId: number | null, userId: number): Promise<IssueResult> {
  const issue = await findIssue(key);
  if (!issue) return refuse("NOT_FOUND");
  const article = articleId
    ? await prisma.article.findFirst({ where: { id: articleId, issueId: issue.id }, select: { id: true, title: true } })
    : null;
  if (articleId && !article) return refuse("COVER_NOT_IN_ISSUE");
  await prisma.$transaction(async (tx) => {
    await tx.issue.update({ where: { id: issue.id }, data: { coverArticleId: article?.id ?? null } });
    await recordAudit(
      {
        userId,
        action: "issue.cover-article",
        entity: "Issue",
        entityId: issue.id,
        detail: article ? `커버스토리: ${article.title}` : "커버스토리 지정 해제 (첫 기사가 커버)",
      },
      tx,
    );
  });
  return done;
}

/** Sets (imageId) or removes (null) the cover photo; `alt` updates the photo's description. */
export async function setCoverImage(
  key: string,
  change: { imageId: number | null; alt?: string },
  userId: number,
): Promise<IssueResult> {
  const issue = await findIssue(key);
  if (!issue) return refuse("NOT_FOUND");
  await prisma.$transaction(async (tx) => {
    if (change.imageId && change.alt !== undefined) {
      await tx.image.update({ where: { id: change.imageId }, data: { alt: change.alt } });
    }
    await tx.issue.update({ where: { id: issue.id }, data: { coverImageId: change.imageId } });
    await recordAudit(
      {
        userId,
        action: change.imageId ? "issue.cover-image" : "issue.cover-image-remove",
        entity: "Issue",
        entityId: issue.id,
        detail: change.imageId ? `표지 사진 #${change.imageId}: ${change.alt ?? ""}` : "표지 사진 뺌",
      },
      tx,
    );
  });
  return done;
}

export async function currentCoverImageId(key: string) {
  const issue = await prisma.issue.findUnique({ where: { key }, select: { coverImageId: true } });
  return issue?.coverImageId ?? null;
}

/** Moves an article one place up or down within its section of the issue (positions renumbered 1…n). */
export async function moveArticle(
  key: string,
  articleId: number,
  direction: "up" | "down",
  userId: number,
): Promise<IssueResult> {
  const issue = await findIssue(key);
  if (!issue) return refuse("NOT_FOUND");
  return prisma.$transaction(async (tx) => {
    const article = await tx.article.findFirst({
      where: { id: articleId, issueId: issue.id },
      select: { sectionId: true, title: true },
    });
    if (!article) return refuse("NOT_IN_ISSUE");
    const siblings = await tx.article.findMany({
      where: { issueId: issue.id, sectionId: article.sectionId },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true, position: true },
    });
    const from = siblings.findIndex((s) => s.id === articleId);
    const to = direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= siblings.length) return done;
    [siblings[from], siblings[to]] = [siblings[to]!, siblings[from]!];
    for (const [index, sibling] of siblings.entries()) {
      if (sibling.position !== index + 1) {
        await tx.article.update({ where: { id: sibling.id }, data: { position: index + 1 } });
      }
    }
    await recordAudit(
      {
        userId,
        action: "issue.reorder",
        entity: "Issue",
        entityId: issue.id,
        detail: `${article.title} ${direction === "up" ? "위로" : "아래로"} (${to + 1}번째)`,
      },
      tx,
    );
    return done;
  });
}
