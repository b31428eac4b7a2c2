import { describe, expect, it } from "vitest";
import { composeConfirmationMail, composeIssueMail, type IssueMailContent } from "~/newsletter/mail-templates";
import { maskEmail } from "~/newsletter/subscribers.server";
import { subscribeSchema } from "~/newsletter/subscription-form";

const content: IssueMailContent = {
  issueTitle: "2024년 1월호",
  tagline: "새해 <인사>",
  issueUrl: "https://news.example.kr/issues/2024-01",
  cover: {
    title: "“희망” & <b>나눔</b>",
    summary: "요약",
    url: "https://news.example.kr/news/a?x=1&y=2",
    imageUrl: "https://news.example.kr/art/og/a.png",
    imageAlt: '그림 "설명"',
  },
  sections: [
    {
      name: "광역자활센터 소식",
      articles: [{ title: "첫 기사", url: "https://news.example.kr/news/a", centerName: null }],
    },
    { name: "빈 섹션", articles: [] },
    {
      name: "지역자활센터 소식",
      articles: [{ title: "둘째", url: "https://news.example.kr/news/b", centerName: "서구" }],
    },
  ],
};
const UNSUBSCRIBE = "https://news.example.kr/newsletter/unsubscribe?token=abc";

describe("the 월호 mail", () => {
  const mail = composeIssueMail(content, UNSUBSCRIBE);

  it("names the issue and its cover story in the subject", () => {
    expect(mail.subject).toBe("[광주자활뉴스] 2024년 1월호 · “희망” & <b>나눔</b>");
  });

  it("escapes every text and attribute in the HTML", () => {
    expect(mail.html).toContain("“희망” &amp; &lt;b&gt;나눔&lt;/b&gt;");
    expect(mail.html).toContain("새해 &lt;인사&gt;");
    expect(mail.html).toContain('alt="그림 &quot;설명&quot;"');
    expect(mail.html).toContain('href="https://news.example.kr/news/a?x=1&amp;y=2"');
    expect(mail.html).not.toContain("<b>나눔");
  });

  it("lists the contents by section, skipping empty sections, with the center's name", () => {
    expect(mail.text).toContain("[광역자활센터 소식]\n- 첫 기사\n  https://news.example.kr/news/a");
    expect(mail.text).toContain("- 둘째 (서구)");
    expect(mail.text).not.toContain("빈 섹션");
    expect(mail.html).not.toContain("빈 섹션");
  });

  it("carries the unsubscribe link in both parts", () => {
    expect(mail.text.trim().endsWith(`구독 해지: ${UNSUBSCRIBE}`)).toBe(true);
    expect(mail.html).toContain(`href="${UNSUBSCRIBE}"`);
  });

  it("works without a cover story", () => {
    const plain = composeIssueMail({ ...content, cover: null }, UNSUBSCRIBE);
    expect(plain.subject).toBe("[광주자활뉴스] 2024년 1월호");
    expect(plain.text).not.toContain("커버스토리");
  });
});

describe("the confirmation mail and the form", () => {
  it("links to the confirmation page", () => {
    const mail = composeConfirmationMail("https://news.example.kr/newsletter/confirm?token=t");
    expect(mail.text).toContain("https://news.example.kr/newsletter/confirm?token=t");
    expect(mail.html).toContain("구독 확인하기");
  });

  it("masks addresses on the token pages", () => {
    expect(maskEmail("reader@example.kr")).toBe("re••••@example.kr");
    expect(maskEmail("a@b.kr")).toBe("a•@b.kr");
  });

  it("requires a valid address and the consent", () => {
    expect(subscribeSchema.safeParse({ email: " a@b.kr ", consent: "on" })).toMatchObject({
      success: true,
      data: { email: "a@b.kr" },
    });
    expect(subscribeSchema.safeParse({ email: "a@b.kr" }).success).toBe(false);
    expect(subscribeSchema.safeParse({ email: "not-an-email", consent: "on" }).success).toBe(false);
  });
});
