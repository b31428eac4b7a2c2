// The regional center's view of the centers' work: parts by fulfilment state, and the two kinds of delay
// it chases up. Shared by the admin order filter and the admin home's counts.
import type { Prisma } from "~/generated/prisma/client";
import type { FulfilmentStatus } from "./part-states";

/** 발주확인 지연: paid this long ago and not yet accepted by the center. */
export const ACCEPT_DELAY_MS = 24 * 3_600_000;
/** 배송 지연: accepted this long ago and not yet shipped. */
export const SHIP_DELAY_MS = 3 * 24 * 3_600_000;

export const WORK_FILTERS = [
  "NEW",
  "ACCEPTED",
  "SHIPPED",
  "DELIVERED",
  "CANCELLED",
  "ACCEPT_LATE",
  "SHIP_LATE",
] as const;
export type WorkFilter = (typeof WORK_FILTERS)[number];

export const WORK_FILTER_LABEL: Record<WorkFilter, string> = {
  NEW: "신규주문",
  ACCEPTED: "상품준비중",
  SHIPPED: "배송중",
  DELIVERED: "배송완료",
  CANCELLED: "취소",
  ACCEPT_LATE: "발주확인 지연 (결제 24시간 경과)",
  SHIP_LATE: "배송 지연 (발주확인 3일 경과)",
};

export function isWorkFilter(value: unknown): value is WorkFilter {
  return typeof value === "string" && (WORK_FILTERS as readonly string[]).includes(value);
}

/** The condition on one part for a filter, at `now`. */
export function workWhere(filter: WorkFilter, now: Date): Prisma.FulfilmentWhereInput {
  const paid = { order: { paidAt: { not: null } } };
  switch (filter) {
    case "ACCEPT_LATE":
      return { status: "NEW", order: { paidAt: { lt: new Date(now.getTime() - ACCEPT_DELAY_MS) } } };
    case "SHIP_LATE":
      return { ...paid, status: "ACCEPTED", acceptedAt: { lt: new Date(now.getTime() - SHIP_DELAY_MS) } };
    default:
      return { ...paid, status: filter satisfies FulfilmentStatus };
  }
}
