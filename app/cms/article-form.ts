import { z } from "zod";
import { imageFileInput } from "~/media/image-input";
import { limitText, multiline } from "~/utils/text-fields";
import { parseHashtags } from "./hashtags";
import { parseKstInput } from "./kst-input";
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from "./slug";

// One article form, validated in the browser by Conform and always again on the server. The admin
// editor and the center staff editor share the content fields; only the admin one chooses the slug,
// section, 월호 and center (a center's drafts are bound to the center of the session).

export const ADMIN_INTENTS = ["save", "preview", "publish", "schedule"] as const;
export const CENTER_INTENTS = ["save", "preview", "submit"] as const;
/** Intents after which readers (or the reviewing editor) see the article: it must be complete. */
const COMPLETING_INTENTS = new Set(["publish", "schedule", "submit"]);

const MAX_BODY = 50_000;

const contentShape = {
  title: limitText(
    z.string({ required_error: "제목을 입력해 주세요." }).trim().min(1, "제목을 입력해 주세요."),
    120,
    "제목은 120자 이내로 입력해 주세요.",
  ),
  summary: multiline(limitText(z.string().trim(), 300, "요약은 300자 이내로 입력해 주세요.").optional()),
  body: multiline(
    limitText(z.string(), MAX_BODY, `본문은 ${MAX_BODY.toLocaleString("ko-KR")}자 이내로 입력해 주세요.`).optional(),
  ),
  hashtags: limitText(z.string(), 400, "해시태그가 너무 깁니다.").optional(),
  eventStartsAt: z.string().optional(),
  eventEndsAt: z.string().optional(),
  eventPlace: limitText(z.string().trim(), 100, "장소는 100자 이내로 입력해 주세요.").optional(),
  eventHost: limitText(z.string().trim(), 100, "주최는 100자 이내로 입력해 주세요.").optional(),
  coverImage: imageFileInput,
  coverAlt: limitText(z.string().trim(), 200, "대체 텍스트는 200자 이내로 입력해 주세요.").optional(),
  removeCover: z.boolean().optional(),
};

const adminShape = {
  slug: limitText(z.string().trim().toLowerCase(), SLUG_MAX_LENGTH, `주소는 ${SLUG_MAX_LENGTH}자 이내로 입력해 주세요.`)
    .pipe(
      z
        .string()
        .regex(SLUG_PATTERN, "주소는 영문 소문자, 숫자와 하이픈(-)으로만 입력해 주세요. 예: seogu-gimjang-nanum"),
    )
    .optional(),
  sectionId: z.number({ invalid_type_error: "섹션을 다시 선택해 주세요." }).int().positive().optional(),
  issueId: z.number({ invalid_type_error: "월호를 다시 선택해 주세요." }).int().positive().optional(),
  centerId: z.number({ invalid_type_error: "센터를 다시 선택해 주세요." }).int().positive().optional(),
  publishAt: z.string().optional(),
};

type ContentValue = z.infer<z.ZodObject<typeof contentShape>> & {
  intent: string;
  sectionId?: number;
  publishAt?: string;
};

function contentRules(value: ContentValue, ctx: z.RefinementCtx, { needsSection }: { needsSection: boolean }) {
  const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  const hashtags = parseHashtags(value.hashtags);
  if (hashtags.error) issue("hashtags", hashtags.error);

  const starts = value.eventStartsAt ? parseKstInput(value.eventStartsAt) : null;
  const ends = value.eventEndsAt ? parseKstInput(value.eventEndsAt) : null;
  if (value.eventStartsAt && !starts) issue("eventStartsAt", "시작 일시를 정확히 입력해 주세요.");
  if (value.eventEndsAt && !ends) issue("eventEndsAt", "끝나는 일시를 정확히 입력해 주세요.");
  if (ends && !value.eventStartsAt) issue("eventStartsAt", "끝나는 일시를 넣으려면 시작 일시도 입력해 주세요.");
  if (starts && ends && ends < starts) issue("eventEndsAt", "끝나는 일시는 시작 일시보다 뒤여야 합니다.");

  if (!COMPLETING_INTENTS.has(value.intent)) return;
  const goal = value.intent === "submit" ? "검토를 요청하려면" : "발행하려면";
  if (!value.summary) issue("summary", `${goal} 요약을 입력해 주세요.`);
  if (!value.body?.trim()) issue("body", `${goal} 본문을 입력해 주세요.`);
  if (needsSection && !value.sectionId) issue("sectionId", `${goal} 섹션을 선택해 주세요.`);
  if (value.coverImage && !value.coverAlt && !value.removeCover) {
    issue("coverAlt", `${goal} 대표 이미지의 대체 텍스트를 입력해 주세요.`);
  }
  if (value.intent === "schedule") {
    if (!value.publishAt) issue("publishAt", "예약 발행 일시를 입력해 주세요.");
    else if (!parseKstInput(value.publishAt)) issue("publishAt", "예약 발행 일시를 정확히 입력해 주세요.");
  }
}

export const adminArticleSchema = z
  .object({ ...contentShape, ...adminShape, intent: z.enum(ADMIN_INTENTS).default("save") })
  .superRefine((value, ctx) => contentRules(value, ctx, { needsSection: true }));

export const centerArticleSchema = z
  .object({ ...contentShape, intent: z.enum(CENTER_INTENTS).default("save") })
  .superRefine((value, ctx) => contentRules(value, ctx, { needsSection: false }));

export type AdminArticleValue = z.infer<typeof adminArticleSchema>;
export type CenterArticleValue = z.infer<typeof centerArticleSchema>;

export const requestChangesSchema = z.object({
  reviewNote: multiline(
    limitText(
      z
        .string({ required_error: "작성자에게 보낼 수정 요청 내용을 입력해 주세요." })
        .trim()
        .min(1, "작성자에게 보낼 수정 요청 내용을 입력해 주세요."),
      1000,
      "수정 요청은 1,000자 이내로 입력해 주세요.",
    ),
  ),
});

/** The small state forms of the editor's page (발행 중지, 예약 취소, 수정 요청 with its note): which one. */
export const stateChangeSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.enum(["unpublish", "unschedule"]) }),
  requestChangesSchema.extend({ intent: z.literal("requestChanges") }),
]);
export const STATE_INTENTS: readonly string[] = ["unpublish", "unschedule", "requestChanges"];

/** What the server stores, from a validated form (the schema has checked every conversion). */
export type ArticleContentInput = {
  title: string;
  summary: string;
  body: string;
  tags: string[];
  eventStartsAt: Date | null;
  eventEndsAt: Date | null;
  eventPlace: string | null;
  eventHost: string | null;
  coverAlt: string;
  removeCover: boolean;
};

export function toContentInput(value: z.infer<z.ZodObject<typeof contentShape>>): ArticleContentInput {
  return {
    title: value.title,
    summary: value.summary ?? "",
    body: value.body ?? "",
    tags: parseHashtags(value.hashtags).tags,
    eventStartsAt: value.eventStartsAt ? parseKstInput(value.eventStartsAt) : null,
    eventEndsAt: value.eventEndsAt ? parseKstInput(value.eventEndsAt) : null,
    eventPlace: value.eventPlace || null,
    eventHost: value.eventHost || null,
    coverAlt: value.coverAlt ?? "",
    removeCover: value.removeCover ?? false,
  };
}
