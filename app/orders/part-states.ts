// One center's part of an order, as staff and customers see it.
import { FulfilmentStatus } from "~/generated/prisma/enums";

export { FulfilmentStatus };
export const FULFILMENT_STATUSES = Object.values(FulfilmentStatus);

/** Labels for center staff. */
export const FULFILMENT_STAFF_LABEL: Record<FulfilmentStatus, string> = {
  NEW: "신규주문",
  ACCEPTED: "상품준비중",
  SHIPPED: "배송중",
  DELIVERED: "배송완료",
  CANCELLED: "취소",
};

/** Labels for the customer's order page. */
export const FULFILMENT_CUSTOMER_LABEL: Record<FulfilmentStatus, string> = {
  NEW: "결제완료",
  ACCEPTED: "상품준비중",
  SHIPPED: "배송중",
  DELIVERED: "배송완료",
  CANCELLED: "취소",
};

/**
 * The customer-facing state of a paid order, derived from its centers' parts:
 * 결제완료 → 상품준비중 → 부분배송중 → 배송중 → 배송완료.
 */
export function deriveDeliveryState(statuses: FulfilmentStatus[]): string {
  const active = statuses.filter((s) => s !== "CANCELLED");
  if (active.length === 0) return "취소";
  const shipped = active.filter((s) => s === "SHIPPED" || s === "DELIVERED");
  if (active.every((s) => s === "DELIVERED")) return "배송완료";
  if (shipped.length === active.length) return "배송중";
  if (shipped.length > 0) return "부분배송중";
  if (active.some((s) => s === "ACCEPTED")) return "상품준비중";
  return "결제완료";
}

// 신규주문 → 발주확인(상품준비중) → 배송중 → 배송완료; a part can be cancelled only before it ships.
const FULFILMENT_TRANSITIONS: Record<FulfilmentStatus, readonly FulfilmentStatus[]> = {
  NEW: ["ACCEPTED", "CANCELLED"],
  ACCEPTED: ["SHIPPED", "CANCELLED"],
  SHIPPED: ["DELIVERED"],
  DELIVERED: [],
  CANCELLED: [],
};

/** The WHERE clause of a conditional move to `to`: the states it may come from. */
export function fulfilmentPriorStates(to: FulfilmentStatus): FulfilmentStatus[] {
  return FULFILMENT_STATUSES.filter((from) => FULFILMENT_TRANSITIONS[from].includes(to));
}

export function isFulfilmentStatus(value: string): value is FulfilmentStatus {
  return (FULFILMENT_STATUSES as readonly string[]).includes(value);
}
