import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type { PrismaClient } from "~/generated/prisma/client";

export type Health = { ok: true } | { ok: false; problem: string };

const late = (ms: number, what: string) =>
  new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms));

/**
 * A real read (the schema and the newest article: the first pages and a table's pages), from the file
 * itself through a fresh read-only connection (the app's connection may serve them from its cache long
 * after the file broke), and a short write probe (a transaction that takes the write lock and rewrites the header's user_version with the same
 * value), each with a bound. A corrupt file fails the read; another process's lock held past our bound, or
 * this process's transactions wedged, fail the write in time, so a load balancer stops sending traffic.
 * A disk with almost no room left fails too: after a checkpoint the probe's page is written over the WAL's
 * start, needing no new space, while real saves that grow the WAL already fail with SQLITE_FULL.
 */
export async function checkDatabase(client: PrismaClient, file: string | null, boundMs = 1500): Promise<Health> {
  try {
    // PostgreSQL (file null): the server checks its own pages; a read and a write that takes a row lock in
    // a transaction rolled back by the probe itself show that it answers and is not locked up.
    if (file) {
      readFromFile(file);
      checkFreeSpace(file);
    }
    const probe = client.$transaction(async (tx) => {
      if (!file) {
        await tx.$queryRawUnsafe(`SELECT "id" FROM "Article" ORDER BY "id" DESC LIMIT 1`);
        await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(4242)`);
        return;
      }
      const [row] = await tx.$queryRawUnsafe<{ user_version: bigint | number }[]>("PRAGMA user_version");
      await tx.$executeRawUnsafe(`PRAGMA user_version = ${Number(row?.user_version ?? 0)}`);
    });
    probe.catch(() => {}); // answered below; a late failure must not surface as unhandled
    await Promise.race([probe, late(boundMs, "write probe")]);
    return { ok: true };
  } catch (error) {
    return {
      ok: false,
      problem: error instanceof Error ? error.message.split("\n").filter(Boolean).at(-1)! : String(error),
    };
  }
}

function readFromFile(file: string) {
  // timeout 0: never a blocking wait (WAL readers don't wait for writers anyway).
  const db = new Database(file, { readonly: true, fileMustExist: true, timeout: 0 });
  try {
    db.prepare(`SELECT count(*) AS n FROM sqlite_master`).get();
    db.prepare(`SELECT "id" FROM "Article" ORDER BY "id" DESC LIMIT 1`).get();
  } finally {
    db.close();
  }
}

/** Below this, SQLite's next WAL pages (and the checkpoint) have no room: saves fail with SQLITE_FULL. */
const MIN_FREE_BYTES = 1024 * 1024;

function checkFreeSpace(file: string) {
  const { bavail, bsize } = fs.statfsSync(path.dirname(file));
  const free = bavail * bsize;
  if (free < MIN_FREE_BYTES) throw new Error(`disk full: ${free} bytes free beside the database`);
}
