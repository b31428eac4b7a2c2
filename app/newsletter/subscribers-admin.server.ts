// /admin/newsletter: subscriber counts, the paged list and the CSV export.
import type { Prisma } from "~/generated/prisma/client";
import { toCsv } from "~/utils/csv.server";
import { prisma } from "~/utils/db.server";
import { formatDateTime } from "~/utils/format";
import { SUBSCRIBER_STATUS_LABEL, SUBSCRIBER_STATUSES, type SubscriberStatus } from "./subscriber-states";

export const SUBSCRIBERS_PAGE_SIZE = 30;

export async function subscriberCounts() {
  const grouped = await prisma.subscriber.groupBy({ by: ["status"], _count: { _all: true } });
  const counts = Object.fromEntries(SUBSCRIBER_STATUSES.map((s) => [s, 0])) as Record<SubscriberStatus, number>;
  for (const g of grouped) counts[g.status] = g._count._all;
  return counts;
}

export async function listSubscribers({
  status,
  q,
  page = 1,
}: {
  status?: SubscriberStatus;
  q?: string;
  page?: number;
}) {
  const where: Prisma.SubscriberWhereInput = {
    status,
    ...(q?.trim() ? { email: { contains: q.trim().toLowerCase() } } : {}),
  };
  const [rows, total] = await Promise.all([
    prisma.subscriber.findMany({
      where,
      orderBy: { id: "desc" },
      skip: (page - 1) * SUBSCRIBERS_PAGE_SIZE,
      take: SUBSCRIBERS_PAGE_SIZE,
      select: { id: true, email: true, status: true, createdAt: true, confirmedAt: true, unsubscribedAt: true },
    }),
    prisma.subscriber.count({ where }),
  ]);
  return { rows, total, pageCount: Math.max(1, Math.ceil(total / SUBSCRIBERS_PAGE_SIZE)) };
}

/** Every subscriber (or one status) as CSV for Excel: UTF-8 with BOM, formula-looking cells neutralised. */
export async function subscribersCsv(status?: SubscriberStatus) {
  const rows = await prisma.subscriber.findMany({
    where: { status },
    orderBy: { id: "asc" },
    select: { email: true, status: true, createdAt: true, confirmedAt: true, unsubscribedAt: true },
  });
  const when = (d: Date | null) => (d ? formatDateTime(d) : "");
  return toCsv([
    ["이메일", "상태", "신청 일시", "확인 일시", "해지 일시"],
    ...rows.map((r) => [
      r.email,
      SUBSCRIBER_STATUS_LABEL[r.status],
      when(r.createdAt),
      when(r.confirmedAt),
      when(r.unsubscribedAt),
    ]),
  ]);
}
