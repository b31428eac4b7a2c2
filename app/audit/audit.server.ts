import type { Prisma } from "~/generated/prisma/client";
import { prisma } from "~/utils/db.server";

type Db = Pick<Prisma.TransactionClient, "auditLog">;

export type AuditEntry = {
  userId: number | null;
  /** What was done, e.g. "order.refund", "article.publish", "user.disable". */
  action: string;
  /** The kind of thing acted on: "Order", "Article", "User"… */
  entity: string;
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

/** Newest first; optionally for one entity. */
export function listAuditLog({
  entity,
  entityId,
  take = 50,
  skip = 0,
}: {
  entity?: string;
  entityId?: string | number;
  take?: number;
  skip?: number;
}) {
  return prisma.auditLog.findMany({
    where: { entity, entityId: entityId === undefined ? undefined : String(entityId) },
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
      user: { select: { name: true, email: true } },
    },
  });
}
