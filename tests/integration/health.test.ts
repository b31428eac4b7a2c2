import fs from "node:fs";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { resolveDatabaseFile } from "~/utils/database-url";
import { createPrismaClient, prisma } from "~/utils/db.server";
import { checkDatabase } from "~/utils/health.server";

const file = resolveDatabaseFile(process.env.DATABASE_URL!);

describe("the database health check", () => {
  it("is healthy on a working database", async () => {
    expect(await checkDatabase(prisma, file)).toEqual({ ok: true });
  });

  it("fails in time while another process holds the write lock past the bound, and recovers after", async () => {
    const client = createPrismaClient(process.env.DATABASE_URL!, 600);
    const other = new Database(file);
    other.exec("BEGIN IMMEDIATE");
    const started = Date.now();
    const health = await checkDatabase(client, file, 1000);
    console.log(`locked: unhealthy after ${Date.now() - started} ms (${JSON.stringify(health)})`);
    expect(health.ok).toBe(false);
    other.exec("ROLLBACK");
    other.close();
    expect(await checkDatabase(client, file, 1000)).toEqual({ ok: true });
    await client.$disconnect();
  });

  it("fails in time when this process's transactions are wedged (one never finishes)", async () => {
    let finish!: () => void;
    const stuck = prisma.$transaction(() => new Promise<void>((resolve) => (finish = resolve)), { timeout: 20_000 });
    await new Promise((r) => setTimeout(r, 50));
    const health = await checkDatabase(prisma, file, 800);
    expect(health).toMatchObject({ ok: false, problem: expect.stringContaining("write probe") });
    finish();
    await stuck;
  });

  it("fails on a corrupt file (its first pages overwritten)", async () => {
    const copy = `${file}-corrupt.db`;
    const source = new Database(file);
    source.exec(`VACUUM INTO '${copy}'`);
    source.close();
    const fd = fs.openSync(copy, "r+");
    fs.writeSync(fd, Buffer.alloc(8192, 0x5a), 0, 8192, 0);
    fs.closeSync(fd);
    const client = createPrismaClient(`file:${copy}`);
    const health = await checkDatabase(client, copy);
    console.log(`corrupt: ${JSON.stringify(health)}`);
    expect(health.ok).toBe(false);
    await client.$disconnect();
  });
});
