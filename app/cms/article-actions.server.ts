// The article form's POST, shared by the admin editor and the center staff editor: validate, keep what
// was typed on any error, store the cover photo, then save (and publish/schedule/submit) in one
// transaction. Center staff are bound to the center of their session: the form can't name another.
import type { SubmissionResult } from "@conform-to/react";
import { parseForm } from "~/utils/form-parse";
import { data, redirect } from "@remix-run/node";
import type { SessionUser } from "~/accounts/session.server";
import { ImageUploadError, readMultipartForm, saveImageUpload } from "~/media/images.server";
import { uploadRefusal } from "~/media/upload-messages";
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "~/utils/db-errors.server";
import { prisma } from "~/utils/db.server";
import { renderMarkdown } from "~/utils/markdown.server";
import {
  adminArticleSchema,
  centerArticleSchema,
  STATE_INTENTS,
  stateChangeSchema,
  toContentInput,
} from "./article-form";
import { effectiveStatus } from "./article-states";
import { articleRefusal } from "./article-messages";
import { ArticleRefused, writeArticle, type ArticlePlacement } from "./article-save.server";
import { transitionArticle } from "./article-workflow.server";
import { parseKstInput } from "./kst-input";

/** What an article page's action answers: the Conform result of the form it came from (+ a preview). */
export type ArticleActionData = {
  form: "article" | "review" | "state";
  result: SubmissionResult<string[]>;
  previewHtml?: string | null;
};

export type EditorScope =
  { kind: "admin"; user: SessionUser } | { kind: "center"; user: SessionUser & { centerId: number } };

/** The section every center story goes to (seeded as "지역자활센터 소식"). */
export const LOCAL_SECTION_SLUG = "local";

export function reply(
  form: ArticleActionData["form"],
  result: SubmissionResult<string[]>,
  status = 400,
  previewHtml?: string | null,
) {
  return data<ArticleActionData>({ form, result, previewHtml }, { status });
}

/** A refusal (from the save or the state change) as the reply of the form that caused it. */
export function refusal(form: ArticleActionData["form"], error: unknown, base: SubmissionResult<string[]> = {}) {
  const upload = error instanceof ImageUploadError ? uploadRefusal(error.reason) : null;
  const placed =
    error instanceof ArticleRefused
      ? articleRefusal(error.reason, error.figures)
      : upload
        ? { field: "form", message: upload.message }
        : null;
  // Another process's lock or a full disk: "try again" over the form, what was typed kept.
  if (!placed && isDatabaseUnavailable(error)) {
    return reply(form, { ...base, status: "error", error: { ...base.error, "": [DATABASE_UNAVAILABLE_MESSAGE] } }, 503);
  }
  if (!placed) throw error;
  // A field's refusal is invalid input (400); one about the article's state is a conflict (409).
  const status = upload ? upload.status : placed.field === "form" ? 409 : 400;
  const key = placed.field === "form" ? "" : placed.field;
  return reply(form, { ...base, status: "error", error: { ...base.error, [key]: [placed.message] } }, status);
}

/** A center's own article that is still a draft: the only kind its staff may change. */
export async function requireOwnDraft(centerId: number, articleId: number) {
  const article = await prisma.article.findFirst({
    where: { id: articleId, centerId },
    select: { id: true, slug: true, issueId: true, status: true, publishedAt: true },
  });
  if (!article) throw data("Not Found", { status: 404 });
  if (effectiveStatus(article) !== "DRAFT") {
    throw new ArticleRefused("NOT_OWN_DRAFT");
  }
  return article;
}

async function placementFor(scope: EditorScope, value: Record<string, unknown>, articleId?: number) {
  if (scope.kind === "admin") {
    return {
      slug: value.slug as string | undefined,
      sectionId: (value.sectionId as number | undefined) ?? null,
      issueId: (value.issueId as number | undefined) ?? null,
      centerId: (value.centerId as number | undefined) ?? null,
    } satisfies ArticlePlacement;
  }
  const own = articleId ? await requireOwnDraft(scope.user.centerId, articleId) : null;
  const section = await prisma.section.findUnique({ where: { slug: LOCAL_SECTION_SLUG }, select: { id: true } });
  // Slug and 월호 are the editor's: a center's save keeps them as they are.
  return {
    slug: own?.slug,
    sectionId: section?.id ?? null,
    issueId: own?.issueId ?? null,
    centerId: scope.user.centerId,
  };
}

/** Reads the POST (multipart, size-limited); a refused body becomes the article form's reply. */
export async function readArticlePost(request: Request): Promise<FormData | ReturnType<typeof reply>> {
  try {
    return await readMultipartForm(request);
  } catch (error) {
    return refusal("article", error);
  }
}

/**
 * Handles the article form (new or existing article). Returns a redirect to `done(id, intent)` on
 * success, or the form's reply (with every typed value) on any error or for a preview.
 */
export async function handleArticleForm(
  formData: FormData,
  scope: EditorScope,
  { articleId, done }: { articleId?: number; done: (id: number, intent: string) => string },
  now = new Date(),
) {
  const schema = scope.kind === "admin" ? adminArticleSchema : centerArticleSchema;
  const submission = parseForm(formData, { schema });
  // 미리 보기 shows the body as typed, whatever else the form still lacks.
  if (submission.payload.intent === "preview") {
    const body = submission.payload.body;
    return reply("article", submission.reply(), 200, renderMarkdown(typeof body === "string" ? body : ""));
  }
  if (submission.status !== "success") return reply("article", submission.reply());
  const value = submission.value;
  const base = submission.reply();

  try {
    const placement = await placementFor(scope, value, articleId);
    const cover = value.coverImage && !value.removeCover ? value.coverImage : null;
    const uploaded = cover
      ? await saveImageUpload(cover, { alt: value.coverAlt ?? "", userId: scope.user.id })
      : undefined;
    const publishAt = "publishAt" in value && value.publishAt ? parseKstInput(value.publishAt) : null;
    const saved = await prisma.$transaction(async (tx) => {
      const article = await writeArticle(tx, {
        id: articleId,
        content: toContentInput(value),
        placement,
        coverImageId: uploaded?.id,
        userId: scope.user.id,
        now,
      });
      if (value.intent === "publish" || value.intent === "schedule" || value.intent === "submit") {
        await transitionArticle(tx, article.id, value.intent, { userId: scope.user.id, now, publishAt });
      }
      return article;
    });
    return redirect(done(saved.id, value.intent));
  } catch (error) {
    if (error instanceof ImageUploadError) {
      const { message, status } = uploadRefusal(error.reason);
      return reply("article", { ...base, status: "error", error: { coverImage: [message] } }, status);
    }
    return refusal("article", error, base);
  }
}

/** The state form a POST to the edit page carries, parsed; null when it is the article form. */
export function parseStateChange(formData: FormData) {
  const submission = parseForm(formData, { schema: stateChangeSchema });
  return STATE_INTENTS.includes(String(submission.payload.intent)) ? submission : null;
}

/** 발행 중지, 예약 취소 and 수정 요청 (editors only; the route checks the role). */
export async function handleStateChange(
  submission: NonNullable<ReturnType<typeof parseStateChange>>,
  articleId: number,
  user: SessionUser,
  done: (intent: string) => string,
  now = new Date(),
) {
  // Only the note of 수정 요청 can be invalid: the intent was one of these three to come here.
  if (submission.status !== "success") return reply("review", submission.reply());
  const command = submission.value;
  const intent = command.intent;
  if (command.intent === "requestChanges") {
    const reviewNote = command.reviewNote;
    try {
      await prisma.$transaction((tx) =>
        transitionArticle(tx, articleId, "requestChanges", { userId: user.id, now, reviewNote }),
      );
    } catch (error) {
      return refusal("review", error, submission.reply());
    }
    return redirect(done(intent));
  }
  try {
    await prisma.$transaction((tx) => transitionArticle(tx, articleId, intent, { userId: user.id, now }));
  } catch (error) {
    return refusal("state", error);
  }
  return redirect(done(intent));
}
