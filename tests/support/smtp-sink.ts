// A real SMTP server on 127.0.0.1 for tests: keeps every accepted message parsed with mailparser, and can be
// told to refuse messages with a 550 the way a real mail server does.
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export const SMTP_USER = "mailer";
export const SMTP_PASS = "s3cret-smtp-pass";

export type SmtpSink = {
  url: string;
  received: ParsedMail[];
  /** While true, every message is refused with "550 …". */
  rejecting: boolean;
  close: () => Promise<void>;
};

export async function startSmtpSink(): Promise<SmtpSink> {
  const sink: SmtpSink = { url: "", received: [], rejecting: false, close: async () => {} };
  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === SMTP_USER && auth.password === SMTP_PASS) callback(null, { user: auth.username });
      else callback(new Error("Invalid username or password"));
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          if (sink.rejecting) {
            callback(Object.assign(new Error("Mailbox unavailable (test)"), { responseCode: 550 }));
            return;
          }
          sink.received.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  sink.url = `smtp://${SMTP_USER}:${SMTP_PASS}@127.0.0.1:${port}`;
  sink.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return sink;
}

/** The first address a parsed message was sent to. */
export function firstRecipient(mail: ParsedMail): string | undefined {
  const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
  return to?.value[0]?.address;
}
