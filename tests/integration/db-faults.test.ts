import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { resolveDatabaseFile } from "~/utils/database-url";
import { createPrismaClient, prisma } from "~/utils/db.server";
import { isDatabaseUnavailable } from "~/utils/db-errors.server";

const file = resolveDatabaseFile(process.env.DATABASE_URL!);
const row = (detail = "") => ({ action: "TEST", entity: "fault", entityId: "1", detail });
const within = <T>(ms: number, work: Promise<T>) =>
  Promise.race([
    work,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`still waiting after ${ms} ms`)), ms)),
  ]);
const writeInTransaction = (detail = "") =>
  prisma.$transaction(async (tx) => tx.auditLog.create({ data: row(detail) }));

afterEach(async () => {
  await prisma.$queryRawUnsafe("PRAGMA max_page_count = 1073741823");
});

describe("a full disk (SQLITE_FULL)", () => {
  it("is recovered from by itself once space is back, every write path included", async () => {
    const [pages] = await prisma.$queryRawUnsafe<{ page_count: bigint }[]>("PRAGMA page_count");
    await prisma.$queryRawUnsafe(`PRAGMA max_page_count = ${Number(pages!.page_count) + 2}`);
    let full: unknown;
    for (let i = 0; i < 100 && !full; i++) await writeInTransaction("x".repeat(4000)).catch((e) => (full = e));
    expect(String(full)).toContain("database or disk is full");
    await expect(prisma.auditLog.create({ data: row("x".repeat(8000)) })).rejects.toThrow(/full/);

    await prisma.$queryRawUnsafe("PRAGMA max_page_count = 1073741823");
    const started = Date.now();
    await within(3000, writeInTransaction("after"));
    await within(3000, prisma.auditLog.create({ data: row("after, single") }));
    console.log(`SQLITE_FULL: first transaction after space came back took ${Date.now() - started} ms`);
    expect(await prisma.auditLog.count({ where: { detail: { startsWith: "after" } } })).toBe(2);
  });

  it("recovers from a COMMIT that fails, which left SQLite's transaction and the adapter's lock held", async () => {
    // A full disk in WAL mode fails at COMMIT (the pages are written then); max_page_count fails earlier, at
    // the INSERT. A deferred foreign key fails at COMMIT the same way: SQLite keeps the transaction open.
    const failed = prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("PRAGMA defer_foreign_keys = ON");
      await tx.auditLog.create({ data: { ...row("never saved"), userId: 987654 } });
    });
    await expect(failed).rejects.toThrow();
    const started = Date.now();
    await within(3000, writeInTransaction("after failed commit"));
    console.log(`failed COMMIT: next transaction took ${Date.now() - started} ms`);
    expect(await prisma.auditLog.count({ where: { detail: "never saved" } })).toBe(0);
    expect(await prisma.auditLog.count({ where: { detail: "after failed commit" } })).toBe(1);
  });
});

describe("a write lock held by another connection", () => {
  it("never blocks the event loop: writes wait asynchronously, give up as busy, and reads go on", async () => {
    const bounded = createPrismaClient(process.env.DATABASE_URL!, 800);
    await bounded.auditLog.count();
    const other = new Database(file);
    other.exec("BEGIN IMMEDIATE");
    let longestStall = 0;
    let last = Date.now();
    const ticker = setInterval(() => {
      longestStall = Math.max(longestStall, Date.now() - last);
      last = Date.now();
    }, 10);
    try {
      const started = Date.now();
      const write = bounded.$transaction(async (tx) => tx.auditLog.create({ data: row("while locked") }));
      const single = bounded.auditLog.create({ data: row("while locked, single") });
      expect(await bounded.auditLog.count()).toBeGreaterThanOrEqual(0);
      const [a, b] = await Promise.allSettled([write, single]);
      const waited = Date.now() - started;
      console.log(`write lock: gave up after ${waited} ms, longest event-loop stall ${longestStall} ms`);
      expect(a.status === "rejected" && isDatabaseUnavailable(a.reason)).toBe(true);
      expect(b.status === "rejected" && isDatabaseUnavailable(b.reason)).toBe(true);
      // The stock driver busy-waited here, the whole process frozen for its 5 s timeout.
      expect(longestStall).toBeLessThan(1000);
    } finally {
      clearInterval(ticker);
      other.exec("ROLLBACK");
      other.close();
    }
    // Once the other process lets go, the same client writes again.
    await within(
      3000,
      bounded.$transaction(async (tx) => tx.auditLog.create({ data: row("after the lock") })),
    );
    await bounded.$disconnect();
  });

  it("goes through when the lock is let go within the bound", async () => {
    const other = new Database(file);
    other.exec("BEGIN IMMEDIATE");
    setTimeout(() => other.exec("COMMIT"), 300);
    await within(3000, writeInTransaction("waited for the lock"));
    other.close();
    expect(await prisma.auditLog.count({ where: { detail: "waited for the lock" } })).toBe(1);
  });

  it("waits for the lock out of this process's queue: reads go on at once, each write gives up on its own bound", async () => {
    const bounded = createPrismaClient(process.env.DATABASE_URL!, 600);
    const someone = await bounded.user.findFirstOrThrow({ select: { id: true } });
    const other = new Database(file);
    other.exec("BEGIN IMMEDIATE");
    try {
      const started = Date.now();
      const settled = (work: Promise<unknown>) =>
        work.then(
          () => ({ ok: true, unavailable: false, ms: Date.now() - started }),
          (error: unknown) => ({ ok: false, unavailable: isDatabaseUnavailable(error), ms: Date.now() - started }),
        );
      const writes = Array.from({ length: 6 }, (_, i) =>
        settled(bounded.$transaction(async (tx) => tx.auditLog.create({ data: row(`queued ${i}`) }))),
      );
      const reads = [
        settled(bounded.user.findUnique({ where: { id: someone.id }, select: { center: { select: { name: true } } } })),
        settled(bounded.auditLog.count()),
      ];
      const [w, r] = await Promise.all([Promise.all(writes), Promise.all(reads)]);
      console.log(
        `6 writes gave up after ${w.map((x) => x.ms).join(", ")} ms; reads took ${r.map((x) => x.ms).join(", ")} ms`,
      );
      expect(r.every((x) => x.ok && x.ms < 500)).toBe(true);
      // Side by side, not one bound after another (which was 6 × 600 ms for the last).
      expect(w.every((x) => !x.ok && x.unavailable && x.ms < 1500)).toBe(true);
    } finally {
      other.exec("ROLLBACK");
      other.close();
      await bounded.$disconnect();
    }
  });
});
