// 웹진 구독 subscriptions: double opt-in (a confirmation mail through the notifications outbox), confirmation
// and unsubscription by the token in every mail. Each change is a conditional update from the state it expects.
import crypto from "node:crypto";
import { data } from "@remix-run/node";
import { isMailConfigured } from "~/notifications/mailer.server";
import { prisma } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { composeConfirmationMail } from "./mail-templates";
import { CONSENT_TEXT } from "./subscription-form";
import { DATABASE_UNAVAILABLE_MESSAGE, isUniqueViolation } from "~/utils/db-errors.server";
import { nullWhenDatabaseUnavailable } from "~/utils/form-reply.server";

/** A repeated request within this time sends no second confirmation mail (no mail bombing of an address). */
export const RESEND_AFTER_MS = 10 * 60_000;
/** An unconfirmed request expires; the reader subscribes again. */
export const CONFIRM_WITHIN_MS = 7 * 24 * 3_600_000;

export const newToken = () => crypto.randomBytes(24).toString("base64url");

export const confirmUrl = (token: string) => `${env.PUBLIC_BASE_URL}/newsletter/confirm?token=${token}`;
export const unsubscribeUrl = (token: string) => `${env.PUBLIC_BASE_URL}/newsletter/unsubscribe?token=${token}`;

/** "QUEUED": a confirmation mail is on its way; "SKIPPED": none needed now (already subscribed, or just sent). */
export type SubscribeOutcome = "QUEUED" | "SKIPPED";

export async function subscribe(rawEmail: string, now = new Date()): Promise<SubscribeOutcome> {
  const email = rawEmail.trim().toLowerCase();
  const token = newToken();
  const mail = composeConfirmationMail(confirmUrl(token));
  try {
    return await prisma.$transaction(async (tx) => {
      const existing = await tx.subscriber.findUnique({ where: { email } });
      if (existing?.status === "CONFIRMED") return "SKIPPED";
      if (existing?.status === "PENDING" && now.getTime() - existing.requestedAt.getTime() < RESEND_AFTER_MS) {
        return "SKIPPED";
      }
      const data = { status: "PENDING" as const, token, consent: CONSENT_TEXT, requestedAt: now, unsubscribedAt: null };
      let id: number;
      if (existing) {
        // From the state we read: a concurrent request that got there first makes this one a no-op.
        const moved = await tx.subscriber.updateMany({
          where: { id: existing.id, status: existing.status, token: existing.token },
          data,
        });
        if (moved.count !== 1) return "SKIPPED";
        id = existing.id;
      } else {
        id = (await tx.subscriber.create({ data: { email, ...data, createdAt: now } })).id;
      }
      await tx.notification.create({
        data: {
          kind: "NEWSLETTER_CONFIRM",
          dedupeKey: `newsletter-confirm:${token}`,
          subscriberId: id,
          to: email,
          ...mail,
          status: isMailConfigured() ? "PENDING" : "OUTBOX",
        },
      });
      return "QUEUED";
    });
  } catch (error) {
    // Two first requests for one address at once: the other one created the row and sends the mail.
    if (isUniqueViolation(error)) return "SKIPPED";
    throw error;
  }
}

export type TokenOutcome = "DONE" | "ALREADY" | "INVALID";

export async function confirmSubscription(token: string, now = new Date()): Promise<TokenOutcome> {
  if (!token) return "INVALID";
  const done = await prisma.subscriber.updateMany({
    where: { token, status: "PENDING", requestedAt: { gte: new Date(now.getTime() - CONFIRM_WITHIN_MS) } },
    data: { status: "CONFIRMED", confirmedAt: now },
  });
  if (done.count === 1) return "DONE";
  const row = await prisma.subscriber.findUnique({ where: { token }, select: { status: true } });
  return row?.status === "CONFIRMED" ? "ALREADY" : "INVALID";
}

/** Ends the subscription and drops its mails not sent yet. Safe to repeat (mail providers retry one-click). */
export async function unsubscribe(token: string, now = new Date()): Promise<TokenOutcome> {
  if (!token) return "INVALID";
  return prisma.$transaction(async (tx) => {
    const row = await tx.subscriber.findUnique({ where: { token }, select: { id: true, status: true } });
    if (!row) return "INVALID";
    const done = await tx.subscriber.updateMany({
      where: { id: row.id, status: { in: ["PENDING", "CONFIRMED"] } },
      data: { status: "UNSUBSCRIBED", unsubscribedAt: now },
    });
    await tx.notification.deleteMany({ where: { subscriberId: row.id, status: { in: ["PENDING", "OUTBOX"] } } });
    return done.count === 1 ? "DONE" : "ALREADY";
  });
}

/** The token of a confirm/unsubscribe address (?token=…). */
export const tokenOf = (request: Request) => new URL(request.url).searchParams.get("token") ?? "";

/**
 * The answer to a confirm/unsubscribe page's button: the outcome, or 503 with "잠시 후 다시 시도" when the database
 * can't take the write just now (another process's lock, a full disk); the page then offers its button again.
 */
export async function tokenPageAction(request: Request, change: (token: string) => Promise<TokenOutcome>) {
  const outcome = await nullWhenDatabaseUnavailable(() => change(tokenOf(request)));
  if (!outcome) return data({ outcome: null, error: DATABASE_UNAVAILABLE_MESSAGE }, { status: 503 });
  return { outcome };
}

/** Loader data of the confirm/unsubscribe pages: the token and its subscription (email masked). */
export async function tokenPageData(request: Request) {
  const token = tokenOf(request);
  return { token, subscriber: await subscriberByToken(token) };
}

/** The subscriber a token belongs to, for the confirm/unsubscribe pages (email shown masked). */
export async function subscriberByToken(token: string) {
  if (!token) return null;
  const row = await prisma.subscriber.findUnique({ where: { token }, select: { email: true, status: true } });
  return row ? { status: row.status, email: maskEmail(row.email) } : null;
}

/** gjjahwal@example.kr → gj••••••@example.kr: enough to recognise one's own address on a shared screen. */
export function maskEmail(email: string): string {
  const [local = "", domain = ""] = email.split("@");
  return `${local.slice(0, 2)}${"•".repeat(Math.max(1, local.length - 2))}@${domain}`;
}
