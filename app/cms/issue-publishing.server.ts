// Publishing a 월호: its articles become visible together (see visibleArticleWhere), and unpublishing.
import { recordAudit } from "~/audit/audit.server";
import { queueIssueNewsletter } from "~/newsletter/issue-mail.server";
import { prisma } from "~/utils/db.server";
import { publishPlan } from "./issue-forms";
import { done, findIssue, refuse, type IssueResult } from "./issues.server";

/**
 * Publishes the issue: from this moment its PUBLISHED articles (and SCHEDULED ones whose time has come)
 * are visible together. PUBLISHED articles with no date or a later one get the issue's time, so
 * no article of the issue trails it. Scheduled-for-later ones keep their time; drafts stay drafts.
 * A republished issue keeps its first publication date.
 */
export async function publishIssue(key: string, userId: number, now = new Date()): Promise<IssueResult> {
  try {
    return await publishInTransaction(key, userId, now);
  } catch (error) {
    if (error instanceof PublishedMeanwhile) return refuse("ALREADY_PUBLISHED");
    throw error;
  }
}

/** Another editor's publish committed first (READ COMMITTED): this one rolls back whole. */
class PublishedMeanwhile extends Error {}

function publishInTransaction(key: string, userId: number, now: Date): Promise<IssueResult> {
  return prisma.$transaction(async (tx) => {
    const issue = await tx.issue.findUnique({
      where: { key },
      select: { id: true, title: true, status: true, publishedAt: true, coverImage: { select: { alt: true } } },
    });
    if (!issue) return refuse("NOT_FOUND");
    if (issue.status === "PUBLISHED") return refuse("ALREADY_PUBLISHED");
    const articles = await tx.article.findMany({
      where: { issueId: issue.id },
      select: { title: true, status: true, publishedAt: true, coverAlt: true, coverImage: { select: { alt: true } } },
    });
    const plan = publishPlan(
      articles.map((a) => ({ ...a, missingAlt: Boolean(a.coverImage) && !a.coverAlt.trim() && !a.coverImage?.alt })),
      now,
    );
    if (plan.appear === 0) {
      return refuse("NOTHING_TO_PUBLISH");
    }
    if (issue.coverImage && !issue.coverImage.alt.trim()) return refuse("COVER_ALT_MISSING");
    if (plan.missingAlt.length) return refuse("ARTICLE_ALT_MISSING", { titles: plan.missingAlt });
    const publishedAt = issue.publishedAt && issue.publishedAt <= now ? issue.publishedAt : now;
    const dated = await tx.article.updateMany({
      where: {
        issueId: issue.id,
        status: "PUBLISHED",
        OR: [{ publishedAt: null }, { publishedAt: { gt: publishedAt } }],
      },
      data: { publishedAt },
    });
    const claimed = await tx.issue.updateMany({
      where: { id: issue.id, status: { not: "PUBLISHED" } },
      data: { status: "PUBLISHED", publishedAt },
    });
    if (claimed.count !== 1) throw new PublishedMeanwhile();
    // Subscribers' mails land with the publication (or not at all); a republished issue mails no one twice.
    const mailed = await queueIssueNewsletter(tx, issue.id, now);
    const notes = [
      `기사 ${plan.appear}건 공개`,
      dated.count ? `발행일 맞춤 ${dated.count}건` : "",
      plan.later.length ? `예약 ${plan.later.length}건은 예약 시각에 공개` : "",
      plan.hidden.length ? `미발행 ${plan.hidden.length}건 제외` : "",
      mailed ? `구독자 ${mailed}명에게 메일 발송 예약` : "",
    ].filter(Boolean);
    await recordAudit(
      {
        userId,
        action: "issue.publish",
        entity: "Issue",
        entityId: issue.id,
        detail: `${issue.title} 발행: ${notes.join(", ")}`,
      },
      tx,
    );
    return done;
  });
}

/** Takes the issue off the site: its articles disappear with it (their own states are kept). */
export async function unpublishIssue(key: string, userId: number): Promise<IssueResult> {
  const issue = await findIssue(key);
  if (!issue) return refuse("NOT_FOUND");
  if (issue.status !== "PUBLISHED") return refuse("NOT_PUBLISHED");
  await prisma.$transaction(async (tx) => {
    await tx.issue.update({ where: { id: issue.id }, data: { status: "DRAFT" } });
    await recordAudit(
      { userId, action: "issue.unpublish", entity: "Issue", entityId: issue.id, detail: `${issue.title} 발행 취소` },
      tx,
    );
  });
  return done;
}
