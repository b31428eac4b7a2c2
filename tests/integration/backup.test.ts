import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { prisma } from "~/utils/db.server";
import { backUpDuringOrders, runBackupScript as runScript } from "../support/backup-script";
import { TMP } from "../support/paths";

describe("db:backup and db:restore", () => {
  it("back up consistently during a stream of orders and restore with nothing lost, uploads included", async () => {
    const uploads = process.env.UPLOADS_DIR!;
    fs.mkdirSync(path.join(uploads, "images/ab"), { recursive: true });
    fs.writeFileSync(path.join(uploads, "images/ab/photo-640w.webp"), "image bytes");
    const out = path.join(TMP, `backup-${crypto.randomUUID()}`);
    const { made, before, during } = await backUpDuringOrders(out);
    expect(made.code, made.output).toBe(0);
    expect(during).toBeGreaterThan(0);

    const restoredFile = path.join(TMP, `restored-${crypto.randomUUID()}.db`);
    const restoredUploads = path.join(TMP, `restored-uploads-${crypto.randomUUID()}`);
    const restored = await runScript(["restore", out], {
      DATABASE_URL: `file:${restoredFile}`,
      UPLOADS_DIR: restoredUploads,
    });
    expect(restored.code, restored.output).toBe(0);

    const db = new Database(restoredFile, { readonly: true });
    try {
      expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
      const numbers = new Set(
        (db.prepare(`SELECT "number" FROM "Order"`).all() as { number: string }[]).map((r) => r.number),
      );
      // Nothing committed before the backup began is missing.
      expect(before.filter((n) => !numbers.has(n))).toEqual([]);
      // And the snapshot is consistent: every order it holds has all its items and parts, as in the live database.
      const live = await prisma.order.findMany({
        where: { number: { in: [...numbers] } },
        select: { number: true, _count: { select: { items: true, fulfilments: true } } },
      });
      const counts = db.prepare(
        `SELECT (SELECT count(*) FROM "OrderItem" i WHERE i."orderId" = o."id") AS items,
                (SELECT count(*) FROM "Fulfilment" f WHERE f."orderId" = o."id") AS parts
         FROM "Order" o WHERE o."number" = ?`,
      );
      for (const order of live) {
        expect(counts.get(order.number)).toEqual({ items: order._count.items, parts: order._count.fulfilments });
      }
    } finally {
      db.close();
    }
    expect(fs.readFileSync(path.join(restoredUploads, "images/ab/photo-640w.webp"), "utf8")).toBe("image bytes");
  });

  it("explains its usage when called without a command", async () => {
    const usage = await runScript([], {});
    expect(usage.code).toBe(2);
    expect(usage.output).toContain("npm run db:restore");
  });
});
