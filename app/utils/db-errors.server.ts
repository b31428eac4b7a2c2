import { Prisma } from "~/generated/prisma/client";

/** Shown (over the form, with what was typed) when the database can't take a write just now. */
export const DATABASE_UNAVAILABLE_MESSAGE = "지금은 저장할 수 없습니다. 잠시 후 다시 시도해 주세요.";

// Conditions that pass by themselves: another process's lock, a full disk (space comes back, and the adapter
// starts the next transaction clean: see sqlite-adapter.server.ts).
const PASSING = new Set(["P1008", "SQLITE_BUSY", "SQLITE_FULL"]);

/**
 * True for a write that gave up waiting for another process's lock (see sqlite-adapter.server.ts; Prisma
 * reports it as P1008 "Operations timed out", the driver error underneath says SQLITE_BUSY), or that found
 * the disk full (SQLITE_FULL: the driver's error itself, or Prisma's known request error with that code).
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error as Record<string, unknown> | undefined, depth = 0; e && depth < 5; depth++) {
    if (PASSING.has(e.code as string) || PASSING.has(e.originalCode as string)) return true;
    if (e.kind === "SocketTimeout") return true;
    e = e.cause as Record<string, unknown> | undefined;
  }
  return false;
}

/** A unique constraint refused the write (P2002): someone else took the key first. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
