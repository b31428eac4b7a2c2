import type { Prisma } from "~/generated/prisma/client";
import { prisma } from "~/utils/db.server";
import type { AuditAction, AuditEntity } from "./audit-labels";

type Db = Pick<Prisma.TransactionClient, "auditLog">;

export type AuditEntry = {
  userId: number | null;
  /** What was done, e.g. "order.refund", "article.publish", "user.disable" (each has its Korean label). */
  action: AuditAction;
  /** The kind of thing acted on: "Order", "Article", "User"… */
  entity: AuditEntity;
  entityId: string | number;
  /** A short human-readable account of the change (Korean), shown in the admin audit view. */
  detail?: string;
};

/** Writes one audit record; pass the transaction client so the record lands with the change it describes. */
export async function recordAudit(entry: AuditEntry, db: Db = prisma) {
  await db.auditLog.create({
    data: {
      userId: entry.userId,
      action: entry.action,
      entity: entry.entity,
      entityId: String(entry.entityId),
      detail: entry.detail ?? "",
    },
  });
}

type AuditFilter = { entity?: string; entityId?: string | number; userId?: number };

function auditWhere({ entity, entityId, userId }: AuditFilter) {
  return { entity, userId, entityId: entityId === undefined ? undefined : String(entityId) };
}

/** Newest first; optionally for one entity, or by one user. */
export function listAuditLog({ take = 50, skip = 0, ...filter }: AuditFilter & { take?: number; skip?: number }) {
  return prisma.auditLog.findMany({
    where: auditWhere(filter),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    skip,
    select: {
      id: true,
      action: true,
      entity: true,
      entityId: true,
      detail: true,
      createdAt: true,
      user: { select: { id: true, name: true, email: true } },
    },
  });
}
export type AuditLogEntry = Awaited<ReturnType<typeof listAuditLog>>[number];

export function countAuditLog(filter: AuditFilter) {
  return prisma.auditLog.count({ where: auditWhere(filter) });
}

/** What the filters of the audit view offer: the kinds of thing acted on, and who acted. */
export async function auditFilterChoices() {
  const [entities, users] = await Promise.all([
    prisma.auditLog.findMany({ distinct: ["entity"], select: { entity: true }, orderBy: { entity: "asc" } }),
    prisma.user.findMany({
      where: { auditLogs: { some: {} } },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
  ]);
  return { entities: entities.map((e) => e.entity), users };
}
