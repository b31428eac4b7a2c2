import { Prisma } from "~/generated/prisma/client";

/** Shown (beside the form, with what was typed) when another process held the database past our bound. */
export const DATABASE_BUSY_MESSAGE = "지금은 저장할 수 없습니다. 잠시 후 다시 시도해 주세요.";

/**
 * True for a write that gave up waiting for another process's lock (see sqlite-adapter.server.ts):
 * Prisma reports it as P1008 "Operations timed out"; the driver error underneath says SQLITE_BUSY.
 */
export function isDatabaseBusy(error: unknown): boolean {
  for (let e = error as Record<string, unknown> | undefined, depth = 0; e && depth < 5; depth++) {
    if (e.code === "P1008" || e.code === "SQLITE_BUSY" || e.originalCode === "SQLITE_BUSY") return true;
    if (e.kind === "SocketTimeout") return true;
    e = e.cause as Record<string, unknown> | undefined;
  }
  return false;
}

/** A unique constraint refused the write (P2002): someone else took the key first. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
