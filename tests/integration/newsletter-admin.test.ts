// /admin/newsletter: who may see it (EDITOR and ADMIN only), counts, the CSV export, the preview and the
// test mail to oneself, through a real SMTP server.
import { afterAll, describe, expect, it } from "vitest";
import { call } from "../support/route-calls";
import { firstRecipient, startSmtpSink } from "../support/smtp-sink";

const smtp = await startSmtpSink();
process.env.SMTP_URL = smtp.url;
process.env.PUBLIC_BASE_URL = "https://news.test.example";

const { prisma } = await import("~/utils/db.server");
const { deliverDueNotifications } = await import("~/notifications/notifications.server");
const adminRoute = await import("~/routes/admin.newsletter._index");
const csvRoute = await import("~/routes/admin.newsletter.subscribers[.]csv");
const previewRoute = await import("~/routes/admin_.newsletter.preview.$key");
const { STAFF, formRequest, getRequest, sessionCookie } = await import("../support/staff");

afterAll(() => smtp.close());

const cookies = {
  admin: await sessionCookie(STAFF.admin),
  editor: await sessionCookie(STAFF.editor),
  seogu: await sessionCookie(STAFF.seogu),
};

await prisma.subscriber.createMany({
  data: [
    { email: "a@example.kr", status: "CONFIRMED", token: "t-a", consent: "동의", confirmedAt: new Date() },
    { email: "b@example.kr", status: "CONFIRMED", token: "t-b", consent: "동의", confirmedAt: new Date() },
    { email: "c@example.kr", status: "PENDING", token: "t-c", consent: "동의" },
    {
      email: "=hyperlink(1)@example.kr",
      status: "UNSUBSCRIBED",
      token: "t-d",
      consent: "동의",
      unsubscribedAt: new Date(),
    },
  ],
});

describe("staff permissions", () => {
  const pages = [
    ["list", () => call(adminRoute.loader as never, getRequest("/admin/newsletter", cookie))],
    ["csv", () => call(csvRoute.loader as never, getRequest("/admin/newsletter/subscribers.csv", cookie))],
    [
      "preview",
      () =>
        call(previewRoute.loader as never, getRequest("/admin/newsletter/preview/2023-12", cookie), { key: "2023-12" }),
    ],
    [
      "test send",
      () =>
        call(
          adminRoute.action as never,
          formRequest("/admin/newsletter", { intent: "test-send", key: "2023-12", nonce: crypto.randomUUID() }, cookie),
        ),
    ],
  ] as const;
  let cookie: string | null = null;

  it.each(pages)("%s: center staff get 403, anonymous readers go to login", async (_name, run) => {
    cookie = cookies.seogu;
    expect((await run()).status).toBe(403);
    cookie = null;
    const anonymous = await run();
    expect(anonymous.status).toBe(302);
    expect(anonymous.location).toMatch(/^\/login\?redirectTo=/);
  });

  it("editors and admins see the counts", async () => {
    for (const who of [cookies.editor, cookies.admin]) {
      const { status, data } = await call(adminRoute.loader as never, getRequest("/admin/newsletter", who));
      expect(status).toBe(200);
      expect(data.counts).toEqual({ PENDING: 1, CONFIRMED: 2, UNSUBSCRIBED: 1 });
      expect(data.total).toBe(4);
    }
    const confirmed = await call(
      adminRoute.loader as never,
      getRequest("/admin/newsletter?status=CONFIRMED&q=A@", cookies.editor),
    );
    expect(confirmed.data.rows.map((r: { email: string }) => r.email)).toEqual(["a@example.kr"]);
  });
});

describe("CSV export", () => {
  it("is UTF-8 with a BOM, Korean headers and formula-looking cells neutralised", async () => {
    const response = (await csvRoute.loader({
      request: getRequest("/admin/newsletter/subscribers.csv", cookies.editor),
      params: {},
      context: {},
    })) as Response;
    expect(response.headers.get("Content-Type")).toContain("text/csv");
    expect(response.headers.get("Content-Disposition")).toContain("filename*=UTF-8''");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.trim().split("\r\n");
    expect(lines[0]).toBe('"이메일","상태","신청 일시","확인 일시","해지 일시"');
    expect(lines).toHaveLength(5);
    expect(text).toContain(`"'=hyperlink(1)@example.kr","해지"`);
    expect(text).toContain('"a@example.kr","구독 중"');
    const onlyConfirmed = (await csvRoute.loader({
      request: getRequest("/admin/newsletter/subscribers.csv?status=CONFIRMED", cookies.admin),
      params: {},
      context: {},
    })) as Response;
    expect((await onlyConfirmed.text()).trim().split("\r\n")).toHaveLength(3);
  });
});

describe("preview and test send", () => {
  it("previews the mail of an issue as HTML with its own strict CSP", async () => {
    const response = (await previewRoute.loader({
      request: getRequest("/admin/newsletter/preview/2023-12", cookies.editor),
      params: { key: "2023-12" },
      context: {},
    })) as Response;
    expect(response.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("Content-Security-Policy")).toContain("default-src 'none'");
    const html = await response.text();
    expect(html).toContain("2023년 12월호");
    expect(html).toContain("이번 호 차례");
    expect(html).not.toContain("<script");
    const missing = await call(
      previewRoute.loader as never,
      getRequest("/admin/newsletter/preview/1999-01", cookies.editor),
      { key: "1999-01" },
    );
    expect(missing.status).toBe(404);
  });

  it("sends the issue mail to the signed-in editor only, once per page view", async () => {
    const nonce = crypto.randomUUID();
    const send = () =>
      call(
        adminRoute.action as never,
        formRequest("/admin/newsletter", { intent: "test-send", key: "2023-12", nonce }, cookies.editor),
      );
    expect(await send()).toMatchObject({ status: 302, location: "/admin/newsletter?sent=2023-12" });
    expect((await send()).status).toBe(302);
    await deliverDueNotifications();
    const mails = smtp.received.filter((m) => m.subject?.startsWith("[테스트]"));
    expect(mails).toHaveLength(1);
    expect(firstRecipient(mails[0]!)).toBe(STAFF.editor);
    expect(mails[0]!.subject).toContain("2023년 12월호");
    // Subscribers got nothing.
    expect(smtp.received.some((m) => firstRecipient(m)?.endsWith("@example.kr"))).toBe(false);
  });
});
