// An approved 반품·교환 after its answer: 회수 (the center or the admin records that the goods came back), then
// 완료: a return is refunded by the admin (what the part can still refund minus the 반품 배송비 fixed on the
// request), an exchange is marked sent by the center or the admin (no money). Every step is a conditional update
// from the state before it, logged as an event, audited and mailed to the customer.
import { recordAudit } from "~/audit/audit.server";
import type { Prisma } from "~/generated/prisma/client";
import type { CommandResult } from "~/utils/command-result";
import { prisma } from "~/utils/db.server";
import { formatWon } from "~/utils/format";
import { kickNotificationDelivery } from "~/notifications/notifications.server";
import { findForActor, type RequestActor } from "./part-request-answers.server";
import { announceRequestStep } from "./part-request-notices.server";
import { PART_REQUEST_KIND_LABEL } from "./part-request-rules";
import { refundableOf, refundRowsSelect } from "./refundable";
import { refundPart, type RefundProvider, type RefundRefusal } from "./refunds.server";

type Tx = Prisma.TransactionClient;
type StepRequest = NonNullable<Awaited<ReturnType<typeof findForActor>>>;

export type ReturnStepResult<T = null> = CommandResult<
  T,
  "NOT_FOUND" | "WRONG_STATE" | "REFUND_REFUSED",
  { refund?: RefundRefusal; refundable?: number }
>;

/** The event, the audit line and the customer's mail of one step, in the transaction that made it. */
async function logStep(
  tx: Tx,
  request: StepRequest,
  actor: { userId: number },
  step: "COLLECTED" | "COMPLETED",
  note: string,
) {
  await tx.partRequestEvent.create({ data: { requestId: request.id, userId: actor.userId, action: step, note } });
  const what = `${request.fulfilment.center.shortName} ${PART_REQUEST_KIND_LABEL[request.kind]}`;
  await recordAudit(
    {
      userId: actor.userId,
      action: step === "COLLECTED" ? "order.request-collect" : "order.request-complete",
      entity: "Order",
      entityId: request.orderId,
      detail: `${what} ${step === "COLLECTED" ? "회수" : "완료"}${note ? ` (${note})` : ""}`,
    },
    tx,
  );
  await announceRequestStep(tx, request.id, step);
}

/**
 * One step without money (회수, 교환 완료): a conditional update from the state `from` describes, then its event,
 * audit line and mail; WRONG_STATE when the request is not (or no longer) there.
 */
async function moveWithoutMoney(
  input: { requestId: number; actor: RequestActor },
  from: Prisma.PartRequestWhereInput,
  data: Prisma.PartRequestUpdateManyMutationInput,
  step: "COLLECTED" | "COMPLETED",
): Promise<ReturnStepResult> {
  const request = await findForActor(input.requestId, input.actor);
  if (!request) return { ok: false, reason: "NOT_FOUND" };
  const done = await prisma.$transaction(async (tx) => {
    const moved = await tx.partRequest.updateMany({ where: { id: request.id, status: "APPROVED", ...from }, data });
    if (moved.count !== 1) return false;
    await logStep(tx, request, input.actor, step, "");
    return true;
  });
  if (!done) return { ok: false, reason: "WRONG_STATE" };
  kickNotificationDelivery();
  return { ok: true, data: null };
}

/** 회수: the approved return's or exchange's goods reached the center (the center for its part, or the admin). */
export function collectRequest(input: { requestId: number; actor: RequestActor }): Promise<ReturnStepResult> {
  return moveWithoutMoney(
    input,
    { kind: { in: ["RETURN", "EXCHANGE"] }, collectedAt: null },
    { collectedAt: new Date() },
    "COLLECTED",
  );
}

/** What a collected return refunds: what the part can still refund, minus the 반품 배송비 on the request. */
export async function returnRefundAmount(request: { fulfilmentId: number; returnFee: number }) {
  const part = await prisma.fulfilment.findUniqueOrThrow({
    where: { id: request.fulfilmentId },
    select: { itemsTotal: true, shippingFee: true, surcharge: true, refunds: refundRowsSelect },
  });
  return Math.max(0, refundableOf(part) - request.returnFee);
}

/**
 * 반품 완료 by the regional admin after 회수: refunds the part's refundable amount minus the return fee,
 * once (the refund's key names the request; a second click finds the same refund).
 */
export async function completeReturn(
  input: { requestId: number; actor: { userId: number } },
  provider: RefundProvider,
): Promise<ReturnStepResult<{ amount: number }>> {
  const request = await findForActor(input.requestId, { userId: input.actor.userId, centerId: null });
  if (!request) return { ok: false, reason: "NOT_FOUND" };
  if (request.kind !== "RETURN" || request.status !== "APPROVED" || !request.collectedAt || request.completedAt) {
    return { ok: false, reason: "WRONG_STATE" };
  }
  const idempotencyKey = `part-request-${request.id}-return`;
  let amount = await returnRefundAmount(request);
  // A refund already made for this request (a click at the same moment) is the one to record, not a zero.
  const twin = await prisma.refund.findUnique({ where: { idempotencyKey }, select: { amount: true } });
  if (twin) amount = twin.amount;
  const fee = request.returnFee > 0 ? ` · 반품 배송비 ${formatWon(request.returnFee)} 차감` : "";
  let refund: { refundId: number | null; amount: number } = { refundId: null, amount: 0 };
  if (amount > 0) {
    const made = await refundPart(
      {
        orderId: request.orderId,
        fulfilmentId: request.fulfilmentId,
        amount,
        cancel: false,
        reason: `반품 완료: ${request.reasonCode}${fee}`,
        idempotencyKey,
        userId: input.actor.userId,
      },
      provider,
    );
    if (!made.ok) return { ok: false, reason: "REFUND_REFUSED", refund: made.reason, refundable: made.refundable };
    refund = made.data;
  }
  const done = await prisma.$transaction(async (tx) => {
    const moved = await tx.partRequest.updateMany({
      where: { id: request.id, completedAt: null },
      data: { refundId: refund.refundId, refundAmount: refund.amount, completedAt: new Date() },
    });
    if (moved.count !== 1) return false;
    await tx.partRequestEvent.create({
      data: { requestId: request.id, userId: input.actor.userId, action: "REFUNDED", note: formatWon(refund.amount) },
    });
    await logStep(tx, request, input.actor, "COMPLETED", `환불 ${formatWon(refund.amount)}${fee}`);
    return true;
  });
  if (done) kickNotificationDelivery();
  return { ok: true, data: { amount: refund.amount } };
}

/** 교환 완료: after 회수, the center or the admin records that the replacement went out (no money). */
export function completeExchange(input: { requestId: number; actor: RequestActor }): Promise<ReturnStepResult> {
  return moveWithoutMoney(
    input,
    { kind: "EXCHANGE", collectedAt: { not: null }, completedAt: null },
    { completedAt: new Date() },
    "COMPLETED",
  );
}
