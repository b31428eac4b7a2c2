// The center's work on its parts: 발주확인, 발송 and 배송완료. The moves themselves (and their rules)
// belong to orders/orders.server.
import { kickNotificationDelivery, queueOrderNotification } from "~/notifications/notifications.server";
import { moveFulfilment, type FulfilmentActor } from "~/orders/orders.server";
import { prisma } from "~/utils/db.server";
import { courierName, isCourierCode, type CourierCode } from "~/orders/couriers";

export type { FulfilmentActor };

/** 발주확인 for many parts at once; returns how many moved (the rest were already past NEW or not ours). */
export async function acceptFulfilments(input: { fulfilmentIds: number[]; actor: FulfilmentActor }) {
  const ids = [...new Set(input.fulfilmentIds)];
  // One transaction (one commit) for the whole selection. Each part still moves only from NEW, so one
  // already past it is skipped, not an error, and the others go ahead.
  const accepted = await prisma.$transaction(
    async (tx) => {
      let moved = 0;
      for (const fulfilmentId of ids) {
        if ((await moveFulfilment(tx, { fulfilmentId, to: "ACCEPTED", actor: input.actor })).ok) moved++;
      }
      return moved;
    },
    { timeout: 30_000 },
  );
  return { accepted, skipped: ids.length - accepted };
}

/** Tracking numbers are kept as digits only: "6012-3456-7890" and "601234567890" are the same parcel. */
export function normaliseTrackingNumber(value: string): string | null {
  const digits = value.replace(/[\s-]/g, "");
  return /^\d{9,14}$/.test(digits) ? digits : null;
}

export type ShipInput = {
  fulfilmentId: number;
  courier: string;
  trackingNumber: string;
  actor: FulfilmentActor;
  now?: Date;
};

export type ShipResult =
  { ok: true } | { ok: false; reason: "NOT_FOUND" | "WRONG_STATE" | "UNKNOWN_COURIER" | "BAD_TRACKING_NUMBER" };

/** 배송중: needs a known courier and a tracking number; records the parcel and queues the customer's email. */
export async function shipFulfilment(input: ShipInput): Promise<ShipResult> {
  if (!isCourierCode(input.courier)) return { ok: false, reason: "UNKNOWN_COURIER" };
  const trackingNumber = normaliseTrackingNumber(input.trackingNumber);
  if (!trackingNumber) return { ok: false, reason: "BAD_TRACKING_NUMBER" };
  const courier: CourierCode = input.courier;
  const result = await prisma.$transaction(async (tx) => {
    const moved = await moveFulfilment(tx, {
      fulfilmentId: input.fulfilmentId,
      to: "SHIPPED",
      actor: input.actor,
      // The log is read by staff: the courier's Korean name, not its code.
      note: `${courierName(courier)} ${trackingNumber}`,
      now: input.now,
    });
    if (!moved.ok) return moved;
    await tx.shipment.create({ data: { fulfilmentId: input.fulfilmentId, courier, trackingNumber } });
    const { orderId } = await tx.fulfilment.findUniqueOrThrow({
      where: { id: input.fulfilmentId },
      select: { orderId: true },
    });
    await queueOrderNotification(tx, {
      orderId,
      kind: "SHIPPED",
      fulfilmentId: input.fulfilmentId,
      dedupeKey: `shipped:${input.fulfilmentId}`,
    });
    return moved;
  });
  if (result.ok) kickNotificationDelivery();
  return result;
}

/** 배송완료. */
export function deliverFulfilment(input: { fulfilmentId: number; actor: FulfilmentActor }) {
  return prisma.$transaction((tx) => moveFulfilment(tx, { ...input, to: "DELIVERED" }));
}

export const SHIP_ERROR_MESSAGE: Record<Exclude<ShipResult, { ok: true }>["reason"], string> = {
  NOT_FOUND: "이 센터의 결제완료 주문이 아닙니다.",
  WRONG_STATE: "발주확인(상품준비중) 상태의 주문만 발송할 수 있습니다.",
  UNKNOWN_COURIER: "택배사를 목록에서 골라 주세요.",
  BAD_TRACKING_NUMBER: "송장번호는 숫자 9~14자리로 입력해 주세요.",
};
