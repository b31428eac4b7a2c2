// Who hears of a request and its steps: the customer (their own requests: received, approved, declined, 회수,
// 완료) and the
// center's staff (a customer's request for their part, the answer to their own request). Queued inside the
// transaction of the change, once per event (dedupe keys name the request and the step).
import { requestCoreSelect } from "./part-request-queries.server";
import type { Prisma } from "~/generated/prisma/client";
import { queueCenterRequestNotification } from "~/notifications/center-notifications.server";
import { insertCustomerNotification } from "~/notifications/notifications.server";
import { composeRequestEmail } from "~/notifications/request-templates";
import { env } from "~/utils/env.server";
import { PART_REQUEST_KIND_LABEL, PART_REQUEST_STATUS_LABEL } from "./part-request-rules";

type Tx = Prisma.TransactionClient;
export type RequestStep = "RECEIVED" | "APPROVED" | "REJECTED" | "COLLECTED" | "COMPLETED";

async function loadRequest(tx: Tx, requestId: number) {
  return tx.partRequest.findUniqueOrThrow({
    where: { id: requestId },
    select: {
      ...requestCoreSelect,
      answerNote: true,
      returnFee: true,
      refundAmount: true,
      order: { select: { number: true, lookupToken: true, ordererName: true, ordererEmail: true } },
      fulfilment: {
        select: {
          center: { select: { name: true } },
          items: { orderBy: { id: "asc" }, select: { productName: true, variantName: true, quantity: true } },
        },
      },
    },
  });
}

/** Tells whoever should hear of this step; call inside the transaction that made it. */
export async function announceRequestStep(tx: Tx, requestId: number, step: RequestStep) {
  const request = await loadRequest(tx, requestId);
  const kindLabel = PART_REQUEST_KIND_LABEL[request.kind];
  if (request.origin === "CUSTOMER") {
    const message = composeRequestEmail(
      {
        step,
        ordererName: request.order.ordererName,
        orderNumber: request.order.number,
        lookupToken: request.order.lookupToken,
        centerName: request.fulfilment.center.name,
        kindLabel,
        kind: request.kind,
        reasonCode: request.reasonCode,
        answerNote: request.answerNote,
        returnFee: request.returnFee,
        refundAmount: request.refundAmount,
        items: request.fulfilment.items,
      },
      env.PUBLIC_BASE_URL,
    );
    await insertCustomerNotification(
      tx,
      {
        orderId: request.orderId,
        kind: `REQUEST_${step}`,
        dedupeKey: `part-request:${request.id}:${step.toLowerCase()}`,
        to: request.order.ordererEmail,
      },
      message,
    );
  }
  // The center hears of a customer's new request, and of the answer to its own request.
  if (request.origin === "CUSTOMER" ? step === "RECEIVED" : step !== "RECEIVED") {
    const title =
      request.origin === "CUSTOMER"
        ? `고객 ${kindLabel}`
        : `센터 취소 요청 ${PART_REQUEST_STATUS_LABEL[request.status]}`;
    const body =
      request.origin === "CUSTOMER"
        ? `고객이 우리 센터 상품에 대해 ${kindLabel}을 남겼습니다. 센터 주문 화면에서 확인하고 답해 주세요.`
        : `광역자활센터가 우리 센터의 취소 요청을 ${step === "APPROVED" ? "승인해 주문을 취소·환불했습니다" : "거절했습니다"}.`;
    await queueCenterRequestNotification(tx, {
      fulfilmentId: request.fulfilmentId,
      dedupeKey: `part-request:${request.id}:${step.toLowerCase()}:center`,
      notice: { title, body, reason: step === "RECEIVED" ? request.reasonCode : request.answerNote || undefined },
    });
  }
}
