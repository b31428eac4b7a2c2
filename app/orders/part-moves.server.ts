// The part state machine's moves: one center's part of an order through 신규주문 → 상품준비중 → 배송중 →
// 배송완료, or 취소. Every move is a conditional update from an allowed prior state, scoped to the center,
// so a double click, two staff at once or a forged id applies at most once and never to another center's part.
import type { Prisma } from "~/generated/prisma/client";
import { fulfilmentPriorStates, type FulfilmentStatus } from "./part-states";

type Tx = Prisma.TransactionClient;

export type FulfilmentActor = { userId: number | null; centerId: number | null };

export type TransitionResult = { ok: true } | { ok: false; reason: "NOT_FOUND" | "WRONG_STATE" };

const TIMESTAMP_FOR: Partial<Record<FulfilmentStatus, string>> = {
  ACCEPTED: "acceptedAt",
  SHIPPED: "shippedAt",
  DELIVERED: "deliveredAt",
  CANCELLED: "cancelledAt",
};

/**
 * The conditional update itself, inside the caller's transaction. `centerId` null means the regional
 * center (admin) acting on any center's part. Only parts of paid orders move.
 */
export async function moveFulfilment(
  tx: Tx,
  input: { fulfilmentId: number; to: FulfilmentStatus; actor: FulfilmentActor; note?: string; now?: Date },
): Promise<TransitionResult> {
  const { fulfilmentId, to, actor } = input;
  const now = input.now ?? new Date();
  const scope = { id: fulfilmentId, ...(actor.centerId === null ? {} : { centerId: actor.centerId }) };
  const part = await tx.fulfilment.findFirst({
    where: { ...scope, order: { paidAt: { not: null } } },
    select: { status: true },
  });
  if (!part) return { ok: false, reason: "NOT_FOUND" };
  const timestamp = TIMESTAMP_FOR[to];
  const moved = await tx.fulfilment.updateMany({
    where: { ...scope, status: { in: fulfilmentPriorStates(to) } },
    data: { status: to, ...(timestamp ? { [timestamp]: now } : {}) },
  });
  if (moved.count !== 1) return { ok: false, reason: "WRONG_STATE" };
  await tx.fulfilmentEvent.create({
    data: {
      fulfilmentId,
      userId: actor.userId,
      fromStatus: part.status,
      toStatus: to,
      note: input.note ?? "",
      createdAt: now,
    },
  });
  return { ok: true };
}
