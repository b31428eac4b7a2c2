import { describe, expect, it } from "vitest";
import {
  getArticle,
  getIssue,
  getIssueNeighbours,
  getRelatedArticles,
  listForFeed,
  listIssues,
  listNews,
  listTagNews,
  NEWS_PAGE_SIZE,
} from "~/news/news.server";
import { prisma } from "~/utils/db.server";

describe("news queries", () => {
  it("pages /news newest first", async () => {
    const first = await listNews(1);
    expect(first.total).toBe(18);
    expect(first.articles).toHaveLength(NEWS_PAGE_SIZE);
    expect(first.pageCount).toBe(2);
    const second = await listNews(2);
    expect(second.articles).toHaveLength(18 - NEWS_PAGE_SIZE);
    const dates = [...first.articles, ...second.articles].map((a) => a.publishedAt.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it("dates an article's last change by its newest revision after publication, not by earlier drafts", async () => {
    const slug = "case-management-report-2023";
    const before = (await getArticle(slug))!;
    expect(before.modifiedAt).toEqual(before.publishedAt);
    const revision = (at: Date) =>
      prisma.articleRevision.create({
        data: { articleId: before.id, title: before.title, summary: before.summary, body: "수정", createdAt: at },
      });
    // A draft saved before publication is not a change readers saw.
    await revision(new Date(before.publishedAt.getTime() - 86_400_000));
    expect((await getArticle(slug))!.modifiedAt).toEqual(before.publishedAt);
    const edited = new Date(before.publishedAt.getTime() + 3 * 86_400_000);
    await revision(edited);
    await revision(new Date(before.publishedAt.getTime() + 86_400_000));
    expect((await getArticle(slug))!.modifiedAt).toEqual(edited);
  });

  it("links an article to its neighbours in reading order", async () => {
    const cover = (await getArticle("youth-savings-excellence-2023"))!;
    const { previous, next } = await getIssueNeighbours(cover);
    expect(previous).toBeNull();
    expect(next?.slug).toBe("social-value-matching-day-2023");
    const lastRegional = (await getArticle("asset-fund-facility-monitoring"))!;
    expect((await getIssueNeighbours(lastRegional)).next?.slug).toBe("gwangsan-humanities-education");
  });

  it("relates articles that share hashtags first", async () => {
    const cover = (await getArticle("youth-savings-excellence-2023"))!;
    const related = await getRelatedArticles(cover);
    expect(related).toHaveLength(3);
    expect(related[0]!.slug).toBe("sopung-gil-healing");
    expect(related.map((a) => a.slug)).not.toContain(cover.slug);
  });

  it("lists a hashtag's articles", async () => {
    const haccp = await listTagNews("HACCP", 1);
    expect(haccp.articles.map((a) => a.slug)).toEqual(["haccp-mou"]);
  });

  it("keeps drafts and future schedules out of every reader list and the feed", async () => {
    const draft = await prisma.article.create({
      data: {
        slug: "secret-draft",
        title: "초안",
        body: "",
        status: "DRAFT",
        tags: { create: { tag: { connect: { name: "HACCP" } } } },
      },
    });
    const future = await prisma.article.create({
      data: {
        slug: "future",
        title: "예약",
        body: "",
        status: "SCHEDULED",
        publishedAt: new Date(Date.now() + 86_400_000),
      },
    });
    expect(await getArticle("secret-draft")).toBeNull();
    expect(await getArticle("future")).toBeNull();
    expect((await listNews(1)).total).toBe(18);
    expect((await listTagNews("HACCP", 1)).total).toBe(1);
    expect((await listForFeed(100)).map((a) => a.slug)).not.toEqual(expect.arrayContaining(["secret-draft"]));
    await prisma.article.deleteMany({ where: { id: { in: [draft.id, future.id] } } });
  });

  it("hides an unpublished 월호 and its articles", async () => {
    await prisma.issue.create({ data: { key: "2099-01", title: "2099년 1월호", status: "DRAFT" } });
    expect(await getIssue("2099-01")).toBeNull();
    expect((await listIssues()).map((i) => i.key)).toEqual(["2023-12"]);
  });
});
