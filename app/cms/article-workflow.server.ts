// State changes of an article (see article-states.ts for the map). Each one is checked against the
// current state, applied in the caller's transaction and written to the audit log.
import { recordAudit } from "~/audit/audit.server";
import { formatDateTime } from "~/utils/format";
import { ACTION_LABEL, canDo, hasBeenPublished, effectiveStatus, type ArticleAction } from "./article-states";
import { ArticleRefused, type Tx } from "./article-save.server";

export type TransitionOptions = {
  userId: number;
  now: Date;
  /** For "schedule": when it goes live. */
  publishAt?: Date | null;
  /** For "requestChanges": what the author should change. */
  reviewNote?: string;
};

/** What readers (or a reviewing editor) need before an article leaves the drafts. */
async function assertComplete(tx: Tx, id: number, action: ArticleAction) {
  const a = await tx.article.findUniqueOrThrow({
    where: { id },
    select: { summary: true, body: true, sectionId: true, coverImageId: true, coverAlt: true },
  });
  const missing = (field: string) => new ArticleRefused("INCOMPLETE", { field, action });
  if (!a.summary.trim()) throw missing("summary");
  if (!a.body.trim()) throw missing("body");
  if (!a.sectionId) throw missing("sectionId");
  if (a.coverImageId && !a.coverAlt.trim()) throw missing("coverAlt");
}

/** Applies `action` to article `id`; throws ArticleRefused when it can't. */
export async function transitionArticle(tx: Tx, id: number, action: ArticleAction, options: TransitionOptions) {
  const { userId, now } = options;
  const article = await tx.article.findUnique({
    where: { id },
    select: { id: true, title: true, status: true, publishedAt: true },
  });
  if (!article) throw new ArticleRefused("NOT_FOUND");
  if (!canDo(article, action, now)) {
    throw new ArticleRefused("WRONG_STATE", { action, status: effectiveStatus(article, now) });
  }
  // Every write is conditional on the state read above: of two editors acting at once (or a double submit),
  // the second finds the article moved on and is refused, under PostgreSQL's READ COMMITTED too.
  const expected = { id, status: article.status, publishedAt: article.publishedAt };
  const apply = async (data: Parameters<Tx["article"]["updateMany"]>[0]["data"]) => {
    const moved = await tx.article.updateMany({ where: expected, data });
    if (moved.count !== 1) {
      throw new ArticleRefused("MOVED_MEANWHILE");
    }
  };
  let detail = `${ACTION_LABEL[action]}: ${article.title.slice(0, 80)}`;
  switch (action) {
    case "publish": {
      await assertComplete(tx, id, action);
      // Republishing keeps the original date; a first publication is dated now.
      const publishedAt = hasBeenPublished(article, now) && article.publishedAt ? article.publishedAt : now;
      await apply({ status: "PUBLISHED", publishedAt, reviewNote: "" });
      break;
    }
    case "schedule": {
      const at = options.publishAt;
      if (!at) throw new ArticleRefused("PUBLISH_AT_MISSING");
      if (at <= now) throw new ArticleRefused("PUBLISH_AT_PAST");
      await assertComplete(tx, id, action);
      await apply({ status: "SCHEDULED", publishedAt: at, reviewNote: "" });
      detail += ` (${formatDateTime(at)})`;
      break;
    }
    case "unschedule":
      await apply({ status: "DRAFT", publishedAt: null });
      break;
    case "unpublish":
      await apply({ status: "UNPUBLISHED" });
      break;
    case "submit":
      await assertComplete(tx, id, action);
      await apply({ status: "REVIEW", submittedAt: now, reviewNote: "" });
      break;
    case "requestChanges": {
      const note = options.reviewNote?.trim();
      if (!note) throw new ArticleRefused("REVIEW_NOTE_MISSING");
      await apply({ status: "DRAFT", reviewNote: note });
      detail += ` — ${note.slice(0, 200)}`;
      break;
    }
  }
  const auditAction = `article.${action === "requestChanges" ? "request_changes" : action}` as const;
  await recordAudit({ userId, action: auditAction, entity: "Article", entityId: id, detail }, tx);
}
