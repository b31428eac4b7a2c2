// The editorial states of an article, shared by the server (what may happen) and the UI (what is shown).
//
//   DRAFT ──submit──▶ REVIEW ──request changes──▶ DRAFT          (center staff write, editors review)
//   DRAFT/REVIEW ──schedule──▶ SCHEDULED ──its time comes──▶ live (visibility.server shows it)
//   DRAFT/REVIEW/SCHEDULED ──publish──▶ PUBLISHED ──unpublish──▶ UNPUBLISHED ──publish──▶ PUBLISHED
//
// A SCHEDULED article whose time has passed is live without any job flipping its status, so it counts
// as PUBLISHED everywhere in the admin ("effective" status). Once an article has been live it never
// goes back to DRAFT: its address stays fixed and it can only be unpublished and republished.

import { ArticleStatus } from "~/generated/prisma/enums";

export { ArticleStatus };
export const ARTICLE_STATUSES = Object.values(ArticleStatus);

export const STATUS_LABEL: Record<ArticleStatus, string> = {
  DRAFT: "임시저장",
  REVIEW: "검토요청",
  SCHEDULED: "예약",
  PUBLISHED: "발행",
  UNPUBLISHED: "발행중지",
};

/** An editorial action as the admin's buttons, messages and audit log name it. */
export const ACTION_LABEL: Record<ArticleAction, string> = {
  publish: "발행",
  schedule: "예약 발행",
  unschedule: "예약 취소",
  unpublish: "발행 중지",
  requestChanges: "수정 요청",
  submit: "검토 요청",
};

export function isArticleStatus(value: unknown): value is ArticleStatus {
  return ARTICLE_STATUSES.some((status) => status === value);
}

type Stateful = { status: ArticleStatus; publishedAt: Date | string | null };

/** The status as readers experience it: a scheduled article whose time has come is published. */
export function effectiveStatus(article: Stateful, now: Date = new Date()): ArticleStatus {
  const { status } = article;
  if (status === "SCHEDULED" && article.publishedAt && new Date(article.publishedAt) <= now) return "PUBLISHED";
  return status;
}

/** Has been in front of readers: the slug is frozen from then on. */
export function hasBeenPublished(article: Stateful, now: Date = new Date()) {
  const status = effectiveStatus(article, now);
  return status === "PUBLISHED" || status === "UNPUBLISHED";
}

export type ArticleAction = "publish" | "schedule" | "unschedule" | "unpublish" | "requestChanges" | "submit";

const ALLOWED: Record<ArticleStatus, ArticleAction[]> = {
  DRAFT: ["publish", "schedule", "submit"],
  REVIEW: ["publish", "schedule", "requestChanges"],
  SCHEDULED: ["publish", "schedule", "unschedule"],
  PUBLISHED: ["unpublish"],
  UNPUBLISHED: ["publish"],
};

export function canDo(article: Stateful, action: ArticleAction, now: Date = new Date()) {
  return ALLOWED[effectiveStatus(article, now)].includes(action);
}
