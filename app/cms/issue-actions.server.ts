// The forms of /admin/issues/:key, one `intent` each. Successes redirect back with a notice (so a
// reload never posts twice); refusals come back with Korean messages and what was typed.
import type { SubmissionResult } from "@conform-to/react";
import type { z } from "zod";
import { parseForm } from "~/utils/form-parse";
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "~/utils/db-errors.server";
import { nullWhenDatabaseUnavailable, replyWith, unavailableReply } from "~/utils/form-reply.server";
import { data, redirect } from "@remix-run/node";
import type { SessionUser } from "~/accounts/session.server";
import { kickNotificationDelivery } from "~/notifications/notifications.server";
import { ImageUploadError, readMultipartForm, saveImageUpload } from "~/media/images.server";
import { uploadRefusal } from "~/media/upload-messages";
import { coverImageSchema, issueDetailsEditSchema, issueDetailsSchema, issueIntentSchema } from "./issue-forms";
import { issueRefusal } from "./issue-messages";
import { publishIssue, unpublishIssue } from "./issue-publishing.server";
import {
  currentCoverImageId,
  moveArticle,
  setCoverArticle,
  setCoverImage,
  updateIssueDetails,
  type IssueResult,
} from "./issues.server";

export const ISSUE_NOTICES = {
  created: "월호를 만들었습니다. 커버스토리와 표지 사진을 고르고 기사 순서를 정한 뒤 발행하세요.",
  details: "월호 정보를 저장했습니다.",
  "cover-article": "커버스토리를 저장했습니다.",
  "cover-image": "표지 사진을 저장했습니다.",
  "cover-image-remove": "표지 사진을 뺐습니다.",
  published: "월호를 발행했습니다. 이제 독자에게 보입니다.",
  unpublished: "월호 발행을 취소했습니다. 이 월호의 기사는 독자에게 보이지 않습니다.",
} as const;
export type IssueNotice = keyof typeof ISSUE_NOTICES;

export type IssueActionReply = { intent: string; result?: SubmissionResult<string[]>; message?: string };

const back = (key: string, notice?: IssueNotice, hash = "") =>
  redirect(`/admin/issues/${key}${notice ? `?notice=${notice}` : ""}${hash}`);

const refuse = (intent: string, message: string, status = 400) =>
  data<IssueActionReply>({ intent, message }, { status });

/** Back to the page, or the command's refusal over the form of `intent`. */
const answer = (intent: string, result: IssueResult, onDone: () => Response) =>
  result.ok ? onDone() : refuse(intent, issueRefusal(result).message);

const refuseField = (intent: string, result: SubmissionResult<string[]>, status = 400) =>
  data<IssueActionReply>({ intent, result }, { status });

export async function issueAction(request: Request, key: string, user: SessionUser, published: boolean) {
  let formData: FormData;
  try {
    formData = await readMultipartForm(request);
  } catch (error) {
    if (!(error instanceof ImageUploadError)) throw error;
    const { message, status } = uploadRefusal(error.reason);
    return refuseField("cover-image", { status: "error", error: { image: [message] } }, status);
  }
  const sent = parseForm(formData, { schema: issueIntentSchema });
  if (sent.status !== "success") {
    const move = sent.payload.intent === "move-up" || sent.payload.intent === "move-down";
    // A move of no article is the command's own refusal; anything else is no form of this page.
    if (move) return refuse("move", issueRefusal({ reason: "NOT_IN_ISSUE" }).message);
    return refuse("form", "알 수 없는 요청입니다. 페이지를 새로고침한 뒤 다시 시도해 주세요.");
  }
  const command = sent.value;
  try {
    return await runCommand(command, formData, key, user, published);
  } catch (error) {
    // Another process's lock or a full disk: "try again" over the form that was sent (the forms with typed
    // fields answer it themselves, with what was typed).
    if (!isDatabaseUnavailable(error)) throw error;
    const form = command.intent === "move-up" || command.intent === "move-down" ? "move" : command.intent;
    return refuse(form, DATABASE_UNAVAILABLE_MESSAGE, 503);
  }
}

type IssueCommand = z.infer<typeof issueIntentSchema>;

async function runCommand(
  command: IssueCommand,
  formData: FormData,
  key: string,
  user: SessionUser,
  published: boolean,
) {
  const intent = command.intent;
  switch (command.intent) {
    case "details": {
      const schema = published ? issueDetailsEditSchema : issueDetailsSchema;
      const submission = parseForm(formData, { schema });
      if (submission.status !== "success") return refuseField(intent, submission.reply());
      const saved = await nullWhenDatabaseUnavailable(() => updateIssueDetails(key, submission.value, user.id));
      if (!saved) return refuseField(intent, unavailableReply(submission), 503);
      if (!saved.ok) return refuseField(intent, replyWith(submission, issueRefusal(saved)));
      return back(saved.data.key, "details");
    }
    case "cover-article": {
      const saved = await setCoverArticle(key, command.coverArticleId ?? null, user.id);
      return answer(intent, saved, () => back(key, "cover-article"));
    }
    case "cover-image":
      return coverImage(formData, key, user.id);
    case "cover-image-remove": {
      const saved = await setCoverImage(key, { imageId: null }, user.id);
      return answer(intent, saved, () => back(key, "cover-image-remove"));
    }
    case "move-up":
    case "move-down": {
      const { articleId } = command;
      const moved = await moveArticle(key, articleId, command.intent === "move-up" ? "up" : "down", user.id);
      return answer("move", moved, () => back(key, undefined, `#article-${articleId}`));
    }
    case "publish": {
      const done = await publishIssue(key, user.id);
      if (done.ok) kickNotificationDelivery();
      return answer(intent, done, () => back(key, "published"));
    }
    case "unpublish": {
      const done = await unpublishIssue(key, user.id);
      return answer(intent, done, () => back(key, "unpublished"));
    }
  }
}

async function coverImage(formData: FormData, key: string, userId: number) {
  const intent = "cover-image";
  const submission = parseForm(formData, { schema: coverImageSchema });
  if (submission.status !== "success") return refuseField(intent, submission.reply());
  const file = submission.value.image;
  let imageId = await currentCoverImageId(key);
  if (file) {
    try {
      imageId = (await saveImageUpload(file, { alt: submission.value.alt, userId })).id;
    } catch (error) {
      if (isDatabaseUnavailable(error)) return refuseField(intent, unavailableReply(submission), 503);
      if (!(error instanceof ImageUploadError)) throw error;
      const { message, status } = uploadRefusal(error.reason);
      return refuseField(intent, submission.reply({ fieldErrors: { image: [message] } }), status);
    }
  }
  if (!imageId) return refuseField(intent, submission.reply({ fieldErrors: { image: ["사진 파일을 골라 주세요."] } }));
  const saved = await nullWhenDatabaseUnavailable(() =>
    setCoverImage(key, { imageId, alt: submission.value.alt }, userId),
  );
  if (!saved) return refuseField(intent, unavailableReply(submission), 503);
  return answer(intent, saved, () => back(key, "cover-image"));
}
