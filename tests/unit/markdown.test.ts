import { describe, expect, it } from "vitest";
import { markdownToText, renderMarkdown } from "~/utils/markdown.server";

describe("renderMarkdown", () => {
  it("renders ordinary Markdown", () => {
    const html = renderMarkdown("### 성과\n\n- 선정기관: 맛사랑\n- 지원금액: 100,000,000원\n\n> 모두 모여라~~!!");
    expect(html).toContain("<h3>성과</h3>");
    expect(html).toContain("<li>선정기관: 맛사랑</li>");
    expect(html).toContain("<blockquote>");
  });

  it("makes scripts, event handlers, javascript: links and iframes harmless", () => {
    const html = renderMarkdown(
      [
        "<script>alert(1)</script>",
        '<img src="x" onerror="alert(2)">',
        "[클릭](javascript:alert(3))",
        '<a href="JaVaScRiPt:alert(4)">링크</a>',
        '<iframe src="https://evil.example"></iframe>',
        '<p style="background:url(javascript:alert(5))" onclick="alert(6)">문단</p>',
        "<svg><script>alert(7)</script></svg>",
      ].join("\n\n"),
    );
    expect(html).not.toMatch(/<script|onerror|onclick|javascript:|<iframe|style=|<svg/i);
    expect(html).toContain("문단");
  });

  it("keeps safe links and marks external ones noopener", () => {
    const html = renderMarkdown("[센터](https://example.kr) [내부](/news/haccp-mou) [메일](mailto:a@b.kr)");
    expect(html).toContain('<a href="https://example.kr" rel="noopener noreferrer">센터</a>');
    expect(html).toContain('<a href="/news/haccp-mou">내부</a>');
    expect(html).toContain('href="mailto:a@b.kr"');
  });
});

describe("markdownToText", () => {
  it("gives plain text for the search index, entities decoded", () => {
    expect(markdownToText("### 제목\n\n**굵게** & <b>태그</b>\n\n- 하나\n- 둘")).toBe("제목 굵게 & 태그 하나 둘");
  });
});
