import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyTemplateDatabase, readVariant } from "../support/database";
import { httpClient } from "../support/http-client";
import { WEBZINE_SITE_INFO } from "~/site-info/site-info-fields";
import { startServer, TEST_SESSION_SECRET, type RunningServer } from "../support/server";
import { holdWriteLock } from "../support/write-lock";

let server: RunningServer;
let client: ReturnType<typeof httpClient>;
let databaseFile: string;

beforeAll(async () => {
  databaseFile = copyTemplateDatabase("db-faults");
  server = await startServer({
    DATABASE_URL: `file:${databaseFile}`,
    SESSION_SECRET: TEST_SESSION_SECRET,
    DB_LOCK_WAIT_MS: "1000",
  });
  client = httpClient(server);
});
afterAll(() => server?.stop());

const timed = async (work: Promise<Response>) => {
  const started = Date.now();
  const res = await work;
  return { res, ms: Date.now() - started };
};

describe("a write lock held by another process for 10 s", () => {
  it("keeps the server answering: reads go on, saves say 잠시 후 다시 시도 with the input kept, /healthz says 503", async () => {
    const cookie = await client.logIn("seogu@gjjahwal.example");
    const admin = await client.logIn("admin@gjjahwal.example");
    const variant = readVariant(databaseFile, "naechingu-gim-dosirak");
    const csHours = "평일 09:00–17:30 (잠금 중)";

    const lock = await holdWriteLock(10_000, databaseFile);
    const [robots, news, health, save] = await Promise.all([
      timed(client.send("/robots.txt")),
      timed(client.send("/news")),
      timed(client.send("/healthz")),
      timed(
        client.post(
          "/center/stock",
          { variantId: String(variant.id), expectedStock: String(variant.stock), stock: "4321" },
          { Cookie: cookie },
        ),
      ),
    ]);
    console.log(
      `while locked: /robots.txt ${robots.res.status} in ${robots.ms} ms, /news ${news.res.status} in ${news.ms} ms, ` +
        `/healthz ${health.res.status} in ${health.ms} ms, stock save ${save.res.status} in ${save.ms} ms`,
    );
    expect([robots.res.status, news.res.status, health.res.status, save.res.status]).toEqual([200, 200, 503, 503]);
    // The stock driver's busy wait froze the process for its whole timeout; now only writes wait, and boundedly.
    expect(robots.ms).toBeLessThan(2500);
    expect(save.ms).toBeLessThan(5000);
    const html = (await save.res.text()).replace(/<!-- -->/g, "");
    expect(html).toContain("잠시 후 다시 시도해 주세요");
    expect(html).toContain('value="4321"');
    // The admin's forms while the lock is still held: the same answer, not a 500 page that loses the input.
    const [adminSave, draftSave, accept] = await Promise.all([
      timed(client.post("/admin/site-info", { ...WEBZINE_SITE_INFO, csHours }, { Cookie: admin })),
      timed(client.post("/admin/articles/new", { intent: "save", title: "잠금 중에 쓴 초안" }, { Cookie: admin })),
      // The center's 발주확인 opens its transaction whatever it picked: it meets the lock too.
      timed(client.post("/center?index", { intent: "accept", fulfilmentId: "999999" }, { Cookie: cookie })),
    ]);
    expect(adminSave.res.status).toBe(503);
    const adminHtml = (await adminSave.res.text()).replace(/<!-- -->/g, "");
    expect(adminHtml).toContain("잠시 후 다시 시도해 주세요");
    expect(adminHtml).toContain(`value="${csHours}"`);
    expect(draftSave.res.status).toBe(503);
    const draftHtml = (await draftSave.res.text()).replace(/<!-- -->/g, "");
    expect(draftHtml).toContain("잠시 후 다시 시도해 주세요");
    expect(draftHtml).toContain('value="잠금 중에 쓴 초안"');
    expect(accept.res.status).toBe(503);
    expect((await accept.res.text()).replace(/<!-- -->/g, "")).toContain("잠시 후 다시 시도해 주세요");

    await lock.released;
    const after = await client.send("/healthz");
    expect(after.status).toBe(200);
    const retried = await client.post(
      "/center/stock",
      { variantId: String(variant.id), expectedStock: String(variant.stock), stock: "4321" },
      { Cookie: cookie },
    );
    expect(retried.status).toBe(200);
  }, 30_000);
});

describe("a corrupt database file", () => {
  const overwrite = (file: string, from: number, length: number) => {
    const fd = fs.openSync(file, "r+");
    fs.writeSync(fd, Buffer.alloc(length, 0x5a), 0, length, from);
    fs.closeSync(fd);
  };

  it("makes /healthz answer 503 when its first pages are overwritten (the old check said 200)", async () => {
    const file = copyTemplateDatabase("corrupt-start");
    overwrite(file, 0, 8192);
    const broken = await startServer({ DATABASE_URL: `file:${file}`, SESSION_SECRET: TEST_SESSION_SECRET });
    try {
      const [health, news] = await Promise.all([fetch(`${broken.url}/healthz`), fetch(`${broken.url}/news`)]);
      console.log(`first pages overwritten: /healthz ${health.status}, /news ${news.status}`);
      expect([health.status, news.status]).toEqual([503, 500]);
    } finally {
      await broken.stop();
    }
  });

  it("makes /healthz answer 503 when the file is overwritten while serving", async () => {
    const file = copyTemplateDatabase("corrupt-serving");
    const broken = await startServer({ DATABASE_URL: `file:${file}`, SESSION_SECRET: TEST_SESSION_SECRET });
    try {
      expect((await fetch(`${broken.url}/healthz`)).status).toBe(200);
      // Page 1 is in the WAL by now (the write probe rewrites it); everything after it in the file breaks.
      overwrite(file, 4096, fs.statSync(file).size - 4096);
      const health = await fetch(`${broken.url}/healthz`);
      console.log(`overwritten while serving: /healthz ${health.status}`);
      expect(health.status).toBe(503);
    } finally {
      await broken.stop();
    }
  });
});
