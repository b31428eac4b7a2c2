import nodemailer from "nodemailer";
import { env } from "~/utils/env.server";

type Mailer = ReturnType<typeof nodemailer.createTransport>;

let mailer: Mailer | null = null;

/** The SMTP transport of SMTP_URL, made on first use; null when no SMTP server is configured. */
export function getMailer(): Mailer | null {
  if (!env.SMTP_URL) return null;
  mailer ??= nodemailer.createTransport(
    {
      url: env.SMTP_URL,
      // A server that hangs must not hold a message (or the worker) for long; it is retried later.
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 30_000,
    },
    { from: env.MAIL_FROM },
  );
  return mailer;
}

export function isMailConfigured(): boolean {
  return Boolean(env.SMTP_URL);
}

/**
 * A short, storable account of a failed send: first line only, and never the credentials of SMTP_URL
 * (connection errors can echo the address they tried).
 */
export function describeSendError(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  const code = error && typeof error === "object" && "code" in error ? String(error.code) : "";
  let message = raw.split("\n")[0]!.trim();
  for (const secret of smtpSecrets()) message = message.split(secret).join("***");
  const text = code && !message.startsWith(code) ? `${code}: ${message}` : message;
  return text.length > 300 ? `${text.slice(0, 299)}…` : text || "알 수 없는 오류";
}

function smtpSecrets(): string[] {
  if (!env.SMTP_URL) return [];
  try {
    const url = new URL(env.SMTP_URL);
    return [url.password, decodeURIComponent(url.password), url.username, decodeURIComponent(url.username)].filter(
      (s) => s.length >= 3,
    );
  } catch {
    return [];
  }
}
