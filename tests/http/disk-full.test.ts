import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveDatabaseFile } from "~/utils/database-url";
import { readVariant } from "../support/database";
import { BUYER_FIELDS, httpClient, orderFormHiddenFields } from "../support/http-client";
import { TMP } from "../support/paths";
import { startServer, TEST_SESSION_SECRET, type RunningServer } from "../support/server";

// A real full disk under the built server: a small tmpfs holds the database, a filler file takes its last
// byte. Mounting needs root (CI runs as root); elsewhere the file says why it is skipped.
const mountPoint = path.join(TMP, `disk-full-${crypto.randomUUID()}`);
fs.mkdirSync(mountPoint, { recursive: true });
const mount = spawnSync("mount", ["-t", "tmpfs", "-o", "size=16m", "tmpfs", mountPoint], { encoding: "utf8" });
const mounted = mount.status === 0;
if (!mounted) {
  console.warn(
    `disk-full.test.ts skipped: mounting a tmpfs needs root (${(mount.stderr || String(mount.error)).trim()})`,
  );
}
const filler = path.join(mountPoint, "filler");
const databaseFile = path.join(mountPoint, "app.db");

let server: RunningServer;
let client: ReturnType<typeof httpClient>;

beforeAll(async () => {
  if (!mounted) return;
  // This file's own database, with its WAL files when it has them, as the server would find it on its disk.
  const source = resolveDatabaseFile(process.env.DATABASE_URL!);
  for (const suffix of ["", "-wal", "-shm"]) {
    if (fs.existsSync(source + suffix)) fs.copyFileSync(source + suffix, databaseFile + suffix);
  }
  server = await startServer({ DATABASE_URL: `file:${databaseFile}`, SESSION_SECRET: TEST_SESSION_SECRET });
  client = httpClient(server);
});

afterAll(async () => {
  await server?.stop();
  if (mounted) spawnSync("umount", ["-l", mountPoint]);
  fs.rmSync(mountPoint, { recursive: true, force: true });
});

/** Writes the filler until the file system refuses another byte. */
function fillDisk() {
  const fd = fs.openSync(filler, "w");
  try {
    for (const size of [1024 * 1024, 4096, 1]) {
      const chunk = Buffer.alloc(size, 1);
      try {
        for (;;) fs.writeSync(fd, chunk);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "ENOSPC") throw error;
      }
    }
  } finally {
    fs.closeSync(fd);
  }
  const { bavail, bsize } = fs.statfsSync(mountPoint);
  return bavail * bsize;
}

const timed = async (work: Promise<Response>) => {
  const started = Date.now();
  const res = await work;
  return { res, ms: Date.now() - started, html: (await res.text()).replace(/<!-- -->/g, "") };
};

describe.skipIf(!mounted)("a full disk under the built server", () => {
  it("refuses saves with 잠시 후 다시 시도 (input kept), keeps reads, says 503 on /healthz, and recovers without a restart", async () => {
    const staff = await client.logIn("seogu@gjjahwal.example");
    const variant = readVariant(databaseFile, "naechingu-gim-dosirak");
    const stockSave = () =>
      client.post(
        "/center/stock",
        { variantId: String(variant.id), expectedStock: String(variant.stock), stock: "4321" },
        { Cookie: staff },
      );
    const addToCart = (headers: Record<string, string> = {}) =>
      client.post("/cart", { intent: "add", variantId: String(variant.id), quantity: "1" }, headers);

    // A buyer with a cart and the order form's hidden fields, before the disk fills.
    const added = await addToCart();
    const cart = added.headers
      .getSetCookie()
      .find((c) => c.startsWith("sd_cart="))!
      .split(";")[0]!;
    const hidden = await orderFormHiddenFields(client, cart);

    const free = fillDisk();
    const [save, add, checkout, news, shop, health] = await Promise.all([
      timed(stockSave()),
      timed(addToCart()),
      timed(
        client.post("/checkout", { ...hidden, ...BUYER_FIELDS, address2: "디스크가 가득 찬 날" }, { Cookie: cart }),
      ),
      timed(client.send("/news")),
      timed(client.send("/shop")),
      timed(client.send("/healthz")),
    ]);
    console.log(
      `disk full (${free} bytes free): stock save ${save.res.status} in ${save.ms} ms, add to cart ${add.res.status} ` +
        `in ${add.ms} ms, checkout ${checkout.res.status} in ${checkout.ms} ms, /news ${news.res.status}, ` +
        `/shop ${shop.res.status}, /healthz ${health.res.status} in ${health.ms} ms`,
    );
    expect([save, add, checkout].map((a) => a.res.status)).toEqual([503, 503, 503]);
    expect([news.res.status, shop.res.status, health.res.status]).toEqual([200, 200, 503]);
    for (const answer of [save, add, checkout]) {
      expect(answer.html).toContain("잠시 후 다시 시도해 주세요");
      expect(answer.ms).toBeLessThan(5000);
    }
    expect(save.html).toContain('value="4321"');
    expect(checkout.html).toContain('value="디스크가 가득 찬 날"');
    expect(checkout.html).toContain('value="김민지"');

    // Space comes back: the same server saves again, without a restart.
    fs.rmSync(filler);
    const started = Date.now();
    let retried = await stockSave();
    while (retried.status !== 200 && Date.now() - started < 5000) {
      await new Promise((r) => setTimeout(r, 50));
      retried = await stockSave();
    }
    const recoveryMs = Date.now() - started;
    const healthAfter = await client.send("/healthz");
    const addAfter = await addToCart({ Cookie: cart });
    console.log(
      `space back: stock save ${retried.status} after ${recoveryMs} ms, /healthz ${healthAfter.status}, ` +
        `add to cart ${addAfter.status}`,
    );
    expect(retried.status).toBe(200);
    expect(recoveryMs).toBeLessThan(3000);
    expect(healthAfter.status).toBe(200);
    expect(addAfter.status).toBe(302);
    expect(readVariant(databaseFile, "naechingu-gim-dosirak").stock).toBe(4321);
  });
});
