import { describe, expect, it } from "vitest";
import { searchArticles } from "~/search/search.server";
import { prisma } from "~/utils/db.server";

const slugs = async (q: string) => (await searchArticles(q)).hits.map((h) => h.slug);

describe("Korean search", () => {
  it("finds 3+ character terms through the trigram index", async () => {
    const result = await searchArticles("자활센터");
    expect(result.total).toBeGreaterThanOrEqual(10);
    expect(result.query.ftsTerms).toEqual(["자활센터"]);
    // A title hit outranks body-only hits.
    expect(result.hits[0]!.title).toContain("자활센터");
  });

  it("finds 1–2 character terms such as 청년, 광산, 교육", async () => {
    const youth = await searchArticles("청년");
    expect(youth.query.shortTerms).toEqual(["청년"]);
    const found = youth.hits.map((h) => h.slug);
    expect(found).toEqual(
      expect.arrayContaining(["youth-savings-excellence-2023", "sopung-gil-healing", "bukgu-dongsin-youth-challenge"]),
    );
    expect(youth.total).toBe(found.length);
    expect(youth.hits.every((h) => `${h.titleHtml}${h.snippetHtml}`.includes("<mark>청년</mark>"))).toBe(true);

    expect(await slugs("광산")).toEqual(
      expect.arrayContaining(["gwangsan-humanities-education", "gwangsan-eodeung-welfare-academy"]),
    );
    expect(await slugs("교육")).toEqual(
      expect.arrayContaining(["vision-2030-education", "gwangsan-humanities-education"]),
    );
  });

  it("ranks a title match above body mentions", async () => {
    expect((await slugs("HACCP"))[0]).toBe("haccp-mou");
    expect((await slugs("바자회"))[0]).toBe("bukgu-dongsin-winter-bazaar");
  });

  it("requires every term (mixing FTS and LIKE terms)", async () => {
    const both = await slugs("청년 희망사다리");
    expect(both).toEqual(["youth-savings-excellence-2023"]);
    expect(await slugs("희망사다리 바자회")).toEqual([]);
  });

  it("highlights matches in title and snippet", async () => {
    const [hit] = (await searchArticles("희망사다리")).hits;
    expect(hit!.snippetHtml).toContain("<mark>희망사다리</mark>");
  });

  it.each([
    '"',
    "*",
    "AND",
    "NEAR(",
    "%",
    "'",
    "_",
    "\\",
    'a" OR "b',
    "자활 AND 청년 NOT",
    "NEAR(자활센터 청년, 2)",
    "'); DROP TABLE Article;--",
    "가".repeat(500),
  ])("returns a normal result for %j", async (q) => {
    const result = await searchArticles(q);
    expect(result.total).toBeGreaterThanOrEqual(0);
    expect(Array.isArray(result.hits)).toBe(true);
  });

  it("treats % and _ literally rather than as wildcards", async () => {
    expect((await searchArticles("%")).total).toBe(0);
    expect((await searchArticles("_")).total).toBe(0);
    expect(await prisma.article.count()).toBeGreaterThan(0);
  });

  it("returns nothing for an empty query", async () => {
    expect((await searchArticles("")).total).toBe(0);
    expect((await searchArticles("   ")).hits).toEqual([]);
  });

  it("pages results", async () => {
    const first = await searchArticles("자활", 1);
    const second = await searchArticles("자활", 2);
    expect(first.pageCount).toBeGreaterThan(1);
    expect(first.hits).toHaveLength(10);
    expect(second.hits.map((h) => h.slug)).not.toEqual(expect.arrayContaining([first.hits[0]!.slug]));
  });
});

describe("search index stays in sync and hides what readers may not see", () => {
  const base = { summary: "", bodyText: "", body: "", publishedAt: new Date("2023-12-01T00:00:00Z") };

  it("indexes new articles, updates and deletions through triggers", async () => {
    const article = await prisma.article.create({
      data: { ...base, slug: "sync-test", title: "무지개다리 협동조합 소식", status: "PUBLISHED" },
    });
    expect(await slugs("무지개다리")).toEqual(["sync-test"]);
    await prisma.article.update({ where: { id: article.id }, data: { title: "햇살마루 협동조합 소식" } });
    expect(await slugs("무지개다리")).toEqual([]);
    expect(await slugs("햇살마루")).toEqual(["sync-test"]);
    await prisma.article.delete({ where: { id: article.id } });
    expect(await slugs("햇살마루")).toEqual([]);
  });

  it("finds 1–2 character terms at the very end of a column, and new words the index hasn't seen before", async () => {
    // 뭉게 and 휼 start no trigram anywhere in the seeded text; 뭉게 ends the title, 휼 the body.
    expect((await searchArticles("뭉게")).total).toBe(0);
    await prisma.article.create({
      data: { ...base, slug: "short-end-x", title: "하늘에 뭉게", bodyText: "구휼", status: "PUBLISHED" },
    });
    expect(await slugs("뭉게")).toEqual(["short-end-x"]);
    expect(await slugs("휼")).toEqual(["short-end-x"]);
    expect(await slugs("뭉게 휼")).toEqual(["short-end-x"]);
  });

  it("counts up to SEARCH_CANDIDATES matches, ranking the newest of them", async () => {
    const { SEARCH_CANDIDATES } = await import("~/search/search.server");
    const rows = Array.from({ length: SEARCH_CANDIDATES + 5 }, (_, i) => ({
      ...base,
      slug: `many-x-${i}`,
      title: `반딧불이 ${i}`,
      status: "PUBLISHED" as const,
      publishedAt: new Date(Date.UTC(2020, 0, 1) + i * 86_400_000),
    }));
    await prisma.article.createMany({ data: rows });
    const result = await searchArticles("반딧불이");
    expect(result.total).toBe(SEARCH_CANDIDATES);
    expect(result.totalCapped).toBe(true);
    expect(result.pageCount).toBe(SEARCH_CANDIDATES / 10);
    expect(result.hits[0]!.slug).toBe(`many-x-${SEARCH_CANDIDATES + 4}`);
    const few = await searchArticles("반딧불이 0");
    expect(few.totalCapped).toBe(false);
    await prisma.article.deleteMany({ where: { slug: { startsWith: "many-x-" } } });
  });

  it("never shows drafts, articles under review, unpublished ones or future schedules", async () => {
    const now = new Date("2024-01-01T00:00:00Z");
    for (const [slug, status, publishedAt] of [
      ["draft-x", "DRAFT", null],
      ["review-x", "REVIEW", null],
      ["unpublished-x", "UNPUBLISHED", new Date("2023-12-01T00:00:00Z")],
      ["scheduled-future-x", "SCHEDULED", new Date("2024-01-02T00:00:00Z")],
    ] as const) {
      await prisma.article.create({ data: { ...base, slug, title: `비공개기사 ${slug}`, status, publishedAt } });
    }
    expect((await searchArticles("비공개기사", 1, now)).hits).toEqual([]);
    // Once its time comes, the scheduled article appears by itself.
    const later = await searchArticles("비공개기사", 1, new Date("2024-01-02T00:00:01Z"));
    expect(later.hits.map((h) => h.slug)).toEqual(["scheduled-future-x"]);
  });

  it("hides articles of an unpublished 월호", async () => {
    const issue = await prisma.issue.create({ data: { key: "2024-01", title: "2024년 1월호", status: "DRAFT" } });
    await prisma.article.create({
      data: { ...base, slug: "next-issue-x", title: "새해준비호 기사", status: "PUBLISHED", issueId: issue.id },
    });
    expect(await slugs("새해준비호")).toEqual([]);
    await prisma.issue.update({ where: { id: issue.id }, data: { status: "PUBLISHED" } });
    expect(await slugs("새해준비호")).toEqual(["next-issue-x"]);
  });
});

describe("product search", () => {
  it("finds 소소드림 products by 3+ and 1–2 character terms, only visible ones", async () => {
    const { searchProducts } = await import("~/search/search.server");
    expect((await searchProducts("내친구김")).map((p) => p.slug)).toHaveLength(4);
    expect((await searchProducts("김자반")).map((p) => p.slug)).toEqual(["naechingu-gim-jaban"]);
    const short = await searchProducts("선물");
    expect(short.map((p) => p.slug)).toEqual(["naechingu-gim-gift-set"]);
    expect(short[0]!.nameHtml).toContain("<mark>선물</mark>");
    await prisma.product.update({ where: { slug: "naechingu-gim-jaban" }, data: { visible: false } });
    expect(await searchProducts("김자반")).toEqual([]);
    expect(await searchProducts('"')).toEqual([]);
  });
});
