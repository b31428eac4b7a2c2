import { describe, expect, it } from "vitest";
import {
  escapeHtml,
  ftsMatchExpression,
  highlight,
  isEmptyQuery,
  likePattern,
  MAX_QUERY_LENGTH,
  parseQuery,
  snippet,
} from "~/search/query";

describe("parseQuery", () => {
  it("sends 3+ character terms to FTS and 1–2 character terms to LIKE", () => {
    const q = parseQuery("  자활센터   청년 광산 HACCP ");
    expect(q.text).toBe("자활센터 청년 광산 HACCP");
    expect(q.ftsTerms).toEqual(["자활센터", "HACCP"]);
    expect(q.shortTerms).toEqual(["청년", "광산"]);
  });

  it("treats empty and blank input as empty", () => {
    expect(isEmptyQuery(parseQuery(""))).toBe(true);
    expect(isEmptyQuery(parseQuery("   "))).toBe(true);
    expect(isEmptyQuery(parseQuery(null))).toBe(true);
    expect(isEmptyQuery(parseQuery('""'))).toBe(true);
  });

  it("caps the length and the number of terms", () => {
    const long = parseQuery("가".repeat(5000));
    expect(long.text).toBe("가".repeat(MAX_QUERY_LENGTH));
    const many = parseQuery("a1 b2 c3 d4 e5 f6 g7 h8");
    expect(many.shortTerms).toHaveLength(6);
  });

  it("drops duplicate terms, ignoring case", () => {
    expect(parseQuery("mou MOU Mou").shortTerms).toEqual([]);
    expect(parseQuery("mou MOU Mou").ftsTerms).toEqual(["mou"]);
  });

  it("normalises decomposed Hangul (as typed on some systems) to NFC", () => {
    const decomposed = "청년".normalize("NFD");
    expect(decomposed.length).toBeGreaterThan(2);
    expect(parseQuery(decomposed).shortTerms).toEqual(["청년"]);
  });

  it("strips wrapping quotes and brackets but keeps inner characters", () => {
    expect(parseQuery('"희망사다리"').ftsTerms).toEqual(["희망사다리"]);
    expect(parseQuery("(청년)").shortTerms).toEqual(["청년"]);
    expect(parseQuery("NEAR(").ftsTerms).toEqual(["NEAR("]);
  });
});

describe("ftsMatchExpression", () => {
  it("quotes every term so FTS operators are plain text", () => {
    expect(ftsMatchExpression(["자활센터", "AND", "NEAR(x"])).toBe('"자활센터" AND "AND" AND "NEAR(x"');
  });

  it("doubles quotes inside a term", () => {
    expect(ftsMatchExpression(['a"b"c'])).toBe('"a""b""c"');
  });
});

describe("likePattern", () => {
  it("escapes LIKE wildcards and the escape character", () => {
    expect(likePattern("청년")).toBe("%청년%");
    expect(likePattern("%")).toBe("%\\%%");
    expect(likePattern("a_b")).toBe("%a\\_b%");
    expect(likePattern("\\")).toBe("%\\\\%");
  });
});

describe("highlight and snippet", () => {
  it("escapes HTML before marking matches", () => {
    expect(highlight("<b>청년</b> & 희망", ["청년"])).toBe("&lt;b&gt;<mark>청년</mark>&lt;/b&gt; &amp; 희망");
    expect(escapeHtml(`"'`)).toBe("&quot;&#39;");
  });

  it("marks every occurrence, case-insensitively, preferring longer terms", () => {
    expect(highlight("HACCP haccp 자활센터", ["haccp", "자활"])).toBe(
      "<mark>HACCP</mark> <mark>haccp</mark> <mark>자활</mark>센터",
    );
    expect(highlight("광주광역자활센터", ["자활", "자활센터"])).toBe("광주광역<mark>자활센터</mark>");
  });

  it("treats regular-expression characters in terms literally", () => {
    expect(highlight("a.b axb", ["a.b"])).toBe("<mark>a.b</mark> axb");
    expect(highlight("(주)", ["(주"])).toBe("<mark>(주</mark>)");
  });

  it("cuts a window around the first match with ellipses", () => {
    const text = `${"가".repeat(100)}청년${"나".repeat(100)}`;
    const s = snippet(text, ["청년"], 10);
    expect(s).toBe(`…${"가".repeat(10)}<mark>청년</mark>${"나".repeat(10)}…`);
  });

  it("falls back to the start of the text when nothing matches", () => {
    expect(snippet("짧은 글", ["없음"])).toBe("짧은 글");
  });
});
