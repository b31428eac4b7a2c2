// 송장 정정: a center fixes the courier or tracking number of a parcel it already sent. The parcel's row is
// changed in place (so the customer's page and emails never show the wrong link again), conditionally on
// the values the center saw; the change is in the part's log and the audit log, and the customer gets
// the corrected link by email.
import { recordAudit } from "~/audit/audit.server";
import { kickNotificationDelivery, queueOrderNotification } from "~/notifications/notifications.server";
import { courierName, isCourierCode } from "~/orders/couriers";
import type { FulfilmentActor } from "~/orders/orders.server";
import type { CommandResult } from "~/utils/command-result";
import { prisma } from "~/utils/db.server";
import { normaliseTrackingNumber } from "./fulfilment.server";

export type CorrectionRefusal = "NOT_FOUND" | "NOT_SHIPPED" | "UNKNOWN_COURIER" | "BAD_TRACKING_NUMBER" | "UNCHANGED";

export async function correctShipment(input: {
  fulfilmentId: number;
  courier: string;
  trackingNumber: string;
  actor: FulfilmentActor & { centerId: number };
}): Promise<CommandResult<{ shipmentId: number }, CorrectionRefusal>> {
  if (!isCourierCode(input.courier)) return { ok: false, reason: "UNKNOWN_COURIER" };
  const trackingNumber = normaliseTrackingNumber(input.trackingNumber);
  if (!trackingNumber) return { ok: false, reason: "BAD_TRACKING_NUMBER" };
  const courier = input.courier;
  const result = await prisma.$transaction(async (tx) => {
    // Only the session's own center's part, and only once it has been sent (배송중).
    const part = await tx.fulfilment.findFirst({
      where: { id: input.fulfilmentId, centerId: input.actor.centerId },
      select: {
        status: true,
        orderId: true,
        order: { select: { number: true } },
        shipments: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 1 },
      },
    });
    if (!part) return { ok: false, reason: "NOT_FOUND" } as const;
    const shipment = part.shipments[0];
    if (part.status !== "SHIPPED" || !shipment) return { ok: false, reason: "NOT_SHIPPED" } as const;
    if (shipment.courier === courier && shipment.trackingNumber === trackingNumber) {
      return { ok: false, reason: "UNCHANGED" } as const;
    }
    const updated = await tx.shipment.updateMany({
      where: { id: shipment.id, courier: shipment.courier, trackingNumber: shipment.trackingNumber },
      data: { courier, trackingNumber },
    });
    if (updated.count !== 1) return { ok: false, reason: "NOT_SHIPPED" } as const;
    const change = `${courierName(shipment.courier)} ${shipment.trackingNumber} → ${courierName(courier)} ${trackingNumber}`;
    await tx.fulfilmentEvent.create({
      data: {
        fulfilmentId: input.fulfilmentId,
        userId: input.actor.userId,
        fromStatus: "SHIPPED",
        toStatus: "SHIPPED",
        note: `송장 정정: ${change}`,
      },
    });
    await recordAudit(
      {
        userId: input.actor.userId,
        action: "fulfilment.correct-shipment",
        entity: "Order",
        entityId: part.orderId,
        detail: `송장 정정: ${change}`,
      },
      tx,
    );
    // The 발송 안내 again, saying old → new and with the corrected link; one email per correction.
    await queueOrderNotification(tx, {
      orderId: part.orderId,
      kind: "SHIPPED",
      fulfilmentId: input.fulfilmentId,
      dedupeKey: `shipped:${input.fulfilmentId}:corrected:${courier}-${trackingNumber}`,
      correctedFrom: { courier: shipment.courier, trackingNumber: shipment.trackingNumber },
    });
    return { ok: true, data: { shipmentId: shipment.id } } as const;
  });
  if (result.ok) kickNotificationDelivery();
  return result;
}

export const CORRECTION_ERROR_MESSAGE: Record<CorrectionRefusal, string> = {
  NOT_FOUND: "이 센터의 주문이 아닙니다.",
  NOT_SHIPPED: "발송된(배송중) 주문만 송장을 정정할 수 있습니다. 화면을 새로 고쳐 주세요.",
  UNKNOWN_COURIER: "택배사를 목록에서 골라 주세요.",
  BAD_TRACKING_NUMBER: "송장번호는 숫자 9~14자리로 입력해 주세요.",
  UNCHANGED: "지금 등록된 택배사·송장번호와 같습니다.",
};
