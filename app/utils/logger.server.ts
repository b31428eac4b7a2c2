import { pino } from "pino";
import { env } from "./env.server";

/**
 * The one structured logger (JSON lines on stdout), shared with server.js's request log. Never pass it
 * customer data (names, phone numbers, addresses, emails): log ids and outcomes.
 */
export const logger = pino(
  {
    level: process.env.LOG_LEVEL ?? (env.NODE_ENV === "test" ? "silent" : "info"),
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
  },
  // Written off the event loop: a synchronous write per request line was ~7% of a small request's CPU.
  // pino flushes what is pending when the process exits.
  pino.destination({ dest: 1, sync: false }),
);

/** The request id server.js gave this request (shown as "오류 번호" on the 500 page), if any. */
export function requestIdOf(context: unknown): string | undefined {
  return (context as { requestId?: string } | undefined)?.requestId;
}
