// What a producing center sees of orders: only its own part (its lines, its parcel) of paid orders.
// Every function takes the centerId from the session; nothing here accepts one from a request.
import type { Prisma } from "~/generated/prisma/client";
import { deliverySelect, partEventsSelect } from "~/orders/order-select";
import { containsText, prisma } from "~/utils/db.server";
import { FULFILMENT_STATUSES, type FulfilmentStatus } from "~/orders/part-states";

export const CENTER_ORDERS_PAGE_SIZE = 20;

/** Orders not yet paid (or never paid) never reach a center. */
function centerScope(centerId: number): Prisma.FulfilmentWhereInput {
  return { centerId, order: { paidAt: { not: null } } };
}

function searchWhere(q: string): Prisma.FulfilmentWhereInput {
  const term = q.trim();
  if (!term) return {};
  return { order: { OR: [{ number: { contains: term.toUpperCase() } }, { recipientName: containsText(term) }] } };
}

const partSelect = {
  id: true,
  status: true,
  itemsTotal: true,
  shippingFee: true,
  surcharge: true,
  acceptedAt: true,
  shippedAt: true,
  deliveredAt: true,
  cancelledAt: true,
  order: {
    select: {
      number: true,
      status: true,
      paidAt: true,
      ...deliverySelect,
    },
  },
  items: {
    orderBy: { id: "asc" },
    select: { id: true, productName: true, variantName: true, unitPrice: true, quantity: true, cancelledQty: true },
  },
  shipments: { orderBy: { id: "asc" }, select: { courier: true, trackingNumber: true, createdAt: true } },
} satisfies Prisma.FulfilmentSelect;

export type CenterOrderRow = Prisma.FulfilmentGetPayload<{ select: typeof partSelect }>;

/** The dashboard: one tab of the center's parts, newest payment first, with every tab's count. */
export async function listCenterOrders(input: { centerId: number; status: FulfilmentStatus; q: string; page: number }) {
  const where: Prisma.FulfilmentWhereInput = {
    AND: [centerScope(input.centerId), searchWhere(input.q), { status: input.status }],
  };
  // The tab's total is its count among the per-state counts (same filter but the state): no count query.
  const [rows, grouped] = await Promise.all([
    prisma.fulfilment.findMany({
      where,
      orderBy: [{ order: { paidAt: "desc" } }, { id: "desc" }],
      skip: (input.page - 1) * CENTER_ORDERS_PAGE_SIZE,
      take: CENTER_ORDERS_PAGE_SIZE,
      select: partSelect,
    }),
    prisma.fulfilment.groupBy({
      by: ["status"],
      where: { AND: [centerScope(input.centerId), searchWhere(input.q)] },
      _count: { _all: true },
    }),
  ]);
  const counts = Object.fromEntries(FULFILMENT_STATUSES.map((s) => [s, 0])) as Record<FulfilmentStatus, number>;
  for (const group of grouped) counts[group.status] = group._count._all;
  const total = counts[input.status];
  return { rows, total, counts };
}

/** One order as the center sees it, by order number; null when it has no paid part of this center. */
export function getCenterOrder({ number, centerId }: { number: string; centerId: number }) {
  return prisma.fulfilment.findFirst({
    where: { ...centerScope(centerId), order: { number, paidAt: { not: null } } },
    select: {
      ...partSelect,
      events: partEventsSelect,
    },
  });
}
export type CenterOrder = NonNullable<Awaited<ReturnType<typeof getCenterOrder>>>;

/** Parts ready to pack (상품준비중), oldest payment first, for packing slips, the picking list and CSV export. */
export function listPartsToShip({ centerId, ids }: { centerId: number; ids?: number[] }) {
  return prisma.fulfilment.findMany({
    where: { ...centerScope(centerId), status: "ACCEPTED", ...(ids ? { id: { in: ids } } : {}) },
    orderBy: [{ order: { paidAt: "asc" } }, { id: "asc" }],
    select: { ...partSelect, order: { select: { ...partSelect.order.select, ordererName: true, ordererPhone: true } } },
  });
}
