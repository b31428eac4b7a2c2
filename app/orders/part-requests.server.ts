// Opening requests about one center's part: the customer's 취소·반품·교환 request on the order's token page,
// and the center's own 취소 요청. A part still 신규주문 is cancelled and refunded at once through the refund
// path (refunds.server); otherwise an OPEN request waits for the center or the regional admin to answer it
// (part-request-answers.server). One OPEN request per part: PartRequest.openKey is unique while it is open.
import { Prisma } from "~/generated/prisma/client";
import type { CommandResult } from "~/utils/command-result";
import { prisma } from "~/utils/db.server";
import { kickNotificationDelivery } from "~/notifications/notifications.server";
import { announceRequestStep } from "./part-request-notices.server";
import { customerRequestKinds, type PartRequestKind } from "./part-request-rules";
import { refundPart, type RefundProvider } from "./refunds.server";
import { returnFeeFor } from "./return-shipping";

type Tx = Prisma.TransactionClient;

export type OpenRequestRefusal =
  | "NOT_YOURS"
  | "NOT_FOUND"
  | "NOT_PAID"
  | "WRONG_STATE"
  | "OUT_OF_WINDOW"
  | "ALREADY_OPEN"
  | "ALREADY_DONE"
  | "REFUND_FAILED";

export type CustomerRequestResult = CommandResult<
  { mode: "CANCELLED"; amount: number } | { mode: "REQUESTED"; requestId: number },
  OpenRequestRefusal
>;

export const openKeyOf = (fulfilmentId: number) => `part-${fulfilmentId}`;

type NewRequest = {
  orderId: number;
  fulfilmentId: number;
  kind: PartRequestKind;
  origin: "CUSTOMER" | "CENTER";
  reasonCode: string;
  note: string;
  requestedById: number | null;
  returnFee?: number;
  photoId?: number | null;
};

/** Records an OPEN request (and tells the customer and the center); ALREADY_OPEN when the part has one. */
async function openRequest(input: NewRequest, recheck: (tx: Tx) => Promise<OpenRequestRefusal | null>) {
  try {
    const opened = await prisma.$transaction(async (tx) => {
      const refusal = await recheck(tx);
      if (refusal) return { ok: false as const, reason: refusal };
      const request = await tx.partRequest.create({
        data: { ...input, openKey: openKeyOf(input.fulfilmentId) },
        select: { id: true },
      });
      await tx.partRequestEvent.create({
        data: { requestId: request.id, userId: input.requestedById, action: "CREATED", note: input.note },
      });
      await announceRequestStep(tx, request.id, "RECEIVED");
      return { ok: true as const, data: { mode: "REQUESTED" as const, requestId: request.id } };
    });
    if (opened.ok) kickNotificationDelivery();
    return opened;
  } catch (error) {
    // A second request for the same part at the same moment meets the unique open key (PostgreSQL has
    // aborted that transaction by then, so it is answered here, outside).
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false as const, reason: "ALREADY_OPEN" as const };
    }
    throw error;
  }
}

/** The part as it is now, for the checks made again inside the request's transaction. */
async function partNow(tx: Tx, fulfilmentId: number) {
  return tx.fulfilment.findUniqueOrThrow({
    where: { id: fulfilmentId },
    select: { status: true, deliveredAt: true, requests: { select: { kind: true, status: true, origin: true } } },
  });
}

function refusalFor(
  part: Awaited<ReturnType<typeof partNow>>,
  kind: PartRequestKind,
  now: Date,
  origin: "CUSTOMER" | "CENTER",
): OpenRequestRefusal | null {
  if (part.requests.some((r) => r.status === "OPEN")) return "ALREADY_OPEN";
  if (origin === "CENTER") return part.status === "NEW" || part.status === "ACCEPTED" ? null : "WRONG_STATE";
  // A return or exchange is asked once per part; an approved one is not asked again.
  if (kind !== "CANCEL" && part.requests.some((r) => r.kind !== "CANCEL" && r.status === "APPROVED")) {
    return "ALREADY_DONE";
  }
  if (customerRequestKinds(part, now).includes(kind)) return null;
  if (kind !== "CANCEL" && part.status === "DELIVERED") return "OUT_OF_WINDOW";
  return "WRONG_STATE";
}

/** 취소·반품·교환 요청 by the customer (token + the orderer's phone, as 주문조회). */
export async function requestByCustomer(
  input: {
    token: string;
    phone: string;
    fulfilmentId: number;
    kind: PartRequestKind;
    reasonCode: string;
    note: string;
    /** An uploaded photo (반품·교환 only). */
    photoId?: number | null;
  },
  provider: RefundProvider,
  now = new Date(),
): Promise<CustomerRequestResult> {
  const order = await prisma.order.findUnique({
    where: { lookupToken: input.token },
    select: {
      id: true,
      paidAt: true,
      ordererPhone: true,
      fulfilments: {
        select: {
          id: true,
          status: true,
          shippingFee: true,
          surcharge: true,
          center: { select: { shippingFee: true } },
        },
      },
    },
  });
  if (!order || order.ordererPhone !== input.phone) return { ok: false, reason: "NOT_YOURS" };
  const part = order.fulfilments.find((f) => f.id === input.fulfilmentId);
  // A part of somebody else's order is, to this customer, no part at all.
  if (!part) return { ok: false, reason: "NOT_YOURS" };
  if (!order.paidAt) return { ok: false, reason: "NOT_PAID" };
  const base: NewRequest = {
    orderId: order.id,
    fulfilmentId: part.id,
    kind: input.kind,
    origin: "CUSTOMER",
    reasonCode: input.reasonCode,
    note: input.note,
    requestedById: null,
    // Fixed now, as shown to the customer before they sent it: a later change of the center's fee changes nothing.
    returnFee: returnFeeFor(input.kind, input.reasonCode, { ...part, centerShippingFee: part.center.shippingFee }),
    photoId: input.kind === "CANCEL" ? null : (input.photoId ?? null),
  };

  if (input.kind === "CANCEL" && part.status === "NEW") {
    const pending = await prisma.partRequest.count({ where: { fulfilmentId: part.id, status: "OPEN" } });
    if (pending > 0) return { ok: false, reason: "ALREADY_OPEN" };
    const reason = `고객 취소: ${input.reasonCode}${input.note ? ` — ${input.note}` : ""}`;
    const refund = await refundPart(
      {
        orderId: order.id,
        fulfilmentId: part.id,
        amount: null,
        cancel: true,
        // Only from 신규주문: a center accepting at the same moment wins, and this becomes a request.
        cancelFrom: ["NEW"],
        reason,
        idempotencyKey: `customer-cancel-part-${part.id}`,
        userId: null,
      },
      provider,
    );
    if (refund.ok) {
      await recordImmediateCancel(base, refund.data, now);
      return { ok: true, data: { mode: "CANCELLED", amount: refund.data.amount } };
    }
    if (refund.reason !== "PART_SHIPPED") return { ok: false, reason: "REFUND_FAILED" };
  }
  return openRequest(base, async (tx) => refusalFor(await partNow(tx, part.id), input.kind, now, "CUSTOMER"));
}

/** A cancel done at once is kept as an approved request, so the part's history shows who asked and what. */
async function recordImmediateCancel(base: NewRequest, refund: { refundId: number; amount: number }, now: Date) {
  const exists = await prisma.partRequest.findFirst({ where: { refundId: refund.refundId }, select: { id: true } });
  if (exists) return;
  await prisma.partRequest.create({
    data: {
      ...base,
      status: "APPROVED",
      answeredAt: now,
      answerNote: "신규주문이라 바로 취소·환불",
      refundId: refund.refundId,
      refundAmount: refund.amount,
      completedAt: now,
      events: {
        create: [
          { action: "CREATED", note: base.note },
          { action: "REFUNDED", note: `${refund.amount}` },
        ],
      },
    },
  });
}

/** 취소 요청 by a producing center for its own part (품절, 파손…); the regional admin answers it. */
export async function requestByCenter(input: {
  fulfilmentId: number;
  actor: { userId: number; centerId: number };
  reasonCode: string;
  note: string;
}): Promise<CommandResult<{ requestId: number }, OpenRequestRefusal>> {
  const part = await prisma.fulfilment.findFirst({
    where: { id: input.fulfilmentId, centerId: input.actor.centerId, order: { paidAt: { not: null } } },
    select: { id: true, orderId: true },
  });
  if (!part) return { ok: false, reason: "NOT_FOUND" };
  const opened = await openRequest(
    {
      orderId: part.orderId,
      fulfilmentId: part.id,
      kind: "CANCEL",
      origin: "CENTER",
      reasonCode: input.reasonCode,
      note: input.note,
      requestedById: input.actor.userId,
    },
    async (tx) => refusalFor(await partNow(tx, part.id), "CANCEL", new Date(), "CENTER"),
  );
  return opened.ok ? { ok: true, data: { requestId: opened.data.requestId } } : opened;
}

/** 요청 철회 by the customer, only while nobody has answered (a conditional update from OPEN). */
export async function withdrawByCustomer(input: {
  token: string;
  phone: string;
  requestId: number;
}): Promise<CommandResult<null, "NOT_YOURS" | "ALREADY_ANSWERED">> {
  const request = await prisma.partRequest.findFirst({
    where: { id: input.requestId, origin: "CUSTOMER", order: { lookupToken: input.token } },
    select: { id: true, order: { select: { ordererPhone: true } } },
  });
  if (!request || request.order.ordererPhone !== input.phone) return { ok: false, reason: "NOT_YOURS" };
  const done = await prisma.$transaction(async (tx) => {
    const moved = await tx.partRequest.updateMany({
      where: { id: request.id, status: "OPEN" },
      data: { status: "WITHDRAWN", openKey: null, answeredAt: new Date() },
    });
    if (moved.count !== 1) return false;
    await tx.partRequestEvent.create({ data: { requestId: request.id, action: "WITHDRAWN" } });
    return true;
  });
  return done ? { ok: true, data: null } : { ok: false, reason: "ALREADY_ANSWERED" };
}
