// State changes of an article (see article-states.ts for the map). Each one is checked against the
// current state, applied in the caller's transaction and written to the audit log.
import { recordAudit } from "~/audit/audit.server";
import { formatDateTime } from "~/utils/format";
import { canDo, hasBeenPublished, STATUS_LABEL, effectiveStatus, type ArticleAction } from "./article-states";
import { ArticleFieldError, ArticleStateError, type Tx } from "./article-save.server";

export type TransitionOptions = {
  userId: number;
  now: Date;
  /** For "schedule": when it goes live. */
  publishAt?: Date | null;
  /** For "requestChanges": what the author should change. */
  reviewNote?: string;
};

const ACTION_LABEL: Record<ArticleAction, string> = {
  publish: "발행",
  schedule: "예약 발행",
  unschedule: "예약 취소",
  unpublish: "발행 중지",
  requestChanges: "수정 요청",
  submit: "검토 요청",
};

/** What readers (or a reviewing editor) need before an article leaves the drafts. */
async function assertComplete(tx: Tx, id: number, action: ArticleAction) {
  const a = await tx.article.findUniqueOrThrow({
    where: { id },
    select: { summary: true, body: true, sectionId: true, coverImageId: true, coverAlt: true },
  });
  const goal = action === "submit" ? "검토를 요청하려면" : "발행하려면";
  if (!a.summary.trim()) throw new ArticleFieldError("summary", `${goal} 요약을 입력해 주세요.`);
  if (!a.body.trim()) throw new ArticleFieldError("body", `${goal} 본문을 입력해 주세요.`);
  if (!a.sectionId) throw new ArticleFieldError("sectionId", `${goal} 섹션을 선택해 주세요.`);
  if (a.coverImageId && !a.coverAlt.trim()) {
    throw new ArticleFieldError("coverAlt", `${goal} 대표 이미지의 대체 텍스트를 입력해 주세요.`);
  }
}

/** Applies `action` to article `id`; throws ArticleStateError / ArticleFieldError when it can't. */
export async function transitionArticle(tx: Tx, id: number, action: ArticleAction, options: TransitionOptions) {
  const { userId, now } = options;
  const article = await tx.article.findUnique({
    where: { id },
    select: { id: true, title: true, status: true, publishedAt: true },
  });
  if (!article) throw new ArticleStateError("기사를 찾을 수 없습니다.");
  if (!canDo(article, action, now)) {
    const label = STATUS_LABEL[effectiveStatus(article, now)];
    throw new ArticleStateError(
      `‘${label}’ 상태의 기사는 ${ACTION_LABEL[action]}할 수 없습니다. 새로 고침 후 다시 확인해 주세요.`,
    );
  }
  // Every write is conditional on the state read above: of two editors acting at once (or a double submit),
  // the second finds the article moved on and is refused, under PostgreSQL's READ COMMITTED too.
  const expected = { id, status: article.status, publishedAt: article.publishedAt };
  const apply = async (data: Parameters<Tx["article"]["updateMany"]>[0]["data"]) => {
    const moved = await tx.article.updateMany({ where: expected, data });
    if (moved.count !== 1) {
      throw new ArticleStateError("다른 사람이 이 기사의 상태를 방금 바꾸었습니다. 새로 고침 후 다시 확인해 주세요.");
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
      if (!at) throw new ArticleFieldError("publishAt", "예약 발행 일시를 입력해 주세요.");
      if (at <= now) throw new ArticleFieldError("publishAt", "예약 발행 일시는 지금보다 뒤여야 합니다.");
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
      if (!note) throw new ArticleFieldError("reviewNote", "작성자에게 보낼 수정 요청 내용을 입력해 주세요.");
      await apply({ status: "DRAFT", reviewNote: note });
      detail += ` — ${note.slice(0, 200)}`;
      break;
    }
  }
  const auditAction = `article.${action === "requestChanges" ? "request_changes" : action}` as const;
  await recordAudit({ userId, action: auditAction, entity: "Article", entityId: id, detail }, tx);
}
