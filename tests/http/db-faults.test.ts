import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveDatabaseFile } from "~/utils/database-url";
import { copyTemplateDatabase, readVariant } from "../support/database";
import { httpClient } from "../support/http-client";
import { lockScene, PHONE } from "../support/lock-scene";
import { ROOT } from "../support/paths";
import { WEBZINE_SITE_INFO } from "~/site-info/site-info-fields";
import { startServer, TEST_SESSION_SECRET, type RunningServer } from "../support/server";

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

/** Another process (as a backup or the user CLI would) holding the write lock of `file` for `ms`. */
async function holdWriteLock(ms: number, file = databaseFile) {
  const child = spawn(
    process.execPath,
    [
      "-e",
      `const db = new (require("better-sqlite3"))(process.argv[1]); db.exec("BEGIN IMMEDIATE");
       console.log("locked"); setTimeout(() => { db.exec("ROLLBACK"); db.close(); }, ${ms});`,
      file,
    ],
    { cwd: ROOT },
  );
  const released = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
  // Ending the process early lets its lock go, as a crashed backup's would.
  const release = () => (child.kill(), released);
  return { released, release };
}

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

    const lock = await holdWriteLock(10_000);
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

describe("every other form while another process holds the write lock", () => {
  // This file's own database, with orders and requests made for these forms, under a server of its own.
  let scene: Awaited<ReturnType<typeof lockScene>>;
  let sceneServer: RunningServer;
  let sceneClient: ReturnType<typeof httpClient>;
  let sceneFile: string;
  beforeAll(async () => {
    scene = await lockScene();
    sceneFile = resolveDatabaseFile(process.env.DATABASE_URL!);
    sceneServer = await startServer({
      DATABASE_URL: `file:${sceneFile}`,
      SESSION_SECRET: TEST_SESSION_SECRET,
      DB_LOCK_WAIT_MS: "1000",
    });
    sceneClient = httpClient(sceneServer);
  });
  afterAll(() => sceneServer?.stop());

  it("answers each with 503 잠시 후 다시 시도 over the form and what was typed, never the 500 page", async () => {
    const admin = await sceneClient.logIn("admin@gjjahwal.example");
    const center = await sceneClient.logIn("seogu@gjjahwal.example");
    const { staffUser } = scene;
    const asAdmin = { Cookie: admin };
    const user = `/admin/users/${staffUser.id}`;
    const account = { email: staffUser.email, role: staffUser.role, centerId: String(staffUser.centerId) };

    const forms: Record<string, () => Promise<Response>> = {
      userUpdate: () => sceneClient.post(user, { intent: "update", ...account, name: "잠금 중에 고친 이름" }, asAdmin),
      passwordReset: () => sceneClient.post(user, { intent: "reset-password", password: "lock-secret-9876" }, asAdmin),
      disable: () => sceneClient.post(user, { intent: "disable" }, asAdmin),
      customerRequest: () =>
        sceneClient.post(`/orders/${scene.ask.token}`, {
          intent: "part-request",
          fulfilmentId: String(scene.ask.fulfilmentId),
          kind: "RETURN",
          reasonCode: "파손",
          phone: PHONE,
          note: "잠금 중에 쓴 반품 사유",
        }),
      answer: () =>
        sceneClient.post(
          `/admin/orders/${scene.answer.number}`,
          {
            intent: "answer-request",
            requestId: String(scene.answer.requestId),
            decision: "REJECT",
            answerNote: "잠금 중에 쓴 거절 사유",
          },
          asAdmin,
        ),
      collect: () =>
        sceneClient.post(
          `/center/orders/${scene.collect.number}`,
          { intent: "collect-request", requestId: String(scene.collect.requestId) },
          { Cookie: center },
        ),
      review: () =>
        sceneClient.post(
          "/admin/payment-reviews",
          { intent: "close", reviewId: String(scene.reviewId), note: "잠금 중에 쓴 확인 메모" },
          asAdmin,
        ),
      subscribe: () => sceneClient.post("/newsletter", { email: "lock-reader@example.kr", consent: "on" }),
      confirm: () => sceneClient.post(`/newsletter/confirm?token=${scene.subscriberToken}`, {}),
      unsubscribe: () => sceneClient.post(`/newsletter/unsubscribe?token=${scene.subscriberToken}`, {}),
      testSend: () =>
        sceneClient.post(
          "/admin/newsletter",
          { intent: "test-send", key: "2023-12", nonce: crypto.randomUUID() },
          asAdmin,
        ),
      issueDetails: () =>
        sceneClient.post(
          "/admin/issues/2023-12",
          { intent: "details", key: "2023-12", title: "잠금 중에 고친 월호 이름", tagline: "", closing: "" },
          asAdmin,
        ),
    };
    // One after another, as people would send them: each meets the other process's lock, not a queue of ours.
    const answers: Record<string, { status: number; html: string }> = {};
    const lock = await holdWriteLock(60_000, sceneFile);
    for (const [form, send] of Object.entries(forms)) {
      const res = await send();
      answers[form] = { status: res.status, html: (await res.text()).replace(/<!-- -->/g, "") };
    }
    await lock.release();
    console.log(
      `while locked: ${Object.entries(answers)
        .map(([form, a]) => `${form} ${a.status}`)
        .join(", ")}`,
    );

    for (const [form, answer] of Object.entries(answers)) {
      expect({ form, status: answer.status }).toEqual({ form, status: 503 });
      expect(answer.html, form).toContain("잠시 후 다시 시도해 주세요");
    }
    // What was typed comes back in its form; a password never does.
    expect(answers.userUpdate!.html).toContain('value="잠금 중에 고친 이름"');
    expect(answers.passwordReset!.html).not.toContain("lock-secret-9876");
    expect(answers.customerRequest!.html).toContain(">잠금 중에 쓴 반품 사유</textarea>");
    expect(answers.answer!.html).toContain(">잠금 중에 쓴 거절 사유</textarea>");
    expect(answers.review!.html).toContain('value="잠금 중에 쓴 확인 메모"');
    expect(answers.subscribe!.html).toContain('value="lock-reader@example.kr"');
    expect(answers.issueDetails!.html).toContain('value="잠금 중에 고친 월호 이름"');
    // The one-button pages offer their button again.
    expect(answers.confirm!.html).toContain("구독 확인하기");
    expect(answers.unsubscribe!.html).toContain("구독 해지하기");
  }, 40_000);
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
