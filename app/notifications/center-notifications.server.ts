// Emails to the staff of a producing center, queued in the transaction of the change they announce and
// delivered by the same outbox and SMTP worker as the customer emails. One message per staff member who
// wants it (their own setting at /center/notifications); replays of the same event queue nothing.
import { Prisma } from "~/generated/prisma/client";
import { env } from "~/utils/env.server";
import { isMailConfigured } from "./mailer.server";
import {
  composeCenterNewOrderEmail,
  composeCenterRequestEmail,
  type CenterEmailPart,
  type CenterRequestNotice,
} from "./center-templates";
import { isUniqueViolation } from "~/utils/db-errors.server";

type Db = Prisma.TransactionClient;
type Preference = "notifyNewOrders" | "notifyRequests";

async function loadPart(db: Db, fulfilmentId: number) {
  const part = await db.fulfilment.findUniqueOrThrow({
    where: { id: fulfilmentId },
    select: {
      orderId: true,
      centerId: true,
      center: { select: { name: true } },
      order: { select: { number: true, paidAt: true } },
      items: { orderBy: { id: "asc" }, select: { productName: true, variantName: true, quantity: true } },
    },
  });
  const email: CenterEmailPart = {
    centerName: part.center.name,
    orderNumber: part.order.number,
    paidAt: part.order.paidAt,
    items: part.items,
  };
  return { ...part, email };
}

/** The center's active staff who have not turned this kind of email off. */
function recipients(db: Db, centerId: number, preference: Preference) {
  return db.user.findMany({
    where: { centerId, role: "CENTER_STAFF", disabledAt: null, [preference]: true },
    orderBy: { id: "asc" },
    select: { id: true, email: true },
  });
}

async function queueToStaff(
  db: Db,
  input: {
    orderId: number;
    centerId: number;
    kind: "CENTER_NEW_ORDER" | "CENTER_REQUEST";
    dedupeKey: string;
    preference: Preference;
  },
  message: { subject: string; text: string },
) {
  let queued = 0;
  for (const user of await recipients(db, input.centerId, input.preference)) {
    const dedupeKey = `${input.dedupeKey}:user-${user.id}`;
    const exists = await db.notification.findUnique({ where: { dedupeKey }, select: { id: true } });
    if (exists) continue;
    try {
      await db.notification.create({
        data: {
          orderId: input.orderId,
          kind: input.kind,
          dedupeKey,
          to: user.email,
          ...message,
          status: isMailConfigured() ? "PENDING" : "OUTBOX",
        },
      });
      queued++;
    } catch (error) {
      // Another transaction queued the same message since the check above.
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return queued;
}

/** Every center with a part in the order hears of it once it is paid. Call inside the payment's transaction. */
export async function queueCenterNewOrderNotifications(db: Db, orderId: number): Promise<number> {
  const parts = await db.fulfilment.findMany({ where: { orderId }, orderBy: { id: "asc" }, select: { id: true } });
  let queued = 0;
  for (const { id } of parts) {
    const part = await loadPart(db, id);
    queued += await queueToStaff(
      db,
      {
        orderId,
        centerId: part.centerId,
        kind: "CENTER_NEW_ORDER",
        dedupeKey: `center-new-order:${id}`,
        preference: "notifyNewOrders",
      },
      composeCenterNewOrderEmail(part.email, env.PUBLIC_BASE_URL),
    );
  }
  return queued;
}

/**
 * A request or decision about one center's part (the customer's 취소·반품 request, the regional center's
 * cancellation or refund, the answer to the center's own request). `dedupeKey` names the event.
 */
export async function queueCenterRequestNotification(
  db: Db,
  input: { fulfilmentId: number; dedupeKey: string; notice: CenterRequestNotice },
): Promise<number> {
  const part = await loadPart(db, input.fulfilmentId);
  return queueToStaff(
    db,
    {
      orderId: part.orderId,
      centerId: part.centerId,
      kind: "CENTER_REQUEST",
      dedupeKey: input.dedupeKey,
      preference: "notifyRequests",
    },
    composeCenterRequestEmail(part.email, input.notice, env.PUBLIC_BASE_URL),
  );
}
