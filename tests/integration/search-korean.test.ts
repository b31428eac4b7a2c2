// The Korean readings of a query (particles, hashtags, 초성, typos) on the real seeded database, with the
// literal search of the same words alongside to show what the expansion adds.
import { describe, expect, it } from "vitest";
import { searchArticlesKorean } from "~/search/expand.server";
import { searchArticles } from "~/search/search.server";
import { suggest } from "~/search/suggest.server";
import { clearSearchVocabulary } from "~/search/vocabulary.server";
import { prisma } from "~/utils/db.server";
import { getRequest } from "../support/staff";

const slugsOf = (r: { hits: { slug: string }[] }) => r.hits.map((h) => h.slug).sort();
/** Every slug of a search, over all its pages. */
async function allSlugs(q: string) {
  const first = await searchArticlesKorean(q);
  const rest = await Promise.all(Array.from({ length: first.pageCount - 1 }, (_, i) => searchArticlesKorean(q, i + 2)));
  return [first, ...rest].flatMap(slugsOf).sort();
}

describe("particles", () => {
  it.each(["자활센터에서", "자활센터를", "자활센터에서는"])("%s finds what 자활센터 finds", async (q) => {
    const plain = await searchArticlesKorean("자활센터");
    expect(plain.total).toBe(15);
    expect((await searchArticles(q)).total).toBeLessThan(plain.total);
    const result = await searchArticlesKorean(q);
    expect(result.total).toBe(plain.total);
    expect(result.searchedAs).toBe("자활센터");
    expect(await allSlugs(q)).toEqual(await allSlugs("자활센터"));
  });

  it("맛사랑이 finds both 맛사랑 articles", async () => {
    expect((await searchArticles("맛사랑이")).total).toBe(0);
    const result = await searchArticlesKorean("맛사랑이");
    expect(slugsOf(result)).toEqual(["asset-fund-startup-matsarang", "matsarang-feasibility"]);
    expect(result.hits[0]!.titleHtml + result.hits[0]!.snippetHtml).toContain("<mark>맛사랑</mark>");
  });

  it("keeps the full word when it finds at least as much (청년 is not cut, 바자회 stays)", async () => {
    const youth = await searchArticlesKorean("청년");
    expect(youth.searchedAs).toBeNull();
    expect(youth.total).toBe((await searchArticles("청년")).total);
    expect((await searchArticlesKorean("바자회")).searchedAs).toBeNull();
  });

  it("strips particles word by word in multi-word queries", async () => {
    const result = await searchArticlesKorean("자활센터를 청년이");
    expect(result.searchedAs).toBe("자활센터 청년");
    expect(result.total).toBe((await searchArticles("자활센터 청년")).total);
    expect(result.total).toBeGreaterThan(0);
  });
});

describe("hashtags", () => {
  it.each([
    ["#HACCP", ["haccp-mou"]],
    ["#MOU", ["haccp-mou"]],
    ["MOU", ["haccp-mou"]],
    ["수완세영리첼", ["social-economy-flea-market"]],
    ["#수완세영리첼", ["social-economy-flea-market"]],
  ])("%s finds the tagged articles", async (q, slugs) => {
    const result = await searchArticlesKorean(q);
    expect(slugsOf(result)).toEqual(slugs);
    expect(result.total).toBe(slugs.length);
  });

  it("matches the tag that text search cannot see (MOU is only a hashtag)", async () => {
    expect((await searchArticles("MOU")).total).toBe(0);
    expect((await searchArticlesKorean("MOU")).searchedAs).toBe("#MOU");
  });

  it("combines a hashtag with text words, requiring both", async () => {
    expect(slugsOf(await searchArticlesKorean("#MOU 식품"))).toEqual(["haccp-mou"]);
    expect((await searchArticlesKorean("#MOU 바자회")).total).toBe(0);
  });

  it("lists every article of a hashtag with several articles, as /tags/:name does", async () => {
    const tagged = await prisma.article.findMany({
      where: { tags: { some: { tag: { name: "청년내일저축계좌" } } } },
      select: { slug: true },
    });
    expect(tagged.length).toBeGreaterThan(1);
    expect(slugsOf(await searchArticlesKorean("#청년내일저축계좌"))).toEqual(tagged.map((t) => t.slug).sort());
  });
});

describe("초성", () => {
  it("ㅊㄴ searches 청년", async () => {
    const result = await searchArticlesKorean("ㅊㄴ");
    expect(result.searchedAs).toBe("청년");
    expect(result.total).toBe((await searchArticles("청년")).total);
    expect(result.total).toBeGreaterThan(0);
  });

  it("ㅁㅅㄹ searches 맛사랑", async () => {
    const result = await searchArticlesKorean("ㅁㅅㄹ");
    expect(result.searchedAs).toBe("맛사랑");
    expect(result.total).toBe(2);
  });
});

describe("혹시 … 찾으셨나요?", () => {
  it("청년내일저축게좌 shows the results of 청년내일저축계좌 with the suggestion", async () => {
    expect((await searchArticles("청년내일저축게좌")).total).toBe(0);
    const result = await searchArticlesKorean("청년내일저축게좌");
    expect(result.correctedFrom).toBe("청년내일저축게좌");
    expect(result.suggestion).toBe("청년내일저축계좌");
    expect(result.total).toBe((await searchArticles("청년내일저축계좌")).total);
    expect(result.total).toBeGreaterThan(0);
  });

  it("suggests nothing for words that are found or for unrelated words", async () => {
    expect((await searchArticlesKorean("청년내일저축계좌")).suggestion).toBeNull();
    const none = await searchArticlesKorean("우주정거장");
    expect(none).toMatchObject({ total: 0, suggestion: null, correctedFrom: null });
  });

  it("the search page shows the suggestion and the corrected results", async () => {
    const { loader } = await import("~/routes/search");
    const data = await loader({ request: getRequest("/search?q=청년내일저축게좌"), params: {}, context: {} });
    expect(data).toMatchObject({
      q: "청년내일저축게좌",
      correctedFrom: "청년내일저축게좌",
      suggestion: "청년내일저축계좌",
    });
    expect(data.hits.length).toBeGreaterThan(0);
  });
});

describe("snippets", () => {
  it("local news snippets show their sentence once", async () => {
    const [hit] = (await searchArticlesKorean("겨울나기")).hits;
    const text = hit!.snippetHtml.replace(/<\/?mark>/g, "");
    expect(text).toBe("광주북구동신지역자활센터에서 따뜻한 겨울나기 바자회를 개최하였습니다.");
  });
});

describe("type-ahead", () => {
  it("suggests hashtags, products and titles for what was typed", async () => {
    const items = await suggest("청년");
    expect(items[0]).toEqual({ kind: "tag", label: "#청년", href: "/search?q=%23%EC%B2%AD%EB%85%84" });
    expect(items).toContainEqual(
      expect.objectContaining({ kind: "article", href: "/news/bukgu-dongsin-youth-challenge" }),
    );
    expect(items.length).toBeLessThanOrEqual(8);
    expect(await suggest("내친구")).toContainEqual(
      expect.objectContaining({ kind: "product", href: "/shop/naechingu-gim-gift-set" }),
    );
  });

  it("matches 초성 and hashtags written with #", async () => {
    expect((await suggest("ㅊㄴ")).map((i) => i.label)).toContain("#청년");
    expect((await suggest("#hacc")).map((i) => i.label)).toContain("#HACCP");
    expect(await suggest("")).toEqual([]);
    expect(await suggest("   ")).toEqual([]);
  });

  it("answers JSON from the resource route", async () => {
    const { loader } = await import("~/routes/search_.suggest");
    const response = await loader({ request: getRequest("/search/suggest?q=맛사"), params: {}, context: {} });
    expect(response.headers.get("Content-Type")).toContain("application/json");
    const { items } = (await response.json()) as { items: { label: string }[] };
    expect(items.map((i) => i.label)).toContain("#맛사랑");
  });

  it("shows new hashtags once the vocabulary is reloaded and never hidden articles' tags", async () => {
    const tag = await prisma.tag.create({ data: { name: "비공개태그" } });
    await prisma.article.create({
      data: {
        slug: "hidden-tagged",
        title: "초안",
        body: "",
        status: "DRAFT",
        tags: { create: { tagId: tag.id } },
      },
    });
    clearSearchVocabulary();
    expect(await suggest("비공개")).toEqual([]);
    expect((await searchArticlesKorean("#비공개태그")).total).toBe(0);
  });
});
