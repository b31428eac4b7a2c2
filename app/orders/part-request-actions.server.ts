// The request forms' posts: the customer's (order page) and the staff's (center and admin order pages). Each
// answers with { scope, result } beside the one form that was sent, or redirects with a notice.
import type { Submission } from "@conform-to/react";
import { data, redirect } from "@remix-run/node";
import { deleteImageIfUnused, ImageUploadError, saveImageUpload } from "~/media/images.server";
import { uploadRefusal } from "~/media/upload-messages";
import { isDatabaseUnavailable } from "~/utils/db-errors.server";
import { parseForm, parseIntent } from "~/utils/form-parse";
import { nullWhenDatabaseUnavailable, unavailableReply } from "~/utils/form-reply.server";
import { answerRequest, type RequestActor } from "./part-request-answers.server";
import { collectRequest, completeExchange, completeReturn, type ReturnStepResult } from "./part-request-returns.server";
import {
  answerRefusalMessage,
  answerRequestSchema,
  centerCancelRequestSchema,
  customerRequestSchema,
  OPEN_REQUEST_MESSAGE,
  requestFormId,
  returnStepSchema,
  WITHDRAW_MESSAGE,
  withdrawRequestSchema,
} from "./part-request-form";
import { requestByCenter, requestByCustomer, withdrawByCustomer } from "./part-requests.server";
import type { RefundProvider } from "./refunds.server";

// The one form sent, named from what it sent (so even an invalid one gets its answer beside it).
const scopeOf = ({ payload }: { payload: Record<string, unknown> }, idField: string) =>
  requestFormId(String(payload.intent ?? ""), String(payload[idField] ?? ""));

/** Another process's lock or a full disk: 503 "잠시 후 다시 시도" beside the form that was sent, what was typed kept. */
const unavailable = (scope: string, submission: Submission<unknown>) =>
  data({ scope, result: unavailableReply(submission) }, { status: 503 });

/** 취소·반품·교환 요청 and 철회 on /orders/:token. */
export async function handleCustomerRequestAction(formData: FormData, token: string, provider: RefundProvider) {
  if (parseIntent(formData, ["withdraw-request"])) {
    const submission = parseForm(formData, { schema: withdrawRequestSchema });
    const scope = scopeOf(submission, "requestId");
    if (submission.status !== "success") return data({ scope, result: submission.reply() }, { status: 400 });
    const done = await nullWhenDatabaseUnavailable(() => withdrawByCustomer({ token, ...submission.value }));
    if (!done) return unavailable(scope, submission);
    if (!done.ok) {
      return data(
        { scope, result: submission.reply({ formErrors: [WITHDRAW_MESSAGE[done.reason]] }) },
        { status: 409 },
      );
    }
    throw redirect(`/orders/${token}?request=withdrawn`);
  }
  const submission = parseForm(formData, { schema: customerRequestSchema });
  const scope = scopeOf(submission, "fulfilmentId");
  if (submission.status !== "success") return data({ scope, result: submission.reply() }, { status: 400 });
  // The optional photo of a 반품·교환 request goes through the image pipeline (its checks and messages).
  const { photo, ...value } = submission.value;
  let photoId: number | null = null;
  if (photo && value.kind !== "CANCEL") {
    try {
      photoId = (await saveImageUpload(photo, { alt: "반품·교환 요청 사진", userId: null })).id;
    } catch (error) {
      if (isDatabaseUnavailable(error)) return unavailable(scope, submission);
      if (!(error instanceof ImageUploadError)) throw error;
      const { message, status } = uploadRefusal(error.reason);
      return data({ scope, result: submission.reply({ fieldErrors: { photo: [message] } }) }, { status });
    }
  }
  const result = await nullWhenDatabaseUnavailable(() => requestByCustomer({ token, ...value, photoId }, provider));
  // A photo already stored stays: the retry's upload of the same file finds it again (images are keyed by content).
  if (!result) return unavailable(scope, submission);
  if (!result.ok) {
    // A refused request keeps no photo nothing else uses.
    if (photoId) await deleteImageIfUnused(photoId);
    const reply = submission.reply({ formErrors: [OPEN_REQUEST_MESSAGE[result.reason]] });
    return data({ scope, result: reply }, { status: 409 });
  }
  throw redirect(
    result.data.mode === "CANCELLED"
      ? `/orders/${token}?cancelled=${result.data.amount}`
      : `/orders/${token}?request=received`,
  );
}

export const STAFF_REQUEST_INTENTS = [
  "center-cancel-request",
  "answer-request",
  "collect-request",
  "complete-return",
  "complete-exchange",
] as const;

function stepNotice(intent: string, done: { amount: number } | null) {
  if (intent === "collect-request") return "request-collected";
  if (intent === "complete-exchange") return "request-exchanged";
  // A return whose fee takes all that was left is completed without a refund.
  return done && done.amount > 0 ? `request-refunded-${done.amount}` : "request-returned";
}

/** Whether a post to an order page is one of the staff's request forms (else the page's own forms). */
export function isStaffRequestPost(formData: FormData): boolean {
  return parseIntent(formData, STAFF_REQUEST_INTENTS) !== null;
}

/**
 * The staff's request posts. `actor.centerId` null is the regional admin; a center's posts are scoped to its
 * own parts by the commands (another center's part or request is NOT_FOUND).
 */
export async function handleStaffRequestAction(
  formData: FormData,
  actor: RequestActor,
  provider: RefundProvider,
  back: string,
) {
  const intent = parseIntent(formData, STAFF_REQUEST_INTENTS);
  if (intent === "center-cancel-request") {
    const submission = parseForm(formData, { schema: centerCancelRequestSchema });
    const scope = scopeOf(submission, "fulfilmentId");
    if (submission.status !== "success") return data({ scope, result: submission.reply() }, { status: 400 });
    if (actor.centerId === null) throw new Response("Forbidden", { status: 403 });
    const centerActor = { ...actor, centerId: actor.centerId };
    const result = await nullWhenDatabaseUnavailable(() =>
      requestByCenter({ ...submission.value, actor: centerActor }),
    );
    if (!result) return unavailable(scope, submission);
    if (!result.ok) {
      if (result.reason === "NOT_FOUND") throw new Response("Not Found", { status: 404 });
      const reply = submission.reply({ formErrors: [OPEN_REQUEST_MESSAGE[result.reason]] });
      return data({ scope, result: reply }, { status: 409 });
    }
    throw redirect(`${back}?notice=request-sent`);
  }
  if (intent === "answer-request") {
    const submission = parseForm(formData, { schema: answerRequestSchema });
    const scope = scopeOf(submission, "requestId");
    if (submission.status !== "success") return data({ scope, result: submission.reply() }, { status: 400 });
    const { requestId, decision, answerNote } = submission.value;
    const result = await nullWhenDatabaseUnavailable(() =>
      answerRequest({ requestId, decision, note: answerNote, actor }, provider),
    );
    if (!result) return unavailable(scope, submission);
    if (!result.ok) {
      if (result.reason === "NOT_FOUND") throw new Response("Not Found", { status: 404 });
      return data({ scope, result: submission.reply({ formErrors: [answerRefusalMessage(result)] }) }, { status: 409 });
    }
    const notice =
      result.data.amount !== null ? `request-cancelled-${result.data.amount}` : `request-${result.data.status}`;
    throw redirect(`${back}?notice=${notice.toLowerCase()}`);
  }
  if (intent === "collect-request" || intent === "complete-return" || intent === "complete-exchange") {
    const submission = parseForm(formData, { schema: returnStepSchema });
    const scope = scopeOf(submission, "requestId");
    if (submission.status !== "success") return data({ scope, result: submission.reply() }, { status: 400 });
    // The refund of a return is the regional admin's; 회수 and 교환 완료 are the center's too, for its part.
    if (intent === "complete-return" && actor.centerId !== null) throw new Response("Forbidden", { status: 403 });
    const { requestId } = submission.value;
    const result = await nullWhenDatabaseUnavailable<ReturnStepResult<{ amount: number } | null>>(() =>
      intent === "collect-request"
        ? collectRequest({ requestId, actor })
        : intent === "complete-exchange"
          ? completeExchange({ requestId, actor })
          : completeReturn({ requestId, actor }, provider),
    );
    if (!result) return unavailable(scope, submission);
    if (!result.ok) {
      if (result.reason === "NOT_FOUND") throw new Response("Not Found", { status: 404 });
      const reply = submission.reply({ formErrors: [answerRefusalMessage(result)] });
      return data({ scope, result: reply }, { status: 409 });
    }
    throw redirect(`${back}?notice=${stepNotice(intent, result.data)}`);
  }
  throw new Response("Bad Request", { status: 400 });
}
