// Customer emails: queued inside the transaction of the change they announce (so they exist exactly when
// the change does), delivered afterwards by a worker with retries. A slow or broken SMTP server never
// blocks or undoes an order's state change; failures are visible in /admin/notifications.
import type { Prisma } from "~/generated/prisma/client";
import { prisma } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { describeSendError, getMailer, isMailConfigured } from "./mailer.server";
import type { CustomerNotificationKind } from "./notification-states";
import { composeOrderEmail, type EmailEvent, type EmailOrder } from "./templates";
import { deliverySelect, partAmountsSelect, totalsSelect } from "~/orders/order-select";
import { orderRefundedOf, partPaid, refundedOf, refundRowsSelect } from "~/orders/refundable";

export type { NotificationKind } from "./notification-states";
export { listNotifications, resendNotification } from "./outbox.server";

/** Waits after the 1st, 2nd… failed try; after the last one the message is FAILED. */
export const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 6 * 3_600_000] as const;
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;
/** How long a claimed message is reserved for its sender; longer than any SMTP timeout. */
const CLAIM_LEASE_MS = 10 * 60_000;
const BATCH_SIZE = 50;
const WORKER_INTERVAL_MS = 30_000;

export type QueueInput = {
  orderId: number;
  kind: Exclude<CustomerNotificationKind, `NEWSLETTER_${string}` | `REQUEST_${string}`>;
  dedupeKey: string;
  /** The center's part: required for SHIPPED; for CANCELLED/REFUNDED, absent means the whole order. */
  fulfilmentId?: number;
  /** Won refunded by this event (CANCELLED/REFUNDED); defaults to what the database records. */
  amount?: number;
  /** The staff's reason for a cancellation or refund, told to the customer. */
  reason?: string;
  /** SHIPPED after 송장 정정: the courier and number the earlier email gave. */
  correctedFrom?: { courier: string; trackingNumber: string };
};

/**
 * Called inside the caller's transaction (pass tx) right after the state change; composes the email from the
 * database as it is now and inserts it once per dedupeKey (a replayed event inserts nothing). Never throws for
 * a duplicate.
 */
export async function queueOrderNotification(db: Prisma.TransactionClient, input: QueueInput): Promise<void> {
  const existing = await db.notification.findUnique({ where: { dedupeKey: input.dedupeKey }, select: { id: true } });
  if (existing) return;
  const { order, to, event } = await loadEmailContext(db, input);
  const { subject, text } = composeOrderEmail(order, event, env.PUBLIC_BASE_URL);
  await insertCustomerNotification(
    db,
    { orderId: input.orderId, kind: input.kind, dedupeKey: input.dedupeKey, to },
    {
      subject,
      text,
    },
  );
}

/** Inserts one customer email once per dedupeKey, inside the caller's transaction. */
export async function insertCustomerNotification(
  db: Prisma.TransactionClient,
  input: { orderId: number; kind: CustomerNotificationKind; dedupeKey: string; to: string },
  message: { subject: string; text: string },
): Promise<void> {
  const status = isMailConfigured() ? "PENDING" : "OUTBOX";
  const now = new Date();
  // ON CONFLICT DO NOTHING (same SQL on SQLite and PostgreSQL): a concurrent insert of the same key is
  // skipped by the database. Catching the unique-key error instead would abort the caller's transaction on
  // PostgreSQL ("current transaction is aborted").
  await db.$executeRaw`INSERT INTO "Notification" ("orderId", "kind", "dedupeKey", "to", "subject", "text", "status", "nextAttemptAt", "createdAt")
    VALUES (${input.orderId}, ${input.kind}, ${input.dedupeKey}, ${input.to}, ${message.subject}, ${message.text}, ${status}, ${now}, ${now})
    ON CONFLICT ("dedupeKey") DO NOTHING`;
}

async function loadEmailContext(db: Prisma.TransactionClient, input: QueueInput) {
  const row = await db.order.findUniqueOrThrow({
    where: { id: input.orderId },
    select: {
      number: true,
      lookupToken: true,
      ordererName: true,
      ordererEmail: true,
      ...deliverySelect,
      ...totalsSelect,
      payments: { select: { refunds: refundRowsSelect } },
      fulfilments: {
        orderBy: { id: "asc" },
        select: {
          ...partAmountsSelect,
          refunds: refundRowsSelect,
          center: { select: { name: true, phone: true } },
          items: {
            orderBy: { id: "asc" },
            select: { productName: true, variantName: true, quantity: true, lineTotal: true },
          },
          shipments: {
            orderBy: [{ createdAt: "desc" }, { id: "desc" }],
            take: 1,
            select: { courier: true, trackingNumber: true },
          },
        },
      },
    },
  });
  const { payments, fulfilments, ordererEmail, ...rest } = row;
  const order: EmailOrder = {
    ...rest,
    parts: fulfilments.map((f) => ({
      fulfilmentId: f.id,
      centerName: f.center.name,
      centerPhone: f.center.phone,
      status: f.status,
      shippingFee: f.shippingFee + f.surcharge,
      items: f.items,
    })),
  };
  const part = input.fulfilmentId === undefined ? null : fulfilments.find((f) => f.id === input.fulfilmentId);
  if (part === undefined) throw new Error(`Fulfilment ${input.fulfilmentId} is not part of order ${row.number}`);

  let event: EmailEvent;
  if (input.kind === "ORDER_PAID") {
    event = { kind: "ORDER_PAID" };
  } else if (input.kind === "SHIPPED") {
    if (!part) throw new Error("A SHIPPED notification needs the fulfilmentId of the parcel");
    event = {
      kind: "SHIPPED",
      fulfilmentId: part.id,
      shipment: part.shipments[0] ?? null,
      correctedFrom: input.correctedFrom,
    };
  } else if (input.kind === "PAYMENT_RETURNED") {
    event = { kind: "PAYMENT_RETURNED", amount: input.amount ?? 0, reason: input.reason?.trim() || undefined };
  } else {
    const recorded = part ? refundedOf(part.refunds) : orderRefundedOf(payments);
    const full = part ? partPaid(part) : row.total;
    event = {
      kind: input.kind,
      fulfilmentId: part?.id,
      amount: input.amount ?? (recorded > 0 ? recorded : full),
      reason: input.reason?.trim() || undefined,
    };
  }
  return { order, to: ordererEmail, event };
}

/** After commit: asks for delivery soon (setImmediate); never awaited by the request, never throws. */
export function kickNotificationDelivery(): void {
  if (!isMailConfigured()) return;
  setImmediate(runDelivery);
}

// One delivery run at a time per process; a kick during a run asks for one more run right after it.
let running = false;
let runAgain = false;

function runDelivery() {
  if (running) {
    runAgain = true;
    return;
  }
  running = true;
  deliverDueNotifications()
    .then((counts) => {
      // A full batch (e.g. a 월호 mailed to many subscribers): carry on right away rather than in 30 s.
      if (counts.sent + counts.failed >= BATCH_SIZE) runAgain = true;
    })
    .catch((error: unknown) => console.error("[notifications] delivery run failed:", describeSendError(error)))
    .finally(() => {
      running = false;
      if (runAgain) {
        runAgain = false;
        setImmediate(runDelivery);
      }
    });
}

// Runs in one process go one after another: a caller (a test, the CLI) that starts while a kicked background run
// is sending waits for it, instead of finding every row claimed and returning before those mails are out.
let lastRun: Promise<unknown> = Promise.resolve();

/** Sends due PENDING notifications (when SMTP_URL is set), with retries. Returns counts. */
export function deliverDueNotifications(now?: Date): Promise<{ sent: number; failed: number }> {
  const run = lastRun.then(() => deliverBatch(now ?? new Date()));
  lastRun = run.catch(() => undefined);
  return run;
}

async function deliverBatch(now: Date): Promise<{ sent: number; failed: number }> {
  const mailer = getMailer();
  const counts = { sent: 0, failed: 0 };
  if (!mailer) return counts;
  const due = await prisma.notification.findMany({
    where: { status: "PENDING", nextAttemptAt: { lte: now } },
    orderBy: [{ nextAttemptAt: "asc" }, { id: "asc" }],
    take: BATCH_SIZE,
    select: { id: true, to: true, subject: true, text: true, html: true, headers: true, attempts: true },
  });
  for (const message of due) {
    // The claim: only one sender's conditional update matches (the row's attempts and lease both change).
    const attempt = message.attempts + 1;
    const claimed = await prisma.notification.updateMany({
      where: { id: message.id, status: "PENDING", attempts: message.attempts, nextAttemptAt: { lte: now } },
      data: { attempts: attempt, nextAttemptAt: new Date(now.getTime() + CLAIM_LEASE_MS) },
    });
    if (claimed.count !== 1) continue;
    try {
      await mailer.sendMail({
        to: message.to,
        subject: message.subject,
        text: message.text,
        ...(message.html ? { html: message.html } : {}),
        ...(message.headers ? { headers: JSON.parse(message.headers) as Record<string, string> } : {}),
        // Stable per notification, so a resend after a crash mid-send is recognisable as the same message.
        messageId: `<notification-${message.id}@${mailDomain()}>`,
      });
      await prisma.notification.updateMany({
        where: { id: message.id, attempts: attempt },
        data: { status: "SENT", sentAt: new Date(), lastError: null },
      });
      counts.sent++;
    } catch (error) {
      counts.failed++;
      const delay = RETRY_DELAYS_MS[attempt - 1];
      await prisma.notification.updateMany({
        where: { id: message.id, attempts: attempt },
        data:
          delay === undefined
            ? { status: "FAILED", lastError: describeSendError(error) }
            : { lastError: describeSendError(error), nextAttemptAt: new Date(now.getTime() + delay) },
      });
    }
  }
  return counts;
}

function mailDomain() {
  return /@([^>\s]+)>?\s*$/.exec(env.MAIL_FROM)?.[1] ?? "gjjahwal.example";
}

const workerState = globalThis as unknown as { __notificationWorker?: NodeJS.Timeout };

/** Idempotent (survives dev reloads): every 30 s, plus once at start for what was due while stopped. */
export function startNotificationWorker(): void {
  if (workerState.__notificationWorker || !isMailConfigured()) return;
  const timer = setInterval(runDelivery, WORKER_INTERVAL_MS);
  timer.unref();
  workerState.__notificationWorker = timer;
  kickNotificationDelivery();
}
