// The 월호 mail: queued for every confirmed subscriber inside the transaction that publishes the issue, one
// outbox row per subscriber and issue (dedupe key newsletter:<issue>:<subscriber>), so publishing again after
// an unpublish, or two editors at once, never mails anyone twice. Delivery is the outbox worker's (batched,
// retried). Also the admin preview and the test mail to oneself.
import { ArticleStatus, Prisma } from "~/generated/prisma/client";
import { ogImagePath } from "~/news/news.server";
import { isMailConfigured } from "~/notifications/mailer.server";
import { prisma } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { composeIssueMail, type IssueMailContent } from "./mail-templates";
import { unsubscribeUrl } from "./subscribers.server";
import { isUniqueViolation } from "~/utils/db-errors.server";

type Db = Prisma.TransactionClient;

const QUEUE_CHUNK = 500;

/** The cover story and the table of contents of an issue, as readers see it once published at `now`. */
export async function issueMailContent(
  db: Db,
  issueId: number,
  now = new Date(),
  { preview = false } = {},
): Promise<IssueMailContent> {
  const base = env.PUBLIC_BASE_URL;
  const issue = await db.issue.findUniqueOrThrow({
    where: { id: issueId },
    select: { key: true, title: true, tagline: true, coverArticleId: true },
  });
  const articles = await db.article.findMany({
    where: {
      issueId,
      OR: [
        { status: { in: ["PUBLISHED", "SCHEDULED"] }, publishedAt: { lte: now } },
        // Before publishing, PUBLISHED articles without a date (or a later one) get the issue's date then.
        ...(preview ? [{ status: ArticleStatus.PUBLISHED }] : []),
      ],
    },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      coverArt: true,
      coverAlt: true,
      coverImage: { select: { storageKey: true, alt: true } },
      center: { select: { shortName: true } },
      section: { select: { name: true, position: true } },
    },
  });
  const url = (slug: string) => `${base}/news/${slug}`;
  const coverArticle = articles.find((a) => a.id === issue.coverArticleId) ?? articles[0];
  const sections = new Map<string, { position: number; articles: IssueMailContent["sections"][number]["articles"] }>();
  for (const a of articles) {
    const name = a.section?.name ?? "소식";
    const section = sections.get(name) ?? { position: a.section?.position ?? 99, articles: [] };
    section.articles.push({ title: a.title, url: url(a.slug), centerName: a.center?.shortName ?? null });
    sections.set(name, section);
  }
  return {
    issueTitle: issue.title,
    tagline: issue.tagline,
    issueUrl: `${base}/issues/${issue.key}`,
    cover: coverArticle
      ? {
          title: coverArticle.title,
          summary: coverArticle.summary,
          url: url(coverArticle.slug),
          imageUrl: `${base}${ogImagePath(coverArticle.coverImage, coverArticle.coverArt)}`,
          imageAlt: coverArticle.coverAlt || coverArticle.coverImage?.alt || "",
        }
      : null,
    sections: [...sections.entries()]
      .sort((a, b) => a[1].position - b[1].position)
      .map(([name, s]) => ({ name, articles: s.articles })),
  };
}

/** RFC 2369 / RFC 8058 headers: mail clients show an unsubscribe button that POSTs without opening a page. */
export function unsubscribeHeaders(url: string) {
  return { "List-Unsubscribe": `<${url}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}

/** Inside the publishing transaction: one outbox row per confirmed subscriber not mailed for this issue yet. */
export async function queueIssueNewsletter(db: Db, issueId: number, now = new Date()): Promise<number> {
  const issue = await db.issue.findUniqueOrThrow({ where: { id: issueId }, select: { key: true } });
  const content = await issueMailContent(db, issueId, now);
  const status = isMailConfigured() ? ("PENDING" as const) : ("OUTBOX" as const);
  let queued = 0;
  let after = 0;
  for (;;) {
    const subscribers = await db.subscriber.findMany({
      where: { status: "CONFIRMED", id: { gt: after } },
      orderBy: { id: "asc" },
      take: QUEUE_CHUNK,
      select: { id: true, email: true, token: true },
    });
    if (subscribers.length === 0) break;
    after = subscribers.at(-1)!.id;
    const keyOf = (id: number) => `newsletter:${issue.key}:${id}`;
    const already = new Set(
      (
        await db.notification.findMany({
          where: { dedupeKey: { in: subscribers.map((s) => keyOf(s.id)) } },
          select: { dedupeKey: true },
        })
      ).map((n) => n.dedupeKey),
    );
    const rows = subscribers
      .filter((s) => !already.has(keyOf(s.id)))
      .map((s) => {
        const link = unsubscribeUrl(s.token);
        return {
          kind: "NEWSLETTER_ISSUE" as const,
          dedupeKey: keyOf(s.id),
          subscriberId: s.id,
          to: s.email,
          ...composeIssueMail(content, link),
          headers: JSON.stringify(unsubscribeHeaders(link)),
          status,
          nextAttemptAt: now,
        };
      });
    // The unique dedupe key is the final guard: a concurrent publish of the same issue fails here and rolls back.
    if (rows.length) queued += (await db.notification.createMany({ data: rows })).count;
  }
  return queued;
}

/** The mail as a subscriber would get it, for the admin preview (the unsubscribe link goes nowhere real). */
export async function previewIssueMail(key: string, now = new Date()) {
  const issue = await prisma.issue.findUnique({ where: { key }, select: { id: true } });
  if (!issue) return null;
  const content = await prisma.$transaction((tx) => issueMailContent(tx, issue.id, now, { preview: true }));
  return composeIssueMail(content, `${env.PUBLIC_BASE_URL}/newsletter/unsubscribe?token=preview`);
}

/**
 * 나에게 테스트 발송: the issue mail to the signed-in staff member. `nonce` comes from the page that showed the
 * button, so a double submit queues one mail.
 */
export async function queueTestIssueMail(key: string, user: { id: number; email: string }, nonce: string) {
  const mail = await previewIssueMail(key);
  if (!mail) return "NOT_FOUND" as const;
  try {
    await prisma.notification.create({
      data: {
        kind: "NEWSLETTER_TEST",
        dedupeKey: `newsletter-test:${key}:${user.id}:${nonce}`,
        to: user.email,
        ...mail,
        subject: `[테스트] ${mail.subject}`,
        headers: JSON.stringify(unsubscribeHeaders(`${env.PUBLIC_BASE_URL}/newsletter/unsubscribe?token=preview`)),
        status: isMailConfigured() ? "PENDING" : "OUTBOX",
      },
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  return "QUEUED" as const;
}
