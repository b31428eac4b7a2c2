import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { args, formResult, multipartRequest, redirectedId, settle } from "../support/cms";
import { formRequest, getRequest, sessionCookie, STAFF } from "../support/staff";

// The editors' article CMS, through its route actions against the real database: saving, slugs,
// revisions, publishing and scheduling, and what readers then see.
const UPLOADS = fs.mkdtempSync(path.join(os.tmpdir(), "cms-articles-"));
process.env.UPLOADS_DIR = UPLOADS;

const { prisma } = await import("~/utils/db.server");
const newRoute = await import("~/routes/admin.articles.new");
const editRoute = await import("~/routes/admin.articles.$id._index");
const listRoute = await import("~/routes/admin.articles._index");
const revisionsRoute = await import("~/routes/admin.articles.$id.revisions");
const { getArticle, listForFeed } = await import("~/news/news.server");
const { visibleArticleWhere } = await import("~/news/visibility.server");
const { searchArticles } = await import("~/search/search.server");
const { markdownToText } = await import("~/utils/markdown.server");
const { effectiveStatus } = await import("~/cms/article-states");

afterAll(() => fs.rmSync(UPLOADS, { recursive: true, force: true }));

let editor: string;
let sectionId: string;
beforeAll(async () => {
  editor = await sessionCookie(STAFF.editor);
  sectionId = String((await prisma.section.findUniqueOrThrow({ where: { slug: "local" } })).id);
});

const create = (fields: Record<string, string>) =>
  settle(() => newRoute.action(args(formRequest("/admin/articles/new", fields, editor))));
const post = (id: number, fields: Record<string, string>) =>
  settle(() => editRoute.action(args(formRequest(`/admin/articles/${id}`, fields, editor), { id: String(id) })));
const article = (id: number) =>
  prisma.article.findUniqueOrThrow({ where: { id }, include: { tags: { include: { tag: true } }, revisions: true } });

/** A complete article (everything publishing needs), with `overrides`. */
const complete = (overrides: Record<string, string> = {}) => ({
  title: "서구 김장 나눔 행사",
  summary: "참여주민과 함께 김장 김치 200포기를 담가 이웃에 전했습니다.",
  body: "## 김장 나눔\n\n**200포기**의 김치를 담갔습니다. 김장나눔검증문구",
  sectionId,
  intent: "save",
  ...overrides,
});

describe("writing an article", () => {
  it("creates a draft: romanized slug, bodyText for search, hashtags, KST event time, a revision and an audit record", async () => {
    const seogu = await prisma.center.findUniqueOrThrow({ where: { slug: "seogu" } });
    const reply = await create(
      complete({
        hashtags: "#김장 #나눔, 서구",
        centerId: String(seogu.id),
        eventStartsAt: "2024-01-10T10:00",
        eventEndsAt: "2024-01-10T15:00",
        eventPlace: "서구지역자활센터 2층",
        eventHost: "광주서구지역자활센터",
      }),
    );
    expect(reply.status).toBe(302);
    const id = redirectedId(reply);
    expect(reply.location).toBe(`/admin/articles/${id}?done=save`);
    const saved = await article(id);
    const editorUser = await prisma.user.findUniqueOrThrow({ where: { email: STAFF.editor } });
    expect(saved).toMatchObject({
      slug: "seogu-gimjang-nanum-haengsa",
      status: "DRAFT",
      publishedAt: null,
      centerId: seogu.id,
      authorId: editorUser.id,
      eventPlace: "서구지역자활센터 2층",
    });
    expect(saved.bodyText).toBe(markdownToText(saved.body));
    expect(saved.bodyText).toContain("200포기의 김치를 담갔습니다.");
    expect(saved.tags.map((t) => t.tag.name).sort()).toEqual(["김장", "나눔", "서구"]);
    // 10:00 in Seoul, whatever the server's zone (the tests run in Los Angeles).
    expect(saved.eventStartsAt?.toISOString()).toBe("2024-01-10T01:00:00.000Z");
    expect(saved.eventEndsAt?.toISOString()).toBe("2024-01-10T06:00:00.000Z");
    expect(saved.revisions).toHaveLength(1);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entity: "Article", entityId: String(id) } });
    expect(audit).toMatchObject({ action: "article.create", userId: editorUser.id });
    expect(await getArticle(saved.slug)).toBeNull();
  });

  it("numbers a repeated title's slug, and refuses a typed slug that is taken (in Korean, keeping the text)", async () => {
    const second = await create(complete());
    expect((await article(redirectedId(second))).slug).toBe("seogu-gimjang-nanum-haengsa-2");

    const taken = await create(complete({ slug: "haccp-mou", body: "지우면 안 되는 본문" }));
    expect(taken.status).toBe(400);
    const result = formResult(taken);
    expect(result.error?.slug).toEqual(["이미 다른 기사가 쓰고 있는 주소입니다. 다른 주소를 입력해 주세요."]);
    expect(result.initialValue).toMatchObject({
      slug: "haccp-mou",
      body: "지우면 안 되는 본문",
      title: "서구 김장 나눔 행사",
    });
  });

  it("explains every invalid field in Korean and returns what was typed", async () => {
    const reply = await create({
      title: "  ",
      slug: "Bad Slug!",
      summary: "요약",
      body: "쓰던 본문은 그대로",
      hashtags: "#김장 #<script>",
      eventStartsAt: "2024-01-10T15:00",
      eventEndsAt: "2024-01-10T10:00",
      intent: "save",
    });
    expect(reply.status).toBe(400);
    const { error, initialValue } = formResult(reply);
    expect(error?.title).toEqual(["제목을 입력해 주세요."]);
    expect(error?.slug?.[0]).toContain("영문 소문자, 숫자와 하이픈(-)으로만");
    expect(error?.hashtags?.[0]).toContain("해시태그에는 글자, 숫자, 밑줄(_)만");
    expect(error?.eventEndsAt).toEqual(["끝나는 일시는 시작 일시보다 뒤여야 합니다."]);
    expect(initialValue).toMatchObject({ body: "쓰던 본문은 그대로", hashtags: "#김장 #<script>", slug: "Bad Slug!" });

    const incomplete = await create({ title: "요약 없는 기사", body: "", intent: "publish" });
    expect(incomplete.status).toBe(400);
    expect(formResult(incomplete).error).toMatchObject({
      summary: ["발행하려면 요약을 입력해 주세요."],
      body: ["발행하려면 본문을 입력해 주세요."],
      sectionId: ["발행하려면 섹션을 선택해 주세요."],
    });
    expect(await prisma.article.count({ where: { title: "요약 없는 기사" } })).toBe(0);
  });

  it("answers 미리보기 with the sanitized body and every typed value, saving nothing", async () => {
    const before = await prisma.article.count();
    const reply = await create(
      complete({ title: "미리보기만", body: "**굵게** <script>x()</script>", intent: "preview" }),
    );
    expect(reply.status).toBe(200);
    expect(String(reply.body?.previewHtml).trim()).toBe("<p><strong>굵게</strong> </p>");
    expect(formResult(reply).initialValue).toMatchObject({
      title: "미리보기만",
      body: "**굵게** <script>x()</script>",
    });
    expect(await prisma.article.count()).toBe(before);
  });
});

describe("revisions", () => {
  it("keeps one revision per save, and restoring brings back the old text (and its search text)", async () => {
    const id = redirectedId(await create(complete({ title: "첫 제목", body: "첫 본문 고래" })));
    expect((await post(id, complete({ title: "둘째 제목", body: "둘째 본문 기린", slug: "" }))).status).toBe(302);
    expect((await post(id, complete({ title: "셋째 제목", body: "셋째 본문 사자", slug: "" }))).status).toBe(302);
    expect((await article(id)).revisions.map((r) => r.title).sort()).toEqual(["둘째 제목", "셋째 제목", "첫 제목"]);

    const page = await revisionsRoute.loader(
      args(getRequest(`/admin/articles/${id}/revisions`, editor), { id: String(id) }),
    );
    expect(page.revisions[0]!.title).toBe("셋째 제목");
    const first = page.revisions.find((r) => r.title === "첫 제목")!;
    const restore = await settle(() =>
      revisionsRoute.action(
        args(
          formRequest(`/admin/articles/${id}/revisions`, { intent: "restore", revisionId: String(first.id) }, editor),
          {
            id: String(id),
          },
        ),
      ),
    );
    expect(restore.location).toBe(`/admin/articles/${id}?done=restore`);
    const restored = await article(id);
    expect(restored).toMatchObject({ title: "첫 제목", body: "첫 본문 고래", bodyText: "첫 본문 고래" });
    expect(restored.revisions).toHaveLength(4);
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { entity: "Article", entityId: String(id), action: "article.restore_revision" },
    });
    expect(audit.detail).toContain("첫 제목");
  });
});

describe("publishing", () => {
  it("publishes, freezes the slug, unpublishes out of every reader list, and republishes with the first date", async () => {
    const id = redirectedId(await create(complete({ title: "발행 시험 기사", body: "발행시험고유어 본문" })));
    const { slug } = await article(id);
    expect((await post(id, complete({ title: "발행 시험 기사", slug, intent: "publish" }))).location).toBe(
      `/admin/articles/${id}?done=publish`,
    );
    const published = await article(id);
    expect(published.status).toBe("PUBLISHED");
    expect(await getArticle(slug)).not.toBeNull();
    expect((await searchArticles("김장나눔검증문구")).hits.map((h) => h.slug)).toContain(slug);
    expect((await listForFeed(50)).map((a) => a.slug)).toContain(slug);

    const renamed = await post(id, complete({ title: "발행 시험 기사", slug: "new-address" }));
    expect(renamed.status).toBe(400);
    expect(formResult(renamed).error?.slug?.[0]).toContain("발행된 적이 있는 기사의 주소는 바꿀 수 없습니다");
    expect((await article(id)).slug).toBe(slug);

    expect((await post(id, { intent: "unpublish" })).location).toBe(`/admin/articles/${id}?done=unpublish`);
    expect((await article(id)).status).toBe("UNPUBLISHED");
    expect(await getArticle(slug)).toBeNull();
    expect((await searchArticles("김장나눔검증문구")).hits.map((h) => h.slug)).not.toContain(slug);
    expect((await listForFeed(50)).map((a) => a.slug)).not.toContain(slug);

    // Published twice over: unpublishing again is refused, republishing keeps the original date.
    expect((await post(id, { intent: "unpublish" })).status).toBe(409);
    expect((await post(id, complete({ title: "발행 시험 기사", slug, intent: "publish" }))).status).toBe(302);
    const republished = await article(id);
    expect(republished.status).toBe("PUBLISHED");
    expect(republished.publishedAt).toEqual(published.publishedAt);
    const actions = await prisma.auditLog.findMany({ where: { entity: "Article", entityId: String(id) } });
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(["article.create", "article.update", "article.publish", "article.unpublish"]),
    );
  });

  it("requires alt text before publishing an article with a cover photo", async () => {
    const png = await sharp({ create: { width: 64, height: 36, channels: 3, background: "#0f5257" } })
      .png()
      .toBuffer();
    const file = new File([new Uint8Array(png)], "cover.png", { type: "image/png" });
    const withPhoto = (fields: Record<string, string>) =>
      settle(() =>
        newRoute.action(
          args(multipartRequest("/admin/articles/new", { ...complete(fields), coverImage: file }, editor)),
        ),
      );
    const refused = await withPhoto({ title: "사진 기사", intent: "publish" });
    expect(refused.status).toBe(400);
    expect(formResult(refused).error?.coverAlt).toEqual(["발행하려면 대표 이미지의 대체 텍스트를 입력해 주세요."]);

    const id = redirectedId(await withPhoto({ title: "사진 기사" }));
    const saved = await article(id);
    expect(saved.coverImageId).not.toBeNull();
    const noAlt = await post(id, complete({ title: "사진 기사", slug: saved.slug, intent: "publish" }));
    expect(formResult(noAlt).error?.coverAlt).toEqual(["발행하려면 대표 이미지의 대체 텍스트를 입력해 주세요."]);
    expect((await article(id)).status).toBe("DRAFT");
    const ok = await post(
      id,
      complete({ title: "사진 기사", slug: saved.slug, coverAlt: "김치를 담그는 손", intent: "publish" }),
    );
    expect(ok.status).toBe(302);
    expect(await article(id)).toMatchObject({
      status: "PUBLISHED",
      coverAlt: "김치를 담그는 손",
      coverImageId: saved.coverImageId,
    });
  });
});

describe("scheduling", () => {
  it("keeps a scheduled article from readers until its KST time, then shows it everywhere from that instant", async () => {
    const fields = { title: "예약 기사", body: "예약발행고유어 본문" };
    const id = redirectedId(await create(complete(fields)));
    const { slug } = await article(id);
    const reply = await post(id, complete({ ...fields, slug, publishAt: "2031-03-01T09:00", intent: "schedule" }));
    expect(reply.location).toBe(`/admin/articles/${id}?done=schedule`);
    const scheduled = await article(id);
    expect(scheduled.status).toBe("SCHEDULED");
    expect(scheduled.publishedAt?.toISOString()).toBe("2031-03-01T00:00:00.000Z"); // 09:00 KST

    const at = scheduled.publishedAt!;
    const before = new Date(at.getTime() - 1000);
    const visibleAt = async (now: Date) => ({
      page: (await getArticle(slug, now)) !== null,
      feed: (await listForFeed(100, now)).some((a) => a.slug === slug),
      search: (await searchArticles("예약발행고유어", 1, now)).hits.some((h) => h.slug === slug),
      query: (await prisma.article.count({ where: { AND: [visibleArticleWhere(now), { id }] } })) === 1,
    });
    expect(await visibleAt(before)).toEqual({ page: false, feed: false, search: false, query: false });
    expect(await visibleAt(at)).toEqual({ page: true, feed: true, search: true, query: true });
    expect(effectiveStatus(scheduled, before)).toBe("SCHEDULED");
    expect(effectiveStatus(scheduled, at)).toBe("PUBLISHED");

    const listed = await listRoute.loader(args(getRequest("/admin/articles?status=SCHEDULED", editor)));
    expect(listed.articles.map((a) => a.id)).toEqual([id]);

    expect((await post(id, { intent: "unschedule" })).location).toBe(`/admin/articles/${id}?done=unschedule`);
    expect(await article(id)).toMatchObject({ status: "DRAFT", publishedAt: null });
  });

  it("refuses a time in the past, in Korean", async () => {
    const id = redirectedId(await create(complete({ title: "지난 예약" })));
    const { slug } = await article(id);
    const reply = await post(
      id,
      complete({ title: "지난 예약", slug, publishAt: "2020-01-01T09:00", intent: "schedule" }),
    );
    expect(reply.status).toBe(400);
    expect(formResult(reply).error?.publishAt).toEqual(["예약 발행 일시는 지금보다 뒤여야 합니다."]);
    expect((await article(id)).status).toBe("DRAFT");
  });
});

describe("the article list", () => {
  it("filters by status, section, center and words", async () => {
    const list = (query: string) => listRoute.loader(args(getRequest(`/admin/articles${query}`, editor)));
    const all = await list("");
    expect(all.counts.PUBLISHED).toBeGreaterThanOrEqual(18);
    const drafts = await list("?status=DRAFT");
    expect(drafts.articles.every((a) => a.state === "DRAFT")).toBe(true);
    expect((await list(`?q=${encodeURIComponent("김장나눔검증문구")}&section=${sectionId}`)).total).toBeGreaterThan(0);
    const seogu = await prisma.center.findUniqueOrThrow({ where: { slug: "seogu" } });
    const byCenter = await list(`?center=${seogu.id}`);
    expect(byCenter.articles.length).toBeGreaterThan(0);
    expect(byCenter.articles.every((a) => a.center?.shortName === "서구")).toBe(true);
  });
});
