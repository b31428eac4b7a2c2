import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ArticleStatus } from "~/cms/article-states";
import { settle } from "../support/route-results";
import { formRequest, getRequest, sessionCookie, STAFF } from "../support/staff";

const UPLOADS = fs.mkdtempSync(path.join(os.tmpdir(), "issues-admin-"));
process.env.UPLOADS_DIR = UPLOADS;

const { prisma } = await import("~/utils/db.server");
const list = await import("~/routes/admin.issues._index");
const create = await import("~/routes/admin.issues.new");
const edit = await import("~/routes/admin.issues.$key");
const home = await import("~/routes/_index");
const issuePage = await import("~/routes/issues.$key");
const archive = await import("~/routes/issues._index");
const feed = await import("~/routes/feed[.]xml");
const { getArticle } = await import("~/news/news.server");
const { searchArticles } = await import("~/search/search.server");

afterAll(() => fs.rmSync(UPLOADS, { recursive: true, force: true }));

const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} });
const editAction = (key: string, fields: Record<string, string>, cookie: string) =>
  settle(() => edit.action(args(formRequest(`/admin/issues/${key}`, fields, cookie), { key })));

let editor: string;
let admin: string;
let staff: string;
beforeAll(async () => {
  [editor, admin, staff] = await Promise.all([
    sessionCookie(STAFF.editor),
    sessionCookie(STAFF.admin),
    sessionCookie(STAFF.seogu),
  ]);
});

describe("permissions", () => {
  const pages = [
    { path: "/admin/issues", run: (r: Request) => list.loader(args(r)) },
    { path: "/admin/issues/new", run: (r: Request) => create.loader(args(r)) },
    { path: "/admin/issues/2023-12", run: (r: Request) => edit.loader(args(r, { key: "2023-12" })) },
  ];

  it.each(pages)("$path: anonymous → login, center staff → 403, editor and admin → 200", async ({ path, run }) => {
    const anonymous = await settle(() => run(getRequest(path)));
    expect(anonymous.status).toBe(302);
    expect(anonymous.location).toBe(`/login?redirectTo=${encodeURIComponent(path)}`);
    expect((await settle(() => run(getRequest(path, staff)))).status).toBe(403);
    for (const cookie of [editor, admin]) expect((await settle(() => run(getRequest(path, cookie)))).status).toBe(200);
  });

  it("refuses every action to anonymous visitors and center staff, changing nothing", async () => {
    const posts = [
      () => create.action(args(formRequest("/admin/issues/new", { key: "2030-01", title: "x" }))),
      () => create.action(args(formRequest("/admin/issues/new", { key: "2030-01", title: "x" }, staff))),
      () => edit.action(args(formRequest("/admin/issues/2023-12", { intent: "unpublish" }), { key: "2023-12" })),
      () => edit.action(args(formRequest("/admin/issues/2023-12", { intent: "unpublish" }, staff), { key: "2023-12" })),
    ];
    const statuses = [];
    for (const post of posts) statuses.push((await settle(post)).status);
    expect(statuses).toEqual([302, 403, 302, 403]);
    expect(await prisma.issue.findUnique({ where: { key: "2030-01" } })).toBeNull();
    expect((await prisma.issue.findUniqueOrThrow({ where: { key: "2023-12" } })).status).toBe("PUBLISHED");
  });
});

describe("creating a 월호", () => {
  const post = (fields: Record<string, string>) =>
    settle(() => create.action(args(formRequest("/admin/issues/new", fields, editor))));

  it("suggests the month after the newest issue", async () => {
    const page = await create.loader(args(getRequest("/admin/issues/new", editor)));
    expect(page.defaults).toEqual({ key: "2024-01", title: "2024년 1월호", tagline: "" });
  });

  it("explains bad input in Korean and keeps what was typed", async () => {
    const bad = await post({ key: "2024-1", title: "", tagline: "새해 첫 호" });
    expect(bad.status).toBe(400);
    const error = bad.body?.error as Record<string, string[]>;
    expect(error.key).toEqual(["월호 번호는 2024-01처럼 연도 4자리, 하이픈, 월 2자리로 입력해 주세요."]);
    expect(error.title?.[0]).toContain("월호 이름을 입력해 주세요");
    expect(bad.body?.initialValue).toMatchObject({ key: "2024-1", tagline: "새해 첫 호" });

    const taken = await post({ key: "2023-12", title: "중복" });
    expect(taken.status).toBe(400);
    expect((taken.body?.error as Record<string, string[]>).key).toEqual([
      "2023-12 월호가 이미 있습니다. 다른 번호를 입력해 주세요.",
    ]);
  });

  it("creates a draft issue, audited, and opens it", async () => {
    const created = await post({ key: "2024-01", title: "2024년 1월호", tagline: "새해에도 함께" });
    expect(created.status).toBe(302);
    expect(created.location).toBe("/admin/issues/2024-01?notice=created");
    const issue = await prisma.issue.findUniqueOrThrow({ where: { key: "2024-01" } });
    expect(issue).toMatchObject({
      status: "DRAFT",
      title: "2024년 1월호",
      tagline: "새해에도 함께",
      publishedAt: null,
    });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entity: "Issue", entityId: String(issue.id) } });
    expect(audit.action).toBe("issue.create");
    const listed = await list.loader(args(getRequest("/admin/issues", editor)));
    expect(listed.issues[0]).toMatchObject({ key: "2024-01", status: "DRAFT", articleCount: 0 });
  });
});

describe("editing, ordering and publishing 2024년 1월호", () => {
  const DAY = 86_400_000;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    const issue = await prisma.issue.findUniqueOrThrow({ where: { key: "2024-01" } });
    const regional = await prisma.section.findUniqueOrThrow({ where: { slug: "regional" } });
    const now = Date.now();
    const articles: { slug: string; status: ArticleStatus; publishedAt: Date | null }[] = [
      { slug: "jan-first", status: "PUBLISHED", publishedAt: null },
      { slug: "jan-second", status: "PUBLISHED", publishedAt: new Date(now + 3 * DAY) },
      { slug: "jan-third", status: "PUBLISHED", publishedAt: null },
      { slug: "jan-scheduled", status: "SCHEDULED", publishedAt: new Date(now + 2 * DAY) },
      { slug: "jan-draft", status: "DRAFT", publishedAt: null },
    ];
    for (const [i, a] of articles.entries()) {
      const row = await prisma.article.create({
        data: {
          ...a,
          title: `1월호 기사 ${a.slug} 새해맞이`,
          body: "새해맞이 나눔 행사 소식입니다.",
          bodyText: "새해맞이 나눔 행사 소식입니다.",
          issueId: issue.id,
          sectionId: regional.id,
          position: i + 1,
        },
      });
      ids[a.slug] = row.id;
    }
  });

  const order = async () => {
    const page = await edit.loader(args(getRequest("/admin/issues/2024-01", editor), { key: "2024-01" }));
    return page.issue.groups[0]!.articles.map((a) => a.slug);
  };

  it("moves an article down and up within its section, with no-JS redirects back to it", async () => {
    const moved = await editAction("2024-01", { intent: "move-down", articleId: String(ids["jan-first"]) }, editor);
    expect(moved.location).toBe(`/admin/issues/2024-01#article-${ids["jan-first"]}`);
    expect((await order()).slice(0, 3)).toEqual(["jan-second", "jan-first", "jan-third"]);
    await editAction("2024-01", { intent: "move-up", articleId: String(ids["jan-third"]) }, admin);
    expect((await order()).slice(0, 3)).toEqual(["jan-second", "jan-third", "jan-first"]);
    // The first can't go further up; an article of another issue is refused.
    await editAction("2024-01", { intent: "move-up", articleId: String(ids["jan-second"]) }, editor);
    expect((await order())[0]).toBe("jan-second");
    const seeded = await prisma.article.findFirstOrThrow({ where: { issue: { key: "2023-12" } } });
    expect((await editAction("2024-01", { intent: "move-up", articleId: String(seeded.id) }, editor)).status).toBe(400);
    // Two real moves; the no-op and the refusal leave no record.
    expect(await prisma.auditLog.count({ where: { action: "issue.reorder" } })).toBe(2);
  });

  it("chooses the cover story only among the issue's articles", async () => {
    const seeded = await prisma.article.findFirstOrThrow({ where: { issue: { key: "2023-12" } } });
    const refused = await editAction("2024-01", { intent: "cover-article", coverArticleId: String(seeded.id) }, editor);
    expect(refused.status).toBe(400);
    expect(refused.body?.message).toBe("이 월호에 실린 기사 중에서 골라 주세요.");
    const chosen = await editAction(
      "2024-01",
      { intent: "cover-article", coverArticleId: String(ids["jan-third"]) },
      editor,
    );
    expect(chosen.location).toBe("/admin/issues/2024-01?notice=cover-article");
  });

  it("uploads a cover photo with its description, refusing non-images in Korean", async () => {
    const post = (file: File, alt: string) => {
      const body = new FormData();
      body.set("intent", "cover-image");
      body.set("alt", alt);
      body.set("image", file);
      const request = new Request("http://localhost/admin/issues/2024-01", {
        method: "POST",
        body,
        headers: { Cookie: editor },
      });
      return settle(() => edit.action(args(request, { key: "2024-01" })));
    };
    const text = await post(new File(["not an image"], "cover.jpg", { type: "image/jpeg" }), "표지");
    expect(text.status).toBe(400);
    expect((text.body?.result as { error: Record<string, string[]> }).error.image).toEqual([
      "JPEG, PNG, WebP 이미지만 올릴 수 있습니다.",
    ]);
    const jpeg = await sharp({ create: { width: 1600, height: 900, channels: 3, background: "#0f6b70" } })
      .jpeg()
      .toBuffer();
    const noAlt = await post(new File([new Uint8Array(jpeg)], "cover.jpg", { type: "image/jpeg" }), "");
    expect((noAlt.body?.result as { error: Record<string, string[]> }).error.alt?.[0]).toContain("대체 텍스트");
    const saved = await post(new File([new Uint8Array(jpeg)], "cover.jpg", { type: "image/jpeg" }), "새해 해돋이");
    expect(saved.location).toBe("/admin/issues/2024-01?notice=cover-image");
    const issue = await prisma.issue.findUniqueOrThrow({ where: { key: "2024-01" }, include: { coverImage: true } });
    expect(issue.coverImage).toMatchObject({ alt: "새해 해돋이", width: 1600 });
  });

  it("refuses to publish while nothing would appear", async () => {
    await prisma.issue.create({ data: { key: "2024-02", title: "2024년 2월호" } });
    const refused = await editAction("2024-02", { intent: "publish" }, editor);
    expect(refused.status).toBe(400);
    expect(refused.body?.message).toContain("함께 공개할 기사가 없습니다");
    expect((await prisma.issue.findUniqueOrThrow({ where: { key: "2024-02" } })).status).toBe("DRAFT");
  });

  it("keeps the issue and all its articles hidden until it is published", async () => {
    expect((await home.loader()).issue?.key).toBe("2023-12");
    expect(await getArticle("jan-first")).toBeNull();
    expect((await settle(() => issuePage.loader(args(getRequest("/issues/2024-01"), { key: "2024-01" })))).status).toBe(
      404,
    );
    expect((await archive.loader()).issues.map((i) => i.key)).not.toContain("2024-01");
  });

  it("publishes: its published articles appear together, in the chosen order, with the cover", async () => {
    const before = Date.now();
    const published = await editAction("2024-01", { intent: "publish" }, editor);
    expect(published.location).toBe("/admin/issues/2024-01?notice=published");
    const issue = await prisma.issue.findUniqueOrThrow({ where: { key: "2024-01" } });
    expect(issue.status).toBe("PUBLISHED");
    expect(issue.publishedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);

    const page = await home.loader();
    expect(page.issue?.key).toBe("2024-01");
    expect(page.issue?.cover?.slug).toBe("jan-third");
    expect(page.issue?.coverImage?.srcSet).toMatch(/\/uploads\/images\/\S+-320w\.webp 320w/);
    expect(page.issue?.ogImage).toMatch(/^\/uploads\/images\/\S+\.jpg$/);
    const slugs = page.issue!.sections.flatMap((s) => s.articles.map((a) => a.slug));
    expect(slugs).toEqual(["jan-second", "jan-third", "jan-first"]);

    // The one dated after the issue now carries the issue's time; none trails it.
    for (const slug of ["jan-first", "jan-second", "jan-third"]) {
      expect((await getArticle(slug))?.publishedAt.getTime()).toBe(issue.publishedAt!.getTime());
    }
    expect(await getArticle("jan-scheduled")).toBeNull();
    expect(await getArticle("jan-draft")).toBeNull();
    const toc = await issuePage.loader(args(getRequest("/issues/2024-01"), { key: "2024-01" }));
    expect(toc.issue.sections.flatMap((s) => s.articles.map((a) => a.slug))).toEqual(slugs);
    expect((await archive.loader()).issues[0]).toMatchObject({ key: "2024-01", articleCount: 3 });
    const xml = await (await feed.loader()).text();
    expect(xml).toContain("1월호 기사 jan-first 새해맞이");
    expect(xml).not.toContain("jan-draft");
    const found = await searchArticles("새해맞이");
    expect(found.hits.map((h) => h.slug).sort()).toEqual(["jan-first", "jan-second", "jan-third"]);

    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "issue.publish" } });
    expect(audit.detail).toBe(
      "2024년 1월호 발행: 기사 3건 공개, 발행일 맞춤 3건, 예약 1건은 예약 시각에 공개, 미발행 1건 제외",
    );
  });

  it("lets a scheduled article of the published issue appear at its own time", async () => {
    const scheduled = await prisma.article.findUniqueOrThrow({ where: { id: ids["jan-scheduled"] } });
    const { searchArticles: search } = await import("~/search/search.server");
    const later = new Date(scheduled.publishedAt!.getTime() + 1000);
    expect((await search("새해맞이", 1, later)).hits.map((h) => h.slug)).toContain("jan-scheduled");
  });

  it("fixes the key once published, and unpublishing hides the issue and its articles again", async () => {
    const renamed = await editAction(
      "2024-01",
      { intent: "details", key: "2024-09", title: "2024년 1월호 (새해)" },
      editor,
    );
    expect(renamed.location).toBe("/admin/issues/2024-01?notice=details");
    expect((await prisma.issue.findUniqueOrThrow({ where: { key: "2024-01" } })).title).toBe("2024년 1월호 (새해)");

    expect((await editAction("2024-01", { intent: "unpublish" }, admin)).location).toBe(
      "/admin/issues/2024-01?notice=unpublished",
    );
    expect((await home.loader()).issue?.key).toBe("2023-12");
    expect(await getArticle("jan-first")).toBeNull();
    expect((await feed.loader().then((r) => r.text())).includes("jan-first")).toBe(false);
    expect((await searchArticles("새해맞이")).hits).toEqual([]);
    const actions = await prisma.auditLog.findMany({ where: { entity: "Issue" }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        "issue.publish",
        "issue.unpublish",
        "issue.update",
        "issue.cover-image",
        "issue.cover-article",
      ]),
    );
  });

  it("lets a draft issue change its key, refusing one that is taken", async () => {
    const taken = await editAction("2024-02", { intent: "details", key: "2023-12", title: "2월호" }, editor);
    expect((taken.body?.result as { error: Record<string, string[]> }).error.key?.[0]).toContain("이미 있습니다");
    const moved = await editAction("2024-02", { intent: "details", key: "2024-03", title: "2024년 3월호" }, editor);
    expect(moved.location).toBe("/admin/issues/2024-03?notice=details");
  });
});
