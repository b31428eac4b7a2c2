import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { args, redirectedId, settle } from "../support/cms";
import { startServer, TEST_SESSION_SECRET, type RunningServer } from "../support/server";
import { formRequest, getRequest, sessionCookie, STAFF } from "../support/staff";

// A hostile article, written through the editor like any other, must reach readers harmless: on the
// article page (loader and the built server's HTML), in /feed.xml, in search snippets and previews.
const UPLOADS = fs.mkdtempSync(path.join(os.tmpdir(), "cms-xss-"));
process.env.UPLOADS_DIR = UPLOADS;

const { prisma } = await import("~/utils/db.server");
const adminNew = await import("~/routes/admin.articles.new");
const articlePage = await import("~/routes/news.$slug");
const feed = await import("~/routes/feed[.]xml");
const adminPreview = await import("~/routes/admin_.articles.$id.preview");
const markdownPreview = await import("~/routes/cms.markdown-preview");
const { searchArticles } = await import("~/search/search.server");

const TITLE = `<script>alert("title")</script><img src=x onerror=alert(1)>악성제목검사`;
const SUMMARY = `<b onmouseover="alert('summary')">요약</b> <iframe src="https://evil.example/"></iframe>`;
const BODY = [
  `<script>alert('body')</script>`,
  `<img src="x" onerror="alert('img')">`,
  `[눌러 보세요](javascript:alert('md-link'))`,
  `<a href="javascript:alert('raw-link')">raw link</a> <a href="JaVaScRiPt:alert(1)">mixed case</a>`,
  `<iframe src="https://evil.example/embed"></iframe>`,
  `<svg onload="alert('svg')"><circle r="1"/></svg>`,
  `<p style="background:url(javascript:alert(1))" onclick="alert('p')">악성본문검사 안전한 문단</p>`,
].join("\n\n");

/** Everything an attacker could have used to run script, in any case. */
const DANGEROUS = [/<script>alert/i, /<iframe/i, /\son\w+\s*=/i, /javascript:/i, /<svg/i, /style=/i];
function expectHarmless(html: string) {
  for (const pattern of DANGEROUS) expect(html, `${pattern}`).not.toMatch(pattern);
}

/**
 * The feed item, read as a feed reader does: the title is the plain text as typed; the description (HTML
 * by RSS convention) shows the summary as text; the full content is the sanitized body.
 */
function expectHarmlessFeed(xml: string) {
  const items = new XMLParser({ ignoreAttributes: true }).parse(xml).rss.channel.item as Record<string, string>[];
  const item = items.find((i) => String(i.title).includes("악성제목검사"))!;
  expect(item.title).toBe(TITLE);
  expect(item.description).toContain("&lt;b onmouseover=");
  expect(item.description).not.toMatch(/<[a-z]/i);
  expectHarmless(item["content:encoded"]!);
  expect(item["content:encoded"]).toContain("악성본문검사 안전한 문단");
}

let server: RunningServer;
let editor: string;
let slug: string;
let id: number;
beforeAll(async () => {
  editor = await sessionCookie(STAFF.editor);
  const section = await prisma.section.findUniqueOrThrow({ where: { slug: "regional" } });
  const fields = { title: TITLE, summary: SUMMARY, body: BODY, sectionId: String(section.id), intent: "publish" };
  const reply = await settle(() => adminNew.action(args(formRequest("/admin/articles/new", fields, editor))));
  id = redirectedId(reply);
  slug = (await prisma.article.findUniqueOrThrow({ where: { id } })).slug;
  server = await startServer({ DATABASE_URL: process.env.DATABASE_URL!, SESSION_SECRET: TEST_SESSION_SECRET });
});
afterAll(async () => {
  await server?.stop();
  fs.rmSync(UPLOADS, { recursive: true, force: true });
});

describe("a malicious article", () => {
  it("was stored as typed (escaping happens on output) and published", async () => {
    expect(await prisma.article.findUniqueOrThrow({ where: { id } })).toMatchObject({
      title: TITLE,
      status: "PUBLISHED",
    });
    expect(slug).toMatch(/^[a-z0-9-]+$/);
  });

  it("renders a sanitized body from the article loader, keeping the harmless text", async () => {
    const data = await articlePage.loader(args(getRequest(`/news/${slug}`), { slug }));
    expectHarmless(data.html);
    expect(data.html).toContain("악성본문검사 안전한 문단");
    expect(data.html).toContain(">raw link</a>");
  });

  it("is harmless in the built server's article page, feed and search page", async () => {
    const page = await (await fetch(`${server.url}/news/${slug}`)).text();
    expect(page).toContain("악성본문검사");
    expect(page).toContain("&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;");
    expect(page).not.toContain(`<script>alert(`);
    expect(page).not.toMatch(/<img[^>]*onerror/i);
    expect(page).not.toMatch(/<iframe/i);
    expect(page).not.toMatch(/href="javascript:/i);

    expectHarmlessFeed(await (await fetch(`${server.url}/feed.xml`)).text());

    const search = await (await fetch(`${server.url}/search?q=${encodeURIComponent("악성본문검사")}`)).text();
    expect(search).toContain(`/news/${slug}`);
    expect(search).not.toContain("<script>alert(");
    expect(search).not.toMatch(/<(iframe|img|b) [^>]*(src|on\w+)=/i);
  });

  it("is escaped in /feed.xml from the loader", async () => {
    expectHarmlessFeed(await (await feed.loader()).text());
  });

  it("gives search titles and snippets with no markup but <mark>", async () => {
    for (const term of ["악성제목검사", "악성본문검사", "요약"]) {
      const hit = (await searchArticles(term)).hits.find((h) => h.slug === slug);
      expect(hit, term).toBeDefined();
      for (const html of [hit!.titleHtml, hit!.snippetHtml]) {
        expect(html.replace(/<\/?mark>/g, "")).not.toMatch(/</);
      }
    }
  });

  it("is sanitized in the editors' preview page and the live Markdown preview", async () => {
    const preview = await adminPreview.loader(
      args(getRequest(`/admin/articles/${id}/preview`, editor), { id: String(id) }),
    );
    expectHarmless(preview.html);
    const live = await markdownPreview.action(args(formRequest("/cms/markdown-preview", { body: BODY }, editor)));
    const { html } = (await live.json()) as { html: string };
    expectHarmless(html);
    expect(html).toContain("악성본문검사 안전한 문단");
  });
});
