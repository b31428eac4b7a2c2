// Answering a request about a part: the regional admin answers any request; a center answers the customer's
// requests for its own part (never its own request, never another center's part: NOT_FOUND). Each answer is a
// conditional update from OPEN, so two answers at once, or an answer racing the customer's 철회, apply once.
// An approved cancel cancels and refunds the part through the refund path (refunds.server); an approved return
// or exchange goes on to 회수 and 완료 (part-request-returns.server).
import { requestCoreSelect } from "./part-request-queries.server";
import { recordAudit } from "~/audit/audit.server";
import type { CommandResult } from "~/utils/command-result";
import { prisma } from "~/utils/db.server";
import { formatWon } from "~/utils/format";
import { kickNotificationDelivery } from "~/notifications/notifications.server";
import { announceRequestStep } from "./part-request-notices.server";
import { PART_REQUEST_KIND_LABEL } from "./part-request-rules";
import { openKeyOf } from "./part-requests.server";
import { refundPart, type RefundProvider, type RefundRefusal } from "./refunds.server";

export type RequestActor = { userId: number; centerId: number | null };

export type AnswerRefusal = "NOT_FOUND" | "ALREADY_ANSWERED" | "NOT_ALLOWED" | "REFUND_REFUSED";
export type AnswerResult = CommandResult<
  { status: "APPROVED" | "REJECTED"; amount: number | null },
  AnswerRefusal,
  { refund?: RefundRefusal; refundable?: number }
>;

/** The request as this actor may see it: the admin any, a center only its own parts' (else null). */
export async function findForActor(requestId: number, actor: RequestActor) {
  return prisma.partRequest.findFirst({
    where: { id: requestId, ...(actor.centerId === null ? {} : { fulfilment: { centerId: actor.centerId } }) },
    select: {
      ...requestCoreSelect,
      returnFee: true,
      collectedAt: true,
      completedAt: true,
      fulfilment: { select: { center: { select: { shortName: true } } } },
    },
  });
}

/** The claim: OPEN → the answer, by exactly one caller. */
async function claim(
  requestId: number,
  to: "APPROVED" | "REJECTED",
  actor: RequestActor,
  note: string,
  detail: string,
  orderId: number,
) {
  return prisma.$transaction(async (tx) => {
    const moved = await tx.partRequest.updateMany({
      where: { id: requestId, status: "OPEN" },
      data: { status: to, openKey: null, answeredById: actor.userId, answeredAt: new Date(), answerNote: note },
    });
    if (moved.count !== 1) return false;
    await tx.partRequestEvent.create({ data: { requestId, userId: actor.userId, action: to, note } });
    await recordAudit(
      { userId: actor.userId, action: "order.request-answer", entity: "Order", entityId: orderId, detail },
      tx,
    );
    // A cancel's customer mail waits for the refund's outcome (below); everything else is told now.
    return true;
  });
}

export async function answerRequest(
  input: { requestId: number; decision: "APPROVE" | "REJECT"; note: string; actor: RequestActor },
  provider: RefundProvider,
): Promise<AnswerResult> {
  const request = await findForActor(input.requestId, input.actor);
  if (!request) return { ok: false, reason: "NOT_FOUND" };
  // A center answers the customer's requests for its part; its own request goes to the regional admin.
  if (input.actor.centerId !== null && request.origin !== "CUSTOMER") return { ok: false, reason: "NOT_ALLOWED" };
  if (request.status !== "OPEN") return { ok: false, reason: "ALREADY_ANSWERED" };
  const to = input.decision === "APPROVE" ? "APPROVED" : "REJECTED";
  const what = `${request.fulfilment.center.shortName} ${PART_REQUEST_KIND_LABEL[request.kind]}`;
  const detail = `${what} ${to === "APPROVED" ? "승인" : "거절"}${input.note ? ` (${input.note})` : ""}`;
  if (!(await claim(request.id, to, input.actor, input.note, detail, request.orderId))) {
    return { ok: false, reason: "ALREADY_ANSWERED" };
  }
  if (to === "REJECTED" || request.kind !== "CANCEL") {
    await prisma.$transaction((tx) => announceRequestStep(tx, request.id, to));
    kickNotificationDelivery();
    return { ok: true, data: { status: to, amount: null } };
  }
  // An approved cancel: the part is cancelled and refunded in full, once (the key names the request).
  const refund = await refundPart(
    {
      orderId: request.orderId,
      fulfilmentId: request.fulfilmentId,
      amount: null,
      cancel: true,
      reason: `${request.origin === "CUSTOMER" ? "고객" : "센터"} 취소 요청 승인: ${request.reasonCode}${
        request.note ? ` — ${request.note}` : ""
      }`,
      idempotencyKey: `part-request-${request.id}`,
      userId: input.actor.userId,
    },
    provider,
  );
  if (!refund.ok) {
    if (refund.reason === "PART_SHIPPED" || refund.reason === "FULLY_REFUNDED" || refund.reason === "NO_PAYMENT") {
      await reopen(request.id, request.fulfilmentId, input.actor.userId, refund.reason);
    }
    return { ok: false, reason: "REFUND_REFUSED", refund: refund.reason };
  }
  await prisma.$transaction(async (tx) => {
    await tx.partRequest.update({
      where: { id: request.id },
      data: { refundId: refund.data.refundId, refundAmount: refund.data.amount, completedAt: new Date() },
    });
    await tx.partRequestEvent.create({
      data: {
        requestId: request.id,
        userId: input.actor.userId,
        action: "REFUNDED",
        note: formatWon(refund.data.amount),
      },
    });
    await announceRequestStep(tx, request.id, "APPROVED");
  });
  kickNotificationDelivery();
  return { ok: true, data: { status: "APPROVED", amount: refund.data.amount } };
}

/** The refund path refused (the part shipped meanwhile…): the request waits again, as it was. */
async function reopen(requestId: number, fulfilmentId: number, userId: number, why: string) {
  const open = await prisma.partRequest.count({ where: { fulfilmentId, status: "OPEN" } });
  if (open > 0) return;
  await prisma.$transaction(async (tx) => {
    const moved = await tx.partRequest.updateMany({
      where: { id: requestId, status: "APPROVED", refundId: null },
      data: { status: "OPEN", openKey: openKeyOf(fulfilmentId), answeredById: null, answeredAt: null },
    });
    if (moved.count === 1) {
      await tx.partRequestEvent.create({ data: { requestId, userId, action: "REOPENED", note: why } });
    }
  });
}
