import { beforeAll, describe, expect, it } from "vitest";
import { settle } from "../support/route-results";
import { formRequest, getRequest, sessionCookie, STAFF } from "../support/staff";

const { prisma } = await import("~/utils/db.server");
const home = await import("~/routes/_index");
const createIssue = await import("~/routes/admin.issues.new");
const editIssue = await import("~/routes/admin.issues.$key");
const centerPage = await import("~/routes/centers.$slug");
const centerList = await import("~/routes/centers._index");

const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} });
const DECEMBER_ARTICLES = 18;

describe("the regional center's page", () => {
  it("lists the articles the regional center publishes (its 광역자활센터 소식 section)", async () => {
    const page = await centerPage.loader(args(getRequest("/centers/gwangju"), { slug: "gwangju" }));
    const regional = await prisma.article.count({ where: { section: { slug: "regional" } } });
    expect(regional).toBe(12);
    expect(page.news.total).toBe(regional);
    expect(page.news.articles[0]!.section?.slug).toBe("regional");
    const list = await centerList.loader();
    expect(list.centers.find((c) => c.slug === "gwangju")?.articleCount).toBe(regional);
    // A local center keeps its own count.
    expect(list.centers.find((c) => c.slug === "gwangsan")?.articleCount).toBe(1);
  });
});

describe("the home page after a thin 월호 is published", () => {
  let editor: string;
  beforeAll(async () => {
    editor = await sessionCookie(STAFF.editor);
    const seogu = await prisma.center.findUniqueOrThrow({ where: { slug: "seogu" } });
    const local = await prisma.section.findUniqueOrThrow({ where: { slug: "local" } });
    // A 서구 story published on its own, outside any 월호, a minute before the new issue.
    await prisma.article.create({
      data: {
        slug: "seogu-standalone-news",
        title: "서구센터 새해 나눔 장터",
        body: "서구지역자활센터가 새해 나눔 장터를 엽니다.",
        bodyText: "서구지역자활센터가 새해 나눔 장터를 엽니다.",
        status: "PUBLISHED",
        publishedAt: new Date(Date.now() - 60_000),
        centerId: seogu.id,
        sectionId: local.id,
      },
    });
  });

  it("keeps the December articles and the standalone story beside the one new cover story", async () => {
    const created = await settle(() =>
      createIssue.action(
        args(formRequest("/admin/issues/new", { key: "2024-01", title: "2024년 1월호", tagline: "새해" }, editor)),
      ),
    );
    expect(created.status).toBe(302);
    const issue = await prisma.issue.findUniqueOrThrow({ where: { key: "2024-01" } });
    const regional = await prisma.section.findUniqueOrThrow({ where: { slug: "regional" } });
    await prisma.article.create({
      data: {
        slug: "jan-only-story",
        title: "2024년 새해 인사",
        body: "새해 복 많이 받으세요.",
        bodyText: "새해 복 많이 받으세요.",
        status: "PUBLISHED",
        issueId: issue.id,
        sectionId: regional.id,
      },
    });
    const published = await settle(() =>
      editIssue.action(args(formRequest("/admin/issues/2024-01", { intent: "publish" }, editor), { key: "2024-01" })),
    );
    expect(published.location).toBe("/admin/issues/2024-01?notice=published");

    const page = await home.loader();
    expect(page.issue?.key).toBe("2024-01");
    expect(page.issue?.cover?.slug).toBe("jan-only-story");
    expect(page.standalone.map((a) => a.slug)).toContain("seogu-standalone-news");
    expect(page.previous?.key).toBe("2023-12");
    const december = page.previous!.sections.flatMap((s) => s.articles.map((a) => a.slug));
    expect(december).toHaveLength(DECEMBER_ARTICLES);
    expect(december).toContain("youth-savings-excellence-2023");
  });
});
