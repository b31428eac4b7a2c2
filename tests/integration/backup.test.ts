import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { placedOrder as placeOrder } from "../support/place-order";
import { prisma } from "~/utils/db.server";
import { ROOT, TMP } from "../support/paths";
import { CUSTOMER, makeCart, variantId } from "../support/shop";

/** `npm run db:backup` / `db:restore` as an operator runs them: another process, the real script. */
function runScript(args: string[], env: Record<string, string>) {
  return new Promise<{ code: number; output: string }>((resolve) => {
    const child = spawn(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/db-backup.ts", ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("exit", (code) => resolve({ code: code ?? 1, output }));
  });
}

describe("db:backup and db:restore", () => {
  it("back up consistently during a stream of orders and restore with nothing lost, uploads included", async () => {
    const jaban = await variantId(prisma, "naechingu-gim-jaban", "1봉");
    await prisma.productVariant.update({ where: { id: jaban }, data: { stock: 99_999 } });
    const uploads = process.env.UPLOADS_DIR!;
    fs.mkdirSync(path.join(uploads, "images/ab"), { recursive: true });
    fs.writeFileSync(path.join(uploads, "images/ab/photo-640w.webp"), "image bytes");

    const committed: { number: string; at: number }[] = [];
    let streaming = true;
    const stream = (async () => {
      while (streaming) {
        const order = await placeOrder(await makeCart(prisma, [{ variantId: jaban, quantity: 1 }]), CUSTOMER);
        committed.push({ number: order.number, at: Date.now() });
        // better-sqlite3 answers synchronously: let timers and the backup process's events in between orders.
        await new Promise((r) => setImmediate(r));
      }
    })();
    for (let waited = 0; committed.length < 5; waited += 20) {
      if (waited > 10_000)
        throw new Error(`the order stream stalled: ${await Promise.race([stream, "still running"])}`);
      await new Promise((r) => setTimeout(r, 20));
    }

    const out = path.join(TMP, `backup-${crypto.randomUUID()}`);
    const started = Date.now();
    const made = await runScript(["backup", "--out", out], {
      DATABASE_URL: process.env.DATABASE_URL!,
      UPLOADS_DIR: uploads,
    });
    const finished = Date.now();
    streaming = false;
    await stream;
    expect(made.code, made.output).toBe(0);
    const before = committed.filter((o) => o.at < started).map((o) => o.number);
    const during = committed.filter((o) => o.at >= started && o.at <= finished).length;
    console.log(
      `backup took ${finished - started} ms; ${before.length} orders committed before it began, ${during} while it ran, ` +
        `${committed.length} in all`,
    );
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
