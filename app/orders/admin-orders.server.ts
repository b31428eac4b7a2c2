// The regional center's view of orders: every center's part, payments, refunds and the audit trail.
import { isOrderStatus, type OrderStatus } from "~/orders/order-states";
import type { Prisma } from "~/generated/prisma/client";
import { cachedContent } from "~/utils/content-cache.server";
import { containsText, prisma } from "~/utils/db.server";
import { isWorkFilter, workWhere, type WorkFilter } from "./part-work";
import { refundableOf, refundRowsSelect } from "./refundable";
import {
  deliverySelect,
  ordererSelect,
  partAmountsSelect,
  partEventsSelect,
  totalsSelect,
  orderLineSelect,
} from "~/orders/order-select";

export const ADMIN_ORDERS_PAGE_SIZE = 30;

export type AdminOrderFilter = {
  /** An order status, or "ALL_PAID" (default: everything that was ever paid) or "ALL". */
  status: OrderStatus | "ALL_PAID" | "ALL";
  centerId: number | null;
  /** A state of the centers' parts or a delay (발주확인 지연, 배송 지연); with a center, that center's part. */
  work: WorkFilter | null;
  /** KST calendar days, inclusive, as YYYY-MM-DD. */
  from: string | null;
  to: string | null;
  q: string;
};

const KST_OFFSET_MS = 9 * 3_600_000;
const kstDayStart = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - KST_OFFSET_MS);

/** Reads the filter from the query string, ignoring anything malformed. */
export function readAdminOrderFilter(params: URLSearchParams): AdminOrderFilter {
  const status = params.get("status") ?? "ALL_PAID";
  const day = (name: string) => {
    const value = params.get(name) ?? "";
    return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? value : null;
  };
  const center = Number(params.get("center"));
  return {
    status: status === "ALL" || isOrderStatus(status) ? status : "ALL_PAID",
    centerId: Number.isSafeInteger(center) && center > 0 ? center : null,
    work: isWorkFilter(params.get("work")) ? (params.get("work") as WorkFilter) : null,
    from: day("from"),
    to: day("to"),
    q: (params.get("q") ?? "").trim().slice(0, 50),
  };
}

function filterWhere(filter: AdminOrderFilter, now = new Date()): Prisma.OrderWhereInput {
  const and: Prisma.OrderWhereInput[] = [];
  if (filter.status === "ALL_PAID") and.push({ paidAt: { not: null } });
  else if (filter.status !== "ALL") and.push({ status: filter.status });
  const center = filter.centerId ? { centerId: filter.centerId } : {};
  if (filter.work) and.push({ fulfilments: { some: { ...workWhere(filter.work, now), ...center } } });
  else if (filter.centerId) and.push({ fulfilments: { some: center } });
  if (filter.from) and.push({ createdAt: { gte: kstDayStart(filter.from) } });
  if (filter.to) and.push({ createdAt: { lt: new Date(kstDayStart(filter.to).getTime() + 86_400_000) } });
  if (filter.q) {
    const digits = filter.q.replace(/\D/g, "");
    and.push({
      OR: [
        { number: { contains: filter.q.toUpperCase() } },
        { ordererName: containsText(filter.q) },
        { recipientName: containsText(filter.q) },
        ...(digits.length >= 4
          ? [{ ordererPhone: { contains: digits } }, { recipientPhone: { contains: digits } }]
          : []),
      ],
    });
  }
  return { AND: and };
}

export async function listAdminOrders(filter: AdminOrderFilter, page: number) {
  const where = filterWhere(filter);
  const [rows, total] = await Promise.all([
    prisma.order.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * ADMIN_ORDERS_PAGE_SIZE,
      take: ADMIN_ORDERS_PAGE_SIZE,
      select: {
        id: true,
        number: true,
        status: true,
        ordererName: true,
        recipientName: true,
        total: true,
        createdAt: true,
        paidAt: true,
        fulfilments: { orderBy: { id: "asc" }, select: { status: true, center: { select: { shortName: true } } } },
        payments: { select: { refunds: refundRowsSelect } },
      },
    }),
    prisma.order.count({ where }),
  ]);
  return { rows, total };
}

/** The producing centers, for the filter's choices: content, read once per content version. */
export function listCenterChoices() {
  return cachedContent("orders:center-choices", () =>
    prisma.center.findMany({
      where: { products: { some: {} } },
      orderBy: { position: "asc" },
      select: { id: true, shortName: true, name: true },
    }),
  );
}

/** Everything about one order for the admin page. */
export function getAdminOrder(number: string) {
  return prisma.order.findUnique({
    where: { number },
    select: {
      ...ordererSelect,
      ...deliverySelect,
      ...totalsSelect,
      payments: {
        orderBy: { id: "asc" },
        select: { id: true, provider: true, status: true, amount: true, refundedAmount: true, paymentIntent: true },
      },
      fulfilments: {
        orderBy: { id: "asc" },
        select: {
          ...partAmountsSelect,
          center: { select: { name: true, shortName: true, phone: true } },
          items: { orderBy: { id: "asc" }, select: orderLineSelect },
          shipments: { orderBy: { id: "asc" }, select: { courier: true, trackingNumber: true, createdAt: true } },
          events: partEventsSelect,
          refunds: {
            orderBy: { id: "asc" },
            select: {
              id: true,
              amount: true,
              status: true,
              reason: true,
              createdAt: true,
              createdBy: { select: { name: true } },
            },
          },
        },
      },
      notifications: {
        orderBy: { id: "asc" },
        select: { id: true, kind: true, status: true, subject: true, createdAt: true, sentAt: true },
      },
    },
  });
}
export type AdminOrder = NonNullable<Awaited<ReturnType<typeof getAdminOrder>>>;

/** What is still refundable on a part, by the one rule of ./refundable. */
export function partRefundable(part: AdminOrder["fulfilments"][number]): number {
  return refundableOf(part);
}
