// Forms of the 월호 admin (/admin/issues) and what publishing will do: plain code shared by the browser
// (Conform, the publish panel) and the server (the same Zod, the same plan).
import { z } from "zod";
import { imageFileInput } from "~/media/image-input";
import { optionalText, requiredText } from "~/utils/form-inputs";
import { effectiveStatus, type ArticleStatus } from "./article-states";

export const ISSUE_STATUS_LABEL: Record<string, string> = { DRAFT: "준비 중", PUBLISHED: "발행됨" };

const KEY_MESSAGE = "월호 번호는 2024-01처럼 연도 4자리, 하이픈, 월 2자리로 입력해 주세요.";

/** "2024-01": the 월호's address (/issues/2024-01), unique. */
export const issueKeyInput = z.preprocess(
  (v) => (typeof v === "string" ? v.trim() : v),
  z
    .string({ required_error: "월호 번호를 입력해 주세요. (예: 2024-01)" })
    .regex(/^20\d{2}-(0[1-9]|1[0-2])$/, KEY_MESSAGE),
);

export const issueDetailsSchema = z.object({
  key: issueKeyInput,
  title: requiredText("월호 이름을 입력해 주세요. (예: 2024년 1월호)", 40),
  tagline: optionalText(120),
  closing: optionalText(300),
});

/** Once published the key is part of shared links: the edit form then omits it. */
export const issueDetailsEditSchema = issueDetailsSchema.extend({ key: issueKeyInput.optional() });

/** A new cover photo (optional when the issue has one: then only its description changes) and its description. */
export const coverImageSchema = z.object({
  image: imageFileInput,
  alt: requiredText("사진 설명(대체 텍스트)을 입력해 주세요. 화면 낭독기 사용자에게 읽어 주는 글입니다.", 200),
});

/**
 * Which of the /admin/issues/:key forms was sent (its `intent`), with the number a button form carries: the
 * cover story chosen (none: no cover story) or the article to move. The two forms with typed fields are then
 * read with their own schemas.
 */
export const issueIntentSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.enum(["details", "cover-image", "cover-image-remove", "publish", "unpublish"]) }),
  z.object({ intent: z.literal("cover-article"), coverArticleId: z.number().int().positive().optional() }),
  z.object({ intent: z.enum(["move-up", "move-down"]), articleId: z.number().int().positive() }),
]);

/** "2024-01" → "2024년 1월호". */
export function issueTitleFor(key: string) {
  const [year, month] = key.split("-");
  return `${year}년 ${Number(month)}월호`;
}

/** The month after `key` ("2023-12" → "2024-01"): the usual next issue. */
export function nextIssueKey(key: string | undefined, today = new Date()) {
  if (!key) {
    const kst = new Date(today.getTime() + 9 * 3_600_000);
    return `${kst.getUTCFullYear()}-${String(kst.getUTCMonth() + 1).padStart(2, "0")}`;
  }
  const [year, month] = key.split("-").map(Number) as [number, number];
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, "0")}`;
}

type PlannedArticle = { title: string; status: ArticleStatus; publishedAt: Date | null; missingAlt: boolean };

/**
 * What publishing does to the issue's articles. PUBLISHED ones (and SCHEDULED ones whose time has come)
 * appear with the issue; SCHEDULED ones for later keep their time and appear by themselves then;
 * drafts, submissions and unpublished ones stay hidden.
 */
export function publishPlan(articles: PlannedArticle[], now = new Date()) {
  const status = (a: PlannedArticle) => effectiveStatus(a, now);
  const appear = articles.filter((a) => status(a) === "PUBLISHED");
  const later = articles.filter((a) => status(a) === "SCHEDULED");
  const hidden = articles.filter((a) => !["PUBLISHED", "SCHEDULED"].includes(status(a)));
  const missingAlt = [...appear, ...later].filter((a) => a.missingAlt).map((a) => a.title);
  return {
    appear: appear.length,
    later: later.map((a) => ({ title: a.title, publishedAt: a.publishedAt })),
    hidden: hidden.map((a) => ({ title: a.title, status: status(a) })),
    missingAlt,
  };
}
