// The payment side of an order. Every change is a conditional update from one of the allowed prior
// states, so a late or repeated event (an `expired` after `completed`, a webhook retried) changes nothing.

import { OrderStatus } from "~/generated/prisma/enums";

export { OrderStatus };
export const ORDER_STATUSES = Object.values(OrderStatus);

export const ORDER_STATUS_LABEL: Record<OrderStatus, string> = {
  PENDING_PAYMENT: "결제대기",
  PAID: "결제완료",
  PAYMENT_FAILED: "결제실패",
  EXPIRED: "결제시간초과",
  CANCELLED: "주문취소",
  PARTIALLY_REFUNDED: "부분환불",
  REFUNDED: "환불완료",
};

const TRANSITIONS: Record<OrderStatus, readonly OrderStatus[]> = {
  PENDING_PAYMENT: ["PAID", "PAYMENT_FAILED", "EXPIRED", "CANCELLED"],
  PAID: ["PARTIALLY_REFUNDED", "REFUNDED", "CANCELLED"],
  PARTIALLY_REFUNDED: ["PARTIALLY_REFUNDED", "REFUNDED", "CANCELLED"],
  PAYMENT_FAILED: [],
  EXPIRED: [],
  CANCELLED: [],
  REFUNDED: [],
};

/** The states an order may be in for a move to `to` — the WHERE clause of the conditional update. */
export function allowedPriorStates(to: OrderStatus): OrderStatus[] {
  return ORDER_STATUSES.filter((from) => TRANSITIONS[from].includes(to));
}

export function isOrderStatus(value: string): value is OrderStatus {
  return (ORDER_STATUSES as readonly string[]).includes(value);
}
