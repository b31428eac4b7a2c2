// The admin view of customer emails (/admin/notifications): what was queued, sent, failed or only kept.
import { recordAudit } from "~/audit/audit.server";
import type { Prisma } from "~/generated/prisma/client";
import { prisma } from "~/utils/db.server";
import { isMailConfigured } from "./mailer.server";
import { NOTIFICATION_STATUSES, type NotificationStatus } from "./notification-states";

export const OUTBOX_PAGE_SIZE = 20;

export type OutboxFilter = { status?: NotificationStatus; q?: string; page?: number };

/** Newest first, with the count of every status (for the filter tabs) and of the current filter. */
export async function listNotifications({ status, q, page = 1 }: OutboxFilter) {
  const search = q?.trim();
  const matching: Prisma.NotificationWhereInput = search
    ? { OR: [{ to: { contains: search } }, { order: { number: { contains: search.toUpperCase() } } }] }
    : {};
  const where: Prisma.NotificationWhereInput = { ...matching, status };
  const [rows, total, grouped] = await Promise.all([
    prisma.notification.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * OUTBOX_PAGE_SIZE,
      take: OUTBOX_PAGE_SIZE,
      select: {
        id: true,
        kind: true,
        to: true,
        subject: true,
        text: true,
        status: true,
        attempts: true,
        lastError: true,
        nextAttemptAt: true,
        sentAt: true,
        createdAt: true,
        order: { select: { number: true } },
      },
    }),
    prisma.notification.count({ where }),
    prisma.notification.groupBy({ by: ["status"], where: matching, _count: { _all: true } }),
  ]);
  const counts = Object.fromEntries(NOTIFICATION_STATUSES.map((s) => [s, 0])) as Record<NotificationStatus, number>;
  for (const group of grouped) {
    counts[group.status] = group._count._all;
  }
  return { rows, total, counts, pageCount: Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE)) };
}

export type ResendOutcome = "RESENT" | "NOT_FAILED" | "NO_SMTP";

/**
 * 다시 보내기: a FAILED message goes back to PENDING, due now, with a fresh retry schedule. Conditional on
 * FAILED, so a double click queues it once. The caller kicks delivery after this returns RESENT.
 */
export async function resendNotification(id: number, userId: number, now = new Date()): Promise<ResendOutcome> {
  if (!isMailConfigured()) return "NO_SMTP";
  return prisma.$transaction(async (tx) => {
    const reset = await tx.notification.updateMany({
      where: { id, status: "FAILED" },
      data: { status: "PENDING", attempts: 0, nextAttemptAt: now },
    });
    if (reset.count !== 1) return "NOT_FAILED";
    const { to, subject } = await tx.notification.findUniqueOrThrow({
      where: { id },
      select: { to: true, subject: true },
    });
    await recordAudit(
      { userId, action: "notification.resend", entity: "Notification", entityId: id, detail: `${to} · ${subject}` },
      tx,
    );
    return "RESENT";
  });
}
