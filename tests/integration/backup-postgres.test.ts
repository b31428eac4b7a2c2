// db:backup / db:restore on PostgreSQL (pg_dump custom format, pg_restore --clean --if-exists), on real
// databases of the test server. Only in the PostgreSQL run (vitest.config.ts POSTGRES_ONLY).
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "~/utils/db.server";
import { backUpDuringOrders, runBackupScript } from "../support/backup-script";
import { freshDatabaseUrl } from "../support/database";
import { TMP } from "../support/paths";

const clients: pg.Client[] = [];
afterAll(async () => {
  await Promise.all(clients.map((client) => client.end()));
});

async function connect(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  clients.push(client);
  return client;
}

/** Row count of every table: what must come back after a restore. */
async function fingerprint(client: pg.Client) {
  const { rows } = await client.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
     ORDER BY table_name`,
  );
  const counts: Record<string, number> = {};
  for (const { table_name } of rows) {
    const result = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${table_name}"`);
    counts[table_name] = Number(result.rows[0]!.n);
  }
  return counts;
}

// pg_dump and pg_restore are processes of their own; on a loaded machine they take a while.
const SLOW = { timeout: 90_000 };
const backupDir = () => path.join(TMP, `pg-backup-${crypto.randomUUID()}`);

describe("db:backup and db:restore on PostgreSQL", SLOW, () => {
  it("backs up during a stream of orders and restores into an empty database with nothing lost", async () => {
    const uploads = process.env.UPLOADS_DIR!;
    fs.mkdirSync(path.join(uploads, "images/cd"), { recursive: true });
    fs.writeFileSync(path.join(uploads, "images/cd/photo-640w.webp"), "image bytes");
    const out = backupDir();
    const { made, before, during } = await backUpDuringOrders(out);
    expect(made.code, made.output).toBe(0);
    expect(during).toBeGreaterThan(0);
    expect(JSON.parse(fs.readFileSync(path.join(out, "manifest.json"), "utf8"))).toMatchObject({
      kind: "postgresql",
      database: "database.dump",
      uploads: 1,
    });

    // A new server: an empty database, restored from the folder.
    const target = await freshDatabaseUrl("pg_restore_empty", { empty: true });
    const restoredUploads = path.join(TMP, `restored-uploads-${crypto.randomUUID()}`);
    const restored = await runBackupScript(["restore", out], { DATABASE_URL: target, UPLOADS_DIR: restoredUploads });
    expect(restored.code, restored.output).toBe(0);

    const db = await connect(target);
    const numbers = new Set(
      (await db.query<{ number: string }>(`SELECT "number" FROM "Order"`)).rows.map((r) => r.number),
    );
    expect(before.filter((n) => !numbers.has(n))).toEqual([]);
    // One snapshot: every order in it has all its items and parts, as in the live database.
    const live = await prisma.order.findMany({
      where: { number: { in: [...numbers] } },
      select: { number: true, _count: { select: { items: true, fulfilments: true } } },
    });
    const { rows } = await db.query<{ number: string; items: string; parts: string }>(
      `SELECT o."number",
              (SELECT count(*) FROM "OrderItem" i WHERE i."orderId" = o."id") AS items,
              (SELECT count(*) FROM "Fulfilment" f WHERE f."orderId" = o."id") AS parts
       FROM "Order" o`,
    );
    const restoredCounts = Object.fromEntries(rows.map((r) => [r.number, [Number(r.items), Number(r.parts)]]));
    for (const order of live) {
      expect(restoredCounts[order.number]).toEqual([order._count.items, order._count.fulfilments]);
    }
    // The sequences came along: a new row gets a fresh id, not one of the restored ones.
    const maxId = Number((await db.query<{ m: string }>(`SELECT max("id") AS m FROM "Order"`)).rows[0]!.m);
    const next = await db.query<{ id: string }>(`SELECT nextval(pg_get_serial_sequence('"Order"', 'id')) AS id`);
    expect(Number(next.rows[0]!.id)).toBeGreaterThan(maxId);
    expect(fs.readFileSync(path.join(restoredUploads, "images/cd/photo-640w.webp"), "utf8")).toBe("image bytes");
  });

  it("restores in place: what changed after the backup is put back", async () => {
    const url = await freshDatabaseUrl("pg_backup_in_place");
    const db = await connect(url);
    const original = await fingerprint(db);
    const product = (
      await db.query<{ id: number; name: string }>(`SELECT "id", "name" FROM "Product" ORDER BY "id" LIMIT 1`)
    ).rows[0]!;
    const out = backupDir();
    const made = await runBackupScript(["backup", "--out", out], {
      DATABASE_URL: url,
      UPLOADS_DIR: path.join(out, "-"),
    });
    expect(made.code, made.output).toBe(0);
    expect(made.output).toContain("Backed up the postgresql database");

    // A bad day after the backup: a product renamed, the audit trail emptied, a 센터 added.
    await db.query(`UPDATE "Product" SET "name" = '바뀐 이름' WHERE "id" = $1`, [product.id]);
    await db.query(`DELETE FROM "AuditLog"`);
    await db.query(
      `INSERT INTO "Center" ("slug", "name", "shortName", "kind", "updatedAt") VALUES ('gone', '지울 센터', '지울', 'REGIONAL', now())`,
    );
    expect(await fingerprint(db)).not.toEqual(original);

    const restored = await runBackupScript(["restore", out], {
      DATABASE_URL: url,
      UPLOADS_DIR: path.join(TMP, "unused"),
    });
    expect(restored.code, restored.output).toBe(0);
    const after = await connect(url);
    expect(await fingerprint(after)).toEqual(original);
    const name = await after.query<{ name: string }>(`SELECT "name" FROM "Product" WHERE "id" = $1`, [product.id]);
    expect(name.rows[0]!.name).toBe(product.name);
  });

  it("leaves the database as it was when the backup file is damaged, and says so in Korean", async () => {
    const url = await freshDatabaseUrl("pg_restore_damaged");
    const out = backupDir();
    expect(
      (await runBackupScript(["backup", "--out", out], { DATABASE_URL: url, UPLOADS_DIR: path.join(out, "-") })).code,
    ).toBe(0);
    const dump = path.join(out, "database.dump");
    const bytes = fs.readFileSync(dump);
    fs.writeFileSync(dump, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const db = await connect(url);
    const before = await fingerprint(db);
    const restored = await runBackupScript(["restore", out], {
      DATABASE_URL: url,
      UPLOADS_DIR: path.join(TMP, "unused"),
    });
    expect(restored.code).toBe(1);
    expect(restored.output).toContain("pg_restore이(가) 실패했습니다");
    expect(await fingerprint(db)).toEqual(before);
  });

  it("says in Korean what to install when pg_dump or pg_restore is missing", async () => {
    // A PATH with node and nothing else: the script runs, the PostgreSQL tools are not there.
    const bin = path.join(TMP, `bin-${crypto.randomUUID()}`);
    fs.mkdirSync(bin, { recursive: true });
    fs.symlinkSync(process.execPath, path.join(bin, "node"));
    const url = await freshDatabaseUrl("pg_backup_no_tools", { empty: true });
    const out = backupDir();
    const made = await runBackupScript(["backup", "--out", out], { DATABASE_URL: url, PATH: bin, UPLOADS_DIR: out });
    expect(made.code).toBe(1);
    expect(made.output).toContain("pg_dump을(를) 찾을 수 없습니다");
    expect(made.output).toContain("postgresql-client");
    fs.writeFileSync(
      path.join(out, "manifest.json"),
      JSON.stringify({ kind: "postgresql", database: "database.dump" }),
    );
    const restored = await runBackupScript(["restore", out], { DATABASE_URL: url, PATH: bin, UPLOADS_DIR: out });
    expect(restored.code).toBe(1);
    expect(restored.output).toContain("pg_restore을(를) 찾을 수 없습니다");
  });
});
