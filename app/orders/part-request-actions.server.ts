// The request forms' posts: the customer's (order page) and the staff's (center and admin order pages). Each
// answers with { scope, result } beside the one form that was sent, or redirects with a notice.
import { data, redirect } from "@remix-run/node";
import { parseForm, parseIntent } from "~/utils/form-parse";
import { answerRequest, completeExchange, completeReturn, type RequestActor } from "./part-request-answers.server";
import {
  answerRefusalMessage,
  answerRequestSchema,
  centerCancelRequestSchema,
  completeExchangeSchema,
  completeReturnSchema,
  customerRequestSchema,
  OPEN_REQUEST_MESSAGE,
  requestFormId,
  WITHDRAW_MESSAGE,
  withdrawRequestSchema,
} from "./part-request-form";
import { requestByCenter, requestByCustomer, withdrawByCustomer } from "./part-requests.server";
import type { RefundProvider } from "./refunds.server";

// The one form sent, named from what it sent (so even an invalid one gets its answer beside it).
const scopeOf = ({ payload }: { payload: Record<string, unknown> }, idField: string) =>
  requestFormId(String(payload.intent ?? ""), String(payload[idField] ?? ""));

/** 취소·반품·교환 요청 and 철회 on /orders/:token. */
export async function handleCustomerRequestAction(formData: FormData, token: string, provider: RefundProvider) {
  if (parseIntent(formData, ["withdraw-request"])) {
    const submission = parseForm(formData, { schema: withdrawRequestSchema });
    const scope = scopeOf(submission, "requestId");
    if (submission.status !== "success") return data({ scope, result: submission.reply() }, { status: 400 });
    const done = await withdrawByCustomer({ token, ...submission.value });
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
  const result = await requestByCustomer({ token, ...submission.value }, provider);
  if (!result.ok) {
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
  "complete-return",
  "complete-exchange",
] as const;

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
    const result = await requestByCenter({ ...submission.value, actor: { ...actor, centerId: actor.centerId } });
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
    const result = await answerRequest({ requestId, decision, note: answerNote, actor }, provider);
    if (!result.ok) {
      if (result.reason === "NOT_FOUND") throw new Response("Not Found", { status: 404 });
      return data({ scope, result: submission.reply({ formErrors: [answerRefusalMessage(result)] }) }, { status: 409 });
    }
    const notice =
      result.data.amount !== null ? `request-cancelled-${result.data.amount}` : `request-${result.data.status}`;
    throw redirect(`${back}?notice=${notice.toLowerCase()}`);
  }
  if (intent === "complete-return") {
    const submission = parseForm(formData, { schema: completeReturnSchema });
    const scope = scopeOf(submission, "requestId");
    if (submission.status !== "success") return data({ scope, result: submission.reply() }, { status: 400 });
    if (actor.centerId !== null) throw new Response("Forbidden", { status: 403 });
    const result = await completeReturn({ ...submission.value, actor }, provider);
    if (!result.ok) {
      const message = answerRefusalMessage(result);
      const reply =
        result.reason === "REFUND_REFUSED" && result.refund === "AMOUNT_OUT_OF_RANGE"
          ? submission.reply({ fieldErrors: { amount: [message] } })
          : submission.reply({ formErrors: [message] });
      return data({ scope, result: reply }, { status: 409 });
    }
    throw redirect(`${back}?notice=request-refunded-${result.data.amount}`);
  }
  if (intent === "complete-exchange") {
    const submission = parseForm(formData, { schema: completeExchangeSchema });
    const scope = scopeOf(submission, "requestId");
    if (submission.status !== "success") return data({ scope, result: submission.reply() }, { status: 400 });
    const result = await completeExchange({ ...submission.value, actor });
    if (!result.ok) {
      if (result.reason === "NOT_FOUND") throw new Response("Not Found", { status: 404 });
      const reply = submission.reply({ formErrors: [answerRefusalMessage(result)] });
      return data({ scope, result: reply }, { status: 409 });
    }
    throw redirect(`${back}?notice=request-exchanged`);
  }
  throw new Response("Bad Request", { status: 400 });
}
