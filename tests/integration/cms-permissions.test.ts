import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, afterAll, describe, expect, it } from "vitest";
import { args, formResult, redirectedId, settle } from "../support/cms";
import { formRequest, getRequest, sessionCookie, STAFF } from "../support/staff";

// Who may do what with articles: every article route and action, for every kind of visitor.
const UPLOADS = fs.mkdtempSync(path.join(os.tmpdir(), "cms-permissions-"));
process.env.UPLOADS_DIR = UPLOADS;

const { prisma } = await import("~/utils/db.server");
const adminList = await import("~/routes/admin.articles._index");
const adminNew = await import("~/routes/admin.articles.new");
const adminEdit = await import("~/routes/admin.articles.$id._index");
const adminRevisions = await import("~/routes/admin.articles.$id.revisions");
const adminPreview = await import("~/routes/admin_.articles.$id.preview");
const centerList = await import("~/routes/center.articles._index");
const centerNew = await import("~/routes/center.articles.new");
const centerEdit = await import("~/routes/center.articles.$id");
const centerPreview = await import("~/routes/center_.articles.$id.preview");
const markdownPreview = await import("~/routes/cms.markdown-preview");
const { getArticle } = await import("~/news/news.server");

afterAll(() => fs.rmSync(UPLOADS, { recursive: true, force: true }));

let editor: string;
let admin: string;
let seoguStaff: string;
let gwangsanStaff: string;
let seoguId: number;
let gwangsanId: number;
let localSectionId: number;
let seededId: number;
beforeAll(async () => {
  [editor, admin, seoguStaff, gwangsanStaff] = await Promise.all([
    sessionCookie(STAFF.editor),
    sessionCookie(STAFF.admin),
    sessionCookie(STAFF.seogu),
    sessionCookie(STAFF.gwangsan),
  ]);
  seoguId = (await prisma.center.findUniqueOrThrow({ where: { slug: "seogu" } })).id;
  gwangsanId = (await prisma.center.findUniqueOrThrow({ where: { slug: "gwangsan" } })).id;
  localSectionId = (await prisma.section.findUniqueOrThrow({ where: { slug: "local" } })).id;
  seededId = (await prisma.article.findUniqueOrThrow({ where: { slug: "haccp-mou" } })).id;
});

const draft = (overrides: Record<string, string> = {}) => ({
  title: "서구 어르신 반찬 나눔",
  summary: "참여주민들이 만든 반찬을 홀몸 어르신 30가구에 전했습니다.",
  body: "서구지역자활센터 참여주민들이 반찬을 만들었습니다.",
  hashtags: "#반찬 #나눔",
  intent: "save",
  ...overrides,
});
const centerPost = (id: number, fields: Record<string, string>, cookie = seoguStaff) =>
  settle(() => centerEdit.action(args(formRequest(`/center/articles/${id}`, fields, cookie), { id: String(id) })));
const adminPost = (id: number, fields: Record<string, string>, cookie = editor) =>
  settle(() => adminEdit.action(args(formRequest(`/admin/articles/${id}`, fields, cookie), { id: String(id) })));

describe("admin article routes", () => {
  const id = () => String(seededId);
  const loaders = [
    { path: "/admin/articles", run: (r: Request) => adminList.loader(args(r)) },
    { path: "/admin/articles/new", run: (r: Request) => adminNew.loader(args(r)) },
    { path: "/admin/articles/:id", run: (r: Request) => adminEdit.loader(args(r, { id: id() })) },
    { path: "/admin/articles/:id/revisions", run: (r: Request) => adminRevisions.loader(args(r, { id: id() })) },
    { path: "/admin/articles/:id/preview", run: (r: Request) => adminPreview.loader(args(r, { id: id() })) },
  ];

  it.each(loaders)(
    "GET $path: anonymous → login, center staff → 403, editor and admin → 200",
    async ({ path, run }) => {
      const url = path.replace(":id", id());
      const anonymous = await settle(() => run(getRequest(url)));
      expect(anonymous.status).toBe(302);
      expect(anonymous.location).toBe(`/login?redirectTo=${encodeURIComponent(url)}`);
      expect((await settle(() => run(getRequest(url, seoguStaff)))).status).toBe(403);
      for (const cookie of [editor, admin]) expect((await settle(() => run(getRequest(url, cookie)))).status).toBe(200);
    },
  );

  it("refuses every admin action to anonymous visitors and center staff, changing nothing", async () => {
    const before = await prisma.article.findUniqueOrThrow({ where: { id: seededId } });
    const count = await prisma.article.count();
    const attempts: [string, (cookie: string | null) => Promise<unknown>][] = [
      ["create", (c) => adminNew.action(args(formRequest("/admin/articles/new", draft({ intent: "publish" }), c)))],
      ["save", (c) => adminEdit.action(args(formRequest(`/admin/articles/${id()}`, draft(), c), { id: id() }))],
      ["unpublish", (c) => adminEdit.action(args(formRequest("/x", { intent: "unpublish" }, c), { id: id() }))],
      [
        "request changes",
        (c) =>
          adminEdit.action(args(formRequest("/x", { intent: "requestChanges", reviewNote: "x" }, c), { id: id() })),
      ],
      [
        "restore",
        (c) => adminRevisions.action(args(formRequest("/x", { intent: "restore", revisionId: "1" }, c), { id: id() })),
      ],
    ];
    for (const [name, attempt] of attempts) {
      expect((await settle(() => attempt(null))).status, `${name} anonymous`).toBe(302);
      expect((await settle(() => attempt(seoguStaff))).status, `${name} center staff`).toBe(403);
    }
    expect(await prisma.article.count()).toBe(count);
    expect(await prisma.article.findUniqueOrThrow({ where: { id: seededId } })).toEqual(before);
  });
});

describe("center article routes", () => {
  it.each([
    { path: "/center/articles", run: (r: Request) => centerList.loader(args(r)) },
    { path: "/center/articles/new", run: (r: Request) => centerNew.loader(args(r)) },
  ])("GET $path: anonymous → login, editors → 403, center staff → 200", async ({ path, run }) => {
    const anonymous = await settle(() => run(getRequest(path)));
    expect(anonymous.location).toBe(`/login?redirectTo=${encodeURIComponent(path)}`);
    for (const cookie of [editor, admin]) expect((await settle(() => run(getRequest(path, cookie)))).status).toBe(403);
    expect((await settle(() => run(getRequest(path, seoguStaff)))).status).toBe(200);
  });

  it("refuses the staff actions and the live preview to anonymous visitors", async () => {
    const posts = [
      () => centerNew.action(args(formRequest("/center/articles/new", draft()))),
      () => centerEdit.action(args(formRequest(`/center/articles/${seededId}`, draft()), { id: String(seededId) })),
      () => markdownPreview.action(args(formRequest("/cms/markdown-preview", { body: "x" }))),
      () => centerPreview.loader(args(getRequest(`/center/articles/${seededId}/preview`), { id: String(seededId) })),
    ];
    for (const run of posts) expect((await settle(run)).location).toMatch(/^\/login\?redirectTo=/);
    expect(
      (await settle(() => centerNew.action(args(formRequest("/center/articles/new", draft(), editor))))).status,
    ).toBe(403);
  });
});

describe("center staff write for their own center only", () => {
  let articleId: number;

  it("binds a new draft to the session's center and the local section, whatever the form says", async () => {
    const regional = await prisma.section.findUniqueOrThrow({ where: { slug: "regional" } });
    const issue = await prisma.issue.findUniqueOrThrow({ where: { key: "2023-12" } });
    const forged = draft({
      centerId: String(gwangsanId),
      sectionId: String(regional.id),
      issueId: String(issue.id),
      slug: "forged-slug",
      status: "PUBLISHED",
      authorId: "1",
    });
    const reply = await settle(() => centerNew.action(args(formRequest("/center/articles/new", forged, seoguStaff))));
    expect(reply.status).toBe(302);
    articleId = redirectedId(reply);
    const staff = await prisma.user.findUniqueOrThrow({ where: { email: STAFF.seogu } });
    expect(await prisma.article.findUniqueOrThrow({ where: { id: articleId } })).toMatchObject({
      centerId: seoguId,
      sectionId: localSectionId,
      issueId: null,
      status: "DRAFT",
      authorId: staff.id,
      slug: "seogu-eoreusin-banchan-nanum",
    });
  });

  it("can never publish or schedule: those intents are refused and nothing changes", async () => {
    for (const intent of ["publish", "schedule"]) {
      const reply = await centerPost(articleId, draft({ intent, publishAt: "2031-01-01T09:00" }));
      expect(reply.status).toBe(400);
    }
    const created = await settle(() =>
      centerNew.action(
        args(formRequest("/center/articles/new", draft({ title: "몰래 발행", intent: "publish" }), seoguStaff)),
      ),
    );
    expect(created.status).toBe(400);
    expect(await prisma.article.count({ where: { title: "몰래 발행" } })).toBe(0);
    expect((await prisma.article.findUniqueOrThrow({ where: { id: articleId } })).status).toBe("DRAFT");
  });

  it("finds another center's articles missing: no view, preview, edit or submit (forged ids change nothing)", async () => {
    const theirs = await prisma.article.findFirstOrThrow({ where: { center: { slug: "gwangsan" } } });
    const id = String(theirs.id);
    expect(
      (await settle(() => centerEdit.loader(args(getRequest(`/center/articles/${id}`, seoguStaff), { id })))).status,
    ).toBe(404);
    expect((await settle(() => centerPreview.loader(args(getRequest("/x", seoguStaff), { id })))).status).toBe(404);
    for (const intent of ["save", "submit", "preview"]) {
      expect((await centerPost(theirs.id, draft({ intent, title: "가로채기" }))).status).toBe(404);
    }
    expect(await prisma.article.findUniqueOrThrow({ where: { id: theirs.id } })).toEqual(theirs);
    // …and the 광산 staff can't touch the 서구 draft either.
    expect((await centerPost(articleId, draft({ title: "가로채기" }), gwangsanStaff)).status).toBe(404);
    const list = await centerList.loader(args(getRequest("/center/articles", seoguStaff)));
    expect(list.articles.every((a) => a.center?.shortName === "서구")).toBe(true);
    expect(list.articles.map((a) => a.id)).toContain(articleId);
  });

  it("submits for review, is then locked; the editor sends it back with a note; staff fix and resubmit; the editor publishes", async () => {
    const submitted = await centerPost(articleId, draft({ intent: "submit" }));
    expect(submitted.location).toBe(`/center/articles/${articleId}?done=submit`);
    const inReview = await prisma.article.findUniqueOrThrow({ where: { id: articleId } });
    expect(inReview.status).toBe("REVIEW");
    expect(inReview.submittedAt).not.toBeNull();

    const locked = await centerPost(articleId, draft({ title: "검토 중에 고치기" }));
    expect(locked.status).toBe(409);
    expect(formResult(locked).error?.[""]?.[0]).toContain("검토 중이거나 발행된 기사는 고칠 수 없습니다");

    const note = "행사 날짜와 장소를 본문에 넣어 주세요.";
    expect((await adminPost(articleId, { intent: "requestChanges", reviewNote: "" })).status).toBe(400);
    expect((await adminPost(articleId, { intent: "requestChanges", reviewNote: note })).status).toBe(302);
    expect(await prisma.article.findUniqueOrThrow({ where: { id: articleId } })).toMatchObject({
      status: "DRAFT",
      reviewNote: note,
    });
    const page = await centerEdit.loader(
      args(getRequest(`/center/articles/${articleId}`, seoguStaff), { id: String(articleId) }),
    );
    expect(page.article.reviewNote).toBe(note);

    const fixed = draft({ body: "12월 20일 서구지역자활센터에서 반찬을 나눴습니다.", intent: "submit" });
    expect((await centerPost(articleId, fixed)).status).toBe(302);
    expect(await prisma.article.findUniqueOrThrow({ where: { id: articleId } })).toMatchObject({
      status: "REVIEW",
      reviewNote: "",
    });

    const { slug } = await prisma.article.findUniqueOrThrow({ where: { id: articleId } });
    const published = await adminPost(articleId, {
      ...fixed,
      sectionId: String(localSectionId),
      centerId: String(seoguId),
      slug,
      intent: "publish",
    });
    expect(published.status).toBe(302);
    expect((await getArticle(slug))?.center?.slug).toBe("seogu");
    const audit = await prisma.auditLog.findMany({
      where: { entity: "Article", entityId: String(articleId) },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual([
      "article.create",
      "article.update",
      "article.submit",
      "article.request_changes",
      "article.update",
      "article.submit",
      "article.update",
      "article.publish",
    ]);
  });

  it("may not edit the center's published articles", async () => {
    const bitgreen = await prisma.article.findUniqueOrThrow({ where: { slug: "seogu-bitgreen-project" } });
    const reply = await centerPost(bitgreen.id, draft({ title: "발행 기사 덮어쓰기" }));
    expect(reply.status).toBe(409);
    expect(await prisma.article.findUniqueOrThrow({ where: { id: bitgreen.id } })).toEqual(bitgreen);
  });
});

describe("only editors and admins publish", () => {
  it("lets both the EDITOR and the ADMIN publish", async () => {
    for (const [who, cookie] of [
      ["편집자", editor],
      ["관리자", admin],
    ] as const) {
      const created = await settle(() =>
        adminNew.action(
          args(
            formRequest(
              "/admin/articles/new",
              draft({ title: `${who} 발행`, sectionId: String(localSectionId), intent: "publish" }),
              cookie,
            ),
          ),
        ),
      );
      expect(created.status).toBe(302);
      expect((await prisma.article.findUniqueOrThrow({ where: { id: redirectedId(created) } })).status).toBe(
        "PUBLISHED",
      );
    }
  });
});
