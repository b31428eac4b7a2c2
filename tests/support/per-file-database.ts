import crypto from "node:crypto";
import path from "node:path";
import { afterAll, expect } from "vitest";
import { freshDatabaseUrl } from "./database";
import { moneyInvariantViolations } from "./money-invariant";
import { TMP } from "./paths";

// Every test file gets a private copy of the seeded database, so files run in parallel without
// seeing each other's writes. It must be in place before any app module creates the Prisma client.
process.env.DATABASE_URL = await freshDatabaseUrl(`test_${process.env.VITEST_POOL_ID ?? "0"}`);
// Uploaded images of this file's tests go to a private folder too, never into ./data/uploads.
process.env.UPLOADS_DIR = path.join(TMP, `uploads-${crypto.randomUUID()}`);

// The app's client is kept on globalThis (db.server.ts); start each file without one from an earlier file.
const holder = globalThis as { __prisma?: Parameters<typeof moneyInvariantViolations>[0] };
delete holder.__prisma;

// Whatever a file did to orders, its money must still add up (see money-invariant.ts). Files that never
// loaded the app's database client have nothing to check.
afterAll(async () => {
  const db = holder.__prisma;
  if (!db) return;
  expect(await moneyInvariantViolations(db)).toEqual([]);
});
