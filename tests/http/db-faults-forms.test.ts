// Every form while another process (a backup, the user CLI) holds SQLite's write lock: 503 "잠시 후 다시 시도"
// over the form with what was typed, never the 500 page; and the admin's pages go on reading meanwhile.
import crypto from "node:crypto";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveDatabaseFile } from "~/utils/database-url";
import { httpClient } from "../support/http-client";
import { lockScene, PHONE } from "../support/lock-scene";
import { startServer, TEST_SESSION_SECRET, type RunningServer } from "../support/server";
import { startSmtpSink, type SmtpSink } from "../support/smtp-sink";
import { holdWriteLock } from "../support/write-lock";

// This file's own database, with orders and requests made for these forms, under a server of its own.
let scene: Awaited<ReturnType<typeof lockScene>>;
let server: RunningServer;
let client: ReturnType<typeof httpClient>;
let file: string;
let smtp: SmtpSink;
beforeAll(async () => {
  scene = await lockScene();
  file = resolveDatabaseFile(process.env.DATABASE_URL!);
  // 다시 보내기 needs a mail server to send to.
  smtp = await startSmtpSink();
  server = await startServer({
    DATABASE_URL: `file:${file}`,
    SESSION_SECRET: TEST_SESSION_SECRET,
    DB_LOCK_WAIT_MS: "1000",
    SMTP_URL: smtp.url,
  });
  client = httpClient(server);
});
afterAll(async () => {
  await server?.stop();
  await smtp?.close();
});

type Cookies = { admin: string; center: string; leaving: string };

async function signIn(): Promise<Cookies> {
  return {
    admin: await client.logIn("admin@gjjahwal.example"),
    center: await client.logIn("seogu@gjjahwal.example"),
    // A second session of the admin, the one that logs out.
    leaving: await client.logIn("admin@gjjahwal.example"),
  };
}

const multipart = (path: string, body: FormData, cookie: string) =>
  client.send(path, { method: "POST", body, headers: { Origin: server.url, Cookie: cookie } });

async function photoUpload(productId: number, cookie: string) {
  const png = await sharp({ create: { width: 640, height: 480, channels: 3, background: "#2a9d8f" } })
    .png()
    .toBuffer();
  const form = new FormData();
  form.set("intent", "photo-add");
  form.set("alt", "잠금 중에 올린 사진 설명");
  form.set("photo", new File([new Uint8Array(png)], "lock.png", { type: "image/png" }));
  return multipart(`/admin/products/${productId}`, form, cookie);
}

function shippingUpload(orderNumber: string, cookie: string) {
  const form = new FormData();
  const csv = `주문번호,택배사,송장번호\n${orderNumber},CJ대한통운,612345678901\n`;
  form.set("file", new File([csv], "발송준비.csv", { type: "text/csv" }));
  return multipart("/center/shipping", form, cookie);
}

function formsOf({ admin, center, leaving }: Cookies): Record<string, () => Promise<Response>> {
  const { staffUser, photos, revision } = scene;
  const asAdmin = { Cookie: admin };
  const user = `/admin/users/${staffUser.id}`;
  const product = `/admin/products/${photos.productId}`;
  const [first, second] = photos.imageIds.map(String) as [string, string];
  const account = { email: staffUser.email, role: staffUser.role, centerId: String(staffUser.centerId) };
  return {
    userUpdate: () => client.post(user, { intent: "update", ...account, name: "잠금 중에 고친 이름" }, asAdmin),
    passwordReset: () => client.post(user, { intent: "reset-password", password: "lock-secret-9876" }, asAdmin),
    disable: () => client.post(user, { intent: "disable" }, asAdmin),
    customerRequest: () =>
      client.post(`/orders/${scene.ask.token}`, {
        intent: "part-request",
        fulfilmentId: String(scene.ask.fulfilmentId),
        kind: "RETURN",
        reasonCode: "파손",
        phone: PHONE,
        note: "잠금 중에 쓴 반품 사유",
      }),
    answer: () =>
      client.post(
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
      client.post(
        `/center/orders/${scene.collect.number}`,
        { intent: "collect-request", requestId: String(scene.collect.requestId) },
        { Cookie: center },
      ),
    review: () =>
      client.post(
        "/admin/payment-reviews",
        { intent: "close", reviewId: String(scene.reviewId), note: "잠금 중에 쓴 확인 메모" },
        asAdmin,
      ),
    subscribe: () => client.post("/newsletter", { email: "lock-reader@example.kr", consent: "on" }),
    confirm: () => client.post(`/newsletter/confirm?token=${scene.subscriberToken}`, {}),
    unsubscribe: () => client.post(`/newsletter/unsubscribe?token=${scene.subscriberToken}`, {}),
    testSend: () =>
      client.post("/admin/newsletter", { intent: "test-send", key: "2023-12", nonce: crypto.randomUUID() }, asAdmin),
    issueDetails: () =>
      client.post(
        "/admin/issues/2023-12",
        { intent: "details", key: "2023-12", title: "잠금 중에 고친 월호 이름", tagline: "", closing: "" },
        asAdmin,
      ),
    photoAdd: () => photoUpload(photos.productId, admin),
    photoAlt: () =>
      client.post(product, { intent: "photo-alt", imageId: first, alt: "잠금 중에 고친 사진 설명" }, asAdmin),
    photoMove: () => client.post(product, { intent: "photo-up", imageId: second }, asAdmin),
    photoRemove: () => client.post(product, { intent: "photo-remove", imageId: first }, asAdmin),
    restore: () =>
      client.post(
        `/admin/articles/${revision.articleId}/revisions?rev=${revision.revisionId}`,
        { intent: "restore", revisionId: String(revision.revisionId) },
        asAdmin,
      ),
    resend: () => client.post("/admin/notifications", { intent: "resend", id: String(scene.failedMailId) }, asAdmin),
    shippingCsv: () => shippingUpload(scene.toShipNumber, center),
    logout: () => client.post("/logout", {}, { Cookie: leaving }),
  };
}

type Answer = { status: number; html: string; setCookie: string | null };
const answerOf = async (res: Response): Promise<Answer> => ({
  status: res.status,
  html: (await res.text()).replace(/<!-- -->/g, ""),
  setCookie: res.headers.get("set-cookie"),
});

function expectUnavailable(answers: Record<string, Answer>) {
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
  expect(answers.photoAdd!.html).toContain('value="잠금 중에 올린 사진 설명"');
  expect(answers.photoAlt!.html).toContain('value="잠금 중에 고친 사진 설명"');
  expect(answers.restore!.html).toContain("이 버전으로 되돌리기");
  expect(answers.shippingCsv!.html).toContain("채운 CSV 파일 올리기");
  // Logging out needs the database (the session row goes): the cookie stays until it can, and the button is offered again.
  expect(answers.logout!.setCookie).toBeNull();
  expect(answers.logout!.html).toContain("로그아웃하지 못했습니다");
}

describe("every form while another process holds the write lock", () => {
  it("answers each with 503 잠시 후 다시 시도 over the form and what was typed, never the 500 page", async () => {
    const cookies = await signIn();
    // One after another, as people would send them: each meets the other process's lock, not a queue of ours.
    const answers: Record<string, Answer> = {};
    const lock = await holdWriteLock(120_000, file);
    for (const [form, send] of Object.entries(formsOf(cookies))) answers[form] = await answerOf(await send());
    await lock.release();
    expectUnavailable(answers);

    // Once the lock is gone the same logout goes through, and its session is over.
    const loggedOut = await client.post("/logout", {}, { Cookie: cookies.leaving });
    expect(loggedOut.status).toBe(302);
    expect(loggedOut.headers.get("set-cookie")).toMatch(/Max-Age=0/i);
    expect((await client.send("/admin", { headers: { Cookie: cookies.leaving } })).status).toBe(302);
  }, 90_000);

  it("answers them all sent at the same moment the same way, while the admin's pages go on reading", async () => {
    const cookies = await signIn();
    const asAdmin = { headers: { Cookie: cookies.admin } };
    const pages = [
      `/admin/users/${scene.staffUser.id}`,
      "/admin/orders",
      `/admin/products/${scene.photos.productId}`,
      "/admin/notifications",
    ];
    const lock = await holdWriteLock(120_000, file);
    const started = Date.now();
    const timedRead = async (path: string) => {
      const res = await client.send(path, asAdmin);
      await res.arrayBuffer();
      return { path, status: res.status, ms: Date.now() - started };
    };
    const [answered, read] = await Promise.all([
      Promise.all(
        Object.entries(formsOf(cookies)).map(async ([form, send]) => [form, await answerOf(await send())] as const),
      ),
      Promise.all(pages.map(timedRead)),
    ]);
    await lock.release();
    console.log(`read while the forms waited: ${read.map((r) => `${r.path} ${r.status} in ${r.ms} ms`).join(", ")}`);
    expectUnavailable(Object.fromEntries(answered));
    expect(read.map((r) => [r.path, r.status])).toEqual(pages.map((path) => [path, 200]));
    // Not queued behind the waiting forms one lock wait (1 s) after another, as they were.
    expect(Math.max(...read.map((r) => r.ms))).toBeLessThan(4000);
  }, 90_000);
});
