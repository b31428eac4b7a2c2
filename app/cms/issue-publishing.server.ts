// Publishing a 월호: its articles become visible together (see visibleArticleWhere), and unpublishing.
import { recordAudit } from "~/audit/audit.server";
import { queueIssueNewsletter } from "~/newsletter/issue-mail.server";
import { prisma } from "~/utils/db.server";
import { publishPlan } from "./issue-forms";
import { fail, findIssue, type Result } from "./issues.server";

/**
 * Publishes the issue: from this moment its PUBLISHED articles (and SCHEDULED ones whose time has come)
 * are visible together. PUBLISHED articles with no date or a later one get the issue's time, so
 * no article of the issue trails it. Scheduled-for-later ones keep their time; drafts stay drafts.
 * A republished issue keeps its first publication date.
 */
export async function publishIssue(key: string, userId: number, now = new Date()): Promise<Result> {
  try {
    return await publishInTransaction(key, userId, now);
  } catch (error) {
    if (error instanceof PublishedMeanwhile) return fail("form", "이미 발행된 월호입니다.");
    throw error;
  }
}

/** Another editor's publish committed first (READ COMMITTED): this one rolls back whole. */
class PublishedMeanwhile extends Error {}

function publishInTransaction(key: string, userId: number, now: Date): Promise<Result> {
  return prisma.$transaction(async (tx) => {
    const issue = await tx.issue.findUnique({
      where: { key },
      select: { id: true, title: true, status: true, publishedAt: true, coverImage: { select: { alt: true } } },
    });
    if (!issue) return fail("form", "월호를 찾을 수 없습니다.");
    if (issue.status === "PUBLISHED") return fail("form", "이미 발행된 월호입니다.");
    const articles = await tx.article.findMany({
      where: { issueId: issue.id },
      select: { title: true, status: true, publishedAt: true, coverAlt: true, coverImage: { select: { alt: true } } },
    });
    const plan = publishPlan(
      articles.map((a) => ({ ...a, missingAlt: Boolean(a.coverImage) && !a.coverAlt.trim() && !a.coverImage?.alt })),
      now,
    );
    if (plan.appear === 0) {
      return fail(
        "form",
        "함께 공개할 기사가 없습니다. 이 월호의 기사 중 한 건 이상을 먼저 ‘발행’ 상태로 만들어 주세요.",
      );
    }
    if (issue.coverImage && !issue.coverImage.alt.trim()) {
      return fail("form", "표지 사진의 설명(대체 텍스트)을 입력한 뒤 발행해 주세요.");
    }
    if (plan.missingAlt.length) {
      return fail("form", `대표 이미지의 대체 텍스트가 없는 기사가 있습니다: ${plan.missingAlt.join(", ")}`);
    }
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
    return { ok: true as const };
  });
}

/** Takes the issue off the site: its articles disappear with it (their own states are kept). */
export async function unpublishIssue(key: string, userId: number): Promise<Result> {
  const issue = await findIssue(key);
  if (!issue) return fail("form", "월호를 찾을 수 없습니다.");
  if (issue.status !== "PUBLISHED") return fail("form", "발행된 월호가 아닙니다.");
  await prisma.$transaction(async (tx) => {
    await tx.issue.update({ where: { id: issue.id }, data: { status: "DRAFT" } });
    await recordAudit(
      { userId, action: "issue.unpublish", entity: "Issue", entityId: issue.id, detail: `${issue.title} 발행 취소` },
      tx,
    );
  });
  return { ok: true };
}
