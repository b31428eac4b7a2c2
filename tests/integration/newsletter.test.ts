// 웹진 구독 end to end through a real SMTP server (smtp-server), read back with mailparser: double opt-in,
// one-click unsubscribe, and the 월호 mail sent once per subscriber however often the issue is published.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { call } from "../support/route-calls";
import { firstRecipient, startSmtpSink } from "../support/smtp-sink";

const smtp = await startSmtpSink();
// Env is read once at import: configure it before any app module loads.
process.env.SMTP_URL = smtp.url;
process.env.PUBLIC_BASE_URL = "https://news.test.example";

const { prisma } = await import("~/utils/db.server");
const { deliverDueNotifications } = await import("~/notifications/notifications.server");
const { publishIssue, unpublishIssue } = await import("~/cms/issue-publishing.server");
const subscribeRoute = await import("~/routes/newsletter._index");
const confirmRoute = await import("~/routes/newsletter.confirm");
const unsubscribeRoute = await import("~/routes/newsletter.unsubscribe");
const { STAFF, formRequest, getRequest } = await import("../support/staff");

afterAll(() => smtp.close());
beforeEach(() => {
  smtp.received.length = 0;
});

let clientCounter = 0;
/** The subscription form as a browser without JavaScript posts it, from a distinct client address. */
const postSubscribe = (fields: Record<string, string>) =>
  call(subscribeRoute.action as never, formRequest("/newsletter", fields), {}).then((a) => a);
async function subscribeAs(email: string) {
  const request = formRequest("/newsletter", { email, consent: "on" });
  return call(
    ((args: { request: Request }) =>
      subscribeRoute.action({ ...args, params: {}, context: { clientIp: `10.0.0.${++clientCounter}` } })) as never,
    request,
  );
}

/** Delivers what is due and returns the mails it sent. */
async function deliver() {
  const before = smtp.received.length;
  await deliverDueNotifications();
  return smtp.received.slice(before);
}

const linkIn = (text: string, path: string) =>
  new RegExp(`https://news\\.test\\.example${path}\\?token=([\\w-]+)`).exec(text)?.[1] ?? null;

async function confirmedSubscriber(email: string) {
  await subscribeAs(email);
  const mail = (await deliver()).find((m) => firstRecipient(m) === email);
  const token = linkIn(mail!.text!, "/newsletter/confirm")!;
  const answer = await call(
    confirmRoute.action as never,
    new Request(`http://localhost/newsletter/confirm?token=${token}`, { method: "POST" }),
  );
  expect(answer.data).toEqual({ outcome: "DONE" });
  return token;
}

describe("subscribing with double opt-in", () => {
  it("sends a confirmation mail and subscribes only after the confirm button", async () => {
    const answer = await subscribeAs("Reader@Example.kr ");
    expect(answer).toMatchObject({ status: 302, location: "/newsletter?sent=1" });
    expect(await prisma.subscriber.findUnique({ where: { email: "reader@example.kr" } })).toMatchObject({
      status: "PENDING",
      consent: expect.stringContaining("동의합니다"),
    });

    const [mail] = await deliver();
    expect(firstRecipient(mail!)).toBe("reader@example.kr");
    expect(mail!.subject).toBe("[광주자활뉴스] 웹진 구독을 확인해 주세요");
    const token = linkIn(mail!.text!, "/newsletter/confirm");
    expect(token).toBeTruthy();
    expect(mail!.html).toContain(`https://news.test.example/newsletter/confirm?token=${token}`);

    // Opening the link only shows the button (mail scanners open links too).
    const page = await call(confirmRoute.loader as never, getRequest(`/newsletter/confirm?token=${token}`));
    expect(page.data.subscriber).toEqual({ status: "PENDING", email: "re••••@example.kr" });
    expect((await prisma.subscriber.findUniqueOrThrow({ where: { email: "reader@example.kr" } })).status).toBe(
      "PENDING",
    );

    const confirmed = await call(
      confirmRoute.action as never,
      new Request(`http://localhost/newsletter/confirm?token=${token}`, { method: "POST" }),
    );
    expect(confirmed.data).toEqual({ outcome: "DONE" });
    const row = await prisma.subscriber.findUniqueOrThrow({ where: { email: "reader@example.kr" } });
    expect(row.status).toBe("CONFIRMED");
    expect(row.confirmedAt).toBeInstanceOf(Date);
    // Confirming twice is harmless; a made-up token confirms nothing.
    expect(
      (
        await call(
          confirmRoute.action as never,
          new Request(`http://localhost/newsletter/confirm?token=${token}`, { method: "POST" }),
        )
      ).data,
    ).toEqual({ outcome: "ALREADY" });
    expect(
      (
        await call(
          confirmRoute.action as never,
          new Request("http://localhost/newsletter/confirm?token=nope", { method: "POST" }),
        )
      ).data,
    ).toEqual({ outcome: "INVALID" });
  });

  it("refuses a missing consent or a bad address with Korean messages beside the fields, keeping what was typed", async () => {
    const noConsent = await postSubscribe({ email: "someone@example.kr" });
    expect(noConsent.status).toBe(400);
    expect(noConsent.data.error.consent).toEqual(["이메일 주소 이용에 동의해야 구독할 수 있습니다."]);
    expect(noConsent.data.initialValue.email).toBe("someone@example.kr");
    const badEmail = await postSubscribe({ email: "someone@", consent: "on" });
    expect(badEmail.data.error.email).toEqual(["이메일 주소 형식이 올바르지 않습니다. 예: name@example.kr"]);
    expect(await prisma.subscriber.count({ where: { email: { startsWith: "someone" } } })).toBe(0);
  });

  it("sends no second confirmation within 10 minutes, and says the same thing to already-subscribed addresses", async () => {
    await subscribeAs("twice@example.kr");
    const again = await subscribeAs("twice@example.kr");
    expect(again.location).toBe("/newsletter?sent=1");
    expect(await deliver()).toHaveLength(1);
    await confirmedSubscriber("already@example.kr");
    expect((await subscribeAs("already@example.kr")).location).toBe("/newsletter?sent=1");
    expect(await deliver()).toHaveLength(0);
  });
});

async function thinIssue(key: string) {
  const section = await prisma.section.findFirstOrThrow({ where: { slug: "regional" } });
  const issue = await prisma.issue.create({
    data: { key, title: `${key.slice(0, 4)}년 ${Number(key.slice(5))}월호`, tagline: "새해 인사" },
  });
  const cover = await prisma.article.create({
    data: {
      slug: `newsletter-cover-${key}`,
      title: "새해 자활사업 설명회",
      summary: "광주광역자활센터가 새해 자활사업을 설명합니다.",
      body: "본문",
      status: "PUBLISHED",
      issueId: issue.id,
      sectionId: section.id,
      coverArt: "issue-cover",
      coverAlt: "설명회 그림",
    },
  });
  await prisma.article.create({
    data: {
      slug: `newsletter-second-${key}`,
      title: "겨울 바자회 결산",
      body: "본문",
      status: "PUBLISHED",
      issueId: issue.id,
      sectionId: section.id,
      position: 1,
    },
  });
  await prisma.issue.update({ where: { id: issue.id }, data: { coverArticleId: cover.id } });
  return issue;
}

describe("the 월호 mail", () => {
  it("goes once to each confirmed subscriber with the cover story, the contents and one-click unsubscribe", async () => {
    const token = await confirmedSubscriber("monthly@example.kr");
    await subscribeAs("unconfirmed@example.kr");
    await deliver();
    const editor = await prisma.user.findUniqueOrThrow({ where: { email: STAFF.editor } });
    await thinIssue("2024-01");

    expect(await publishIssue("2024-01", editor.id)).toEqual({ ok: true, data: null });
    const mails = (await deliver()).filter((m) => m.subject?.includes("2024년 1월호"));
    const mine = mails.filter((m) => firstRecipient(m) === "monthly@example.kr");
    expect(mine).toHaveLength(1);
    expect(mails.some((m) => firstRecipient(m) === "unconfirmed@example.kr")).toBe(false);
    const mail = mine[0]!;
    expect(mail.subject).toBe("[광주자활뉴스] 2024년 1월호 · 새해 자활사업 설명회");
    expect(mail.text).toContain("■ 커버스토리\n새해 자활사업 설명회");
    expect(mail.text).toContain("[광역자활센터 소식]");
    expect(mail.text).toContain("- 겨울 바자회 결산\n  https://news.test.example/news/newsletter-second-2024-01");
    expect(mail.html).toContain('<img src="https://news.test.example/art/og/issue-cover.png" alt="설명회 그림"');
    const unsubscribe = `https://news.test.example/newsletter/unsubscribe?token=${token}`;
    // Folded long header lines unfolded, as RFC 5322 reads them.
    const header = (name: string) => mail.headerLines.find((h) => h.key === name)?.line.replace(/\r\n\s+/g, " ");
    expect(header("list-unsubscribe-post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    expect(header("list-unsubscribe")).toBe(`List-Unsubscribe: <${unsubscribe}>`);
    expect(mail.text).toContain(`구독 해지: ${unsubscribe}`);
    expect(mail.html).toContain(unsubscribe);

    // Unpublished and published again (or published twice): nobody gets it twice.
    expect(await unpublishIssue("2024-01", editor.id)).toEqual({ ok: true, data: null });
    expect(await publishIssue("2024-01", editor.id)).toEqual({ ok: true, data: null });
    expect(await deliver()).toHaveLength(0);
    expect(await prisma.notification.count({ where: { dedupeKey: { startsWith: "newsletter:2024-01:" } } })).toBe(
      await prisma.subscriber.count({ where: { status: "CONFIRMED" } }),
    );
  });

  it(
    "is delivered in batches to many subscribers, each once, and retried after a refusal",
    { timeout: 60_000 },
    async () => {
      const before = await prisma.subscriber.count({ where: { status: "CONFIRMED" } });
      await prisma.subscriber.createMany({
        data: Array.from({ length: 60 }, (_, i) => ({
          email: `bulk${i}@example.kr`,
          status: "CONFIRMED",
          token: `bulk-token-${i}`,
          consent: "동의",
          confirmedAt: new Date(),
        })),
      });
      const editor = await prisma.user.findUniqueOrThrow({ where: { email: STAFF.editor } });
      await thinIssue("2024-02");
      smtp.rejecting = true;
      await publishIssue("2024-02", editor.id);
      const refused = await deliverDueNotifications();
      expect(refused).toEqual({ sent: 0, failed: 50 }); // one batch of 50, all refused and rescheduled
      smtp.rejecting = false;
      const later = new Date(Date.now() + 2 * 60_000); // after the first retry delay
      let runs = 0;
      for (;;) {
        const { sent, failed } = await deliverDueNotifications(later);
        if (sent + failed === 0) break;
        runs++;
      }
      expect(runs).toBe(Math.ceil((before + 60) / 50));
      const issueMails = smtp.received.filter((m) => m.subject?.includes("2024년 2월호"));
      const recipients = issueMails.map((m) => firstRecipient(m));
      expect(recipients).toHaveLength(before + 60);
      expect(new Set(recipients).size).toBe(recipients.length);
    },
  );

  it("racing publishes of one issue mail each subscriber once", async () => {
    await confirmedSubscriber("race@example.kr");
    const editor = await prisma.user.findUniqueOrThrow({ where: { email: STAFF.editor } });
    await thinIssue("2024-03");
    const results = await Promise.allSettled([publishIssue("2024-03", editor.id), publishIssue("2024-03", editor.id)]);
    expect(results.filter((r) => r.status === "fulfilled" && r.value.ok)).toHaveLength(1);
    const later = new Date(Date.now() + 60_000);
    while ((await deliverDueNotifications(later)).sent > 0);
    expect(
      smtp.received.filter((m) => m.subject?.includes("2024년 3월호") && firstRecipient(m) === "race@example.kr"),
    ).toHaveLength(1);
  });
});

describe("unsubscribing", () => {
  it("works with one click from the List-Unsubscribe header (RFC 8058 POST)", async () => {
    const token = await confirmedSubscriber("oneclick@example.kr");
    const body = new URLSearchParams({ "List-Unsubscribe": "One-Click" });
    const request = new Request(`http://localhost/newsletter/unsubscribe?token=${token}`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body,
    });
    const answer = await call(unsubscribeRoute.action as never, request);
    expect(answer).toMatchObject({ status: 200, data: { outcome: "DONE" } });
    expect(await prisma.subscriber.findUniqueOrThrow({ where: { email: "oneclick@example.kr" } })).toMatchObject({
      status: "UNSUBSCRIBED",
      unsubscribedAt: expect.any(Date),
    });
    // Mail providers may retry the POST.
    expect((await call(unsubscribeRoute.action as never, request.clone())).data).toEqual({ outcome: "ALREADY" });
  });

  it("works from the link in the mail (a page with one button), and stops mails already queued", async () => {
    const token = await confirmedSubscriber("linkclick@example.kr");
    const editor = await prisma.user.findUniqueOrThrow({ where: { email: STAFF.editor } });
    await thinIssue("2024-04");
    await publishIssue("2024-04", editor.id);
    const page = await call(unsubscribeRoute.loader as never, getRequest(`/newsletter/unsubscribe?token=${token}`));
    expect(page.data.subscriber).toEqual({ status: "CONFIRMED", email: "li•••••••@example.kr" });
    const done = await call(
      unsubscribeRoute.action as never,
      new Request(`http://localhost/newsletter/unsubscribe?token=${token}`, { method: "POST" }),
    );
    expect(done.data).toEqual({ outcome: "DONE" });
    const later = new Date(Date.now() + 60_000);
    while ((await deliverDueNotifications(later)).sent > 0);
    expect(
      smtp.received.some((m) => firstRecipient(m) === "linkclick@example.kr" && m.subject?.includes("2024년 4월호")),
    ).toBe(false);
    expect(
      (
        await call(
          unsubscribeRoute.action as never,
          new Request("http://localhost/newsletter/unsubscribe?token=zzz", { method: "POST" }),
        )
      ).data,
    ).toEqual({ outcome: "INVALID" });
  });
});
