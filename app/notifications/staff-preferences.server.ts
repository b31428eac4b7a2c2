import { recordAudit } from "~/audit/audit.server";
import { prisma } from "~/utils/db.server";
import type { StaffPreferences } from "./staff-preferences";

export function getStaffPreferences(userId: number) {
  return prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, notifyNewOrders: true, notifyRequests: true },
  });
}

const onOff = (on: boolean) => (on ? "받음" : "받지 않음");

/** Saves the signed-in user's own choice (never anyone else's: the id comes from the session). */
export async function saveStaffPreferences(userId: number, preferences: StaffPreferences) {
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: preferences });
    await recordAudit(
      {
        userId,
        action: "user.notification-preferences",
        entity: "User",
        entityId: userId,
        detail: `새 주문 메일 ${onOff(preferences.notifyNewOrders)} · 요청 메일 ${onOff(preferences.notifyRequests)}`,
      },
      tx,
    );
  });
}
