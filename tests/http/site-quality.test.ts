import ICAL from "ical.js";
import robotsParser from "robots-parser";
import Parser from "rss-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sitemapUrls, sitePages, type SitePage } from "../../scripts/site-check/site-pages";
import { freshDatabaseUrl } from "../support/database";
import { startServer, TEST_SESSION_SECRET, type RunningServer } from "../support/server";

// What outside checkers see on the built server: every sitemap URL and staff page type (NUL bytes,
// titles), robots rules read as RFC 9309 says, og:images, structured data, feeds and calendar files.
const PUBLIC = "https://news.example.kr";
let server: RunningServer;
let pages: SitePage[];
const get = (path: string) => fetch(`${server.url}${path}`, { redirect: "manual" });
const local = (url: string) => url.replace(PUBLIC, server.url);
const jsonLd = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json"[^>]*>(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]!));

beforeAll(async () => {
  server = await startServer({
    DATABASE_URL: await freshDatabaseUrl("site"),
    SESSION_SECRET: TEST_SESSION_SECRET,
  });
  pages = await sitePages(server.url);
}, 120_000);
afterAll(() => server?.stop());

describe("every page", () => {
  it("is found: all sitemap URLs, the public extras and both staff areas", () => {
    expect(pages.filter((p) => p.as === "reader").length).toBeGreaterThan(70);
    expect(pages.filter((p) => p.as === "admin").length).toBeGreaterThanOrEqual(15);
    expect(pages.filter((p) => p.as === "seogu").length).toBeGreaterThanOrEqual(8);
  });

  it("has no NUL byte and has a <title>, 404s included", async () => {
    const problems: string[] = [];
    for (const page of pages) {
      const res = await fetch(page.url, { headers: page.cookie ? { Cookie: page.cookie } : {} });
      const bytes = Buffer.from(await res.arrayBuffer());
      if (bytes.includes(0)) problems.push(`${page.url}: NUL at ${bytes.indexOf(0)}`);
      const html = bytes.toString("utf8");
      if (!/<title>[^<]+<\/title>/.test(html)) problems.push(`${page.url}: no title`);
      if (html.indexOf("</html>") !== html.length - "</html>".length)
        problems.push(`${page.url}: content after </html>`);
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it("gives unknown articles, products, tags, issues, centers and sections a titled 404", async () => {
    for (const path of [
      "/news/x-none",
      "/shop/x-none",
      "/tags/없는태그",
      "/issues/1999-01",
      "/centers/x",
      "/sections/x",
    ]) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(await res.text(), path).toContain("<title>페이지를 찾을 수 없습니다 | 광주자활뉴스</title>");
    }
  });

  it("points og:image at an image that exists, on every public page", async () => {
    const images = new Set<string>();
    for (const page of pages.filter((p) => p.as === "reader")) {
      const html = await (await fetch(page.url)).text();
      const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
      if (image) images.add(image);
    }
    expect(images).toContain(`${PUBLIC}/art/og/issue-cover.png`);
    for (const image of images) {
      const res = await fetch(local(image));
      expect([image, res.status]).toEqual([image, 200]);
      expect(res.headers.get("content-type")).toMatch(/^image\//);
    }
  }, 60_000);
});

describe("robots.txt read per RFC 9309 (longest match wins)", () => {
  it("lets crawlers reach every sitemap URL, /centers included, and keeps staff and private pages out", async () => {
    const robots = robotsParser(`${PUBLIC}/robots.txt`, await (await get("/robots.txt")).text());
    const urls = await sitemapUrls(server.url);
    const blocked = urls.map((u) => u.replace(server.url, PUBLIC)).filter((u) => !robots.isAllowed(u, "Googlebot"));
    expect(blocked).toEqual([]);
    expect(urls.filter((u) => u.includes("/centers/")).length).toBeGreaterThanOrEqual(7);
    for (const path of ["/center", "/center/stock", "/center/articles/1", "/admin", "/cart", "/checkout", "/orders/x"])
      expect(robots.isAllowed(`${PUBLIC}${path}`, "Googlebot"), path).toBe(false);
    expect(robots.isAllowed(`${PUBLIC}/centers`, "Googlebot")).toBe(true);
  });
});

describe("structured data", () => {
  it("gives an article with 일시/장소 a NewsArticle, a BreadcrumbList and an Event", async () => {
    const blocks = jsonLd(await (await get("/news/case-management-report-2023")).text());
    const article = blocks.find((b) => b["@type"] === "NewsArticle");
    // Never edited since it was published: modified = published (not the day the database was seeded).
    expect(article.dateModified).toBe("2023-12-01T09:00:00+09:00");
    expect(article.author.name).toBe("광주광역자활센터");
    const crumbs = blocks.find((b) => b["@type"] === "BreadcrumbList");
    expect(crumbs.itemListElement.map((i: { name: string }) => i.name)).toEqual([
      "광주자활뉴스",
      "2023년 12월호",
      "광역자활센터 소식",
      expect.stringContaining("사례관리"),
    ]);
    expect(crumbs.itemListElement[1].item).toBe(`${PUBLIC}/issues/2023-12`);
    const event = blocks.find((b) => b["@type"] === "Event");
    expect(event).toMatchObject({
      startDate: "2023-11-24",
      location: { "@type": "Place", name: "빛고을시민문화관 다목적실" },
      eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    });
    const timed = jsonLd(await (await get("/news/youth-savings-excellence-2023")).text()).find(
      (b) => b["@type"] === "Event",
    );
    expect(timed).toMatchObject({
      startDate: "2023-11-28T14:00:00+09:00",
      endDate: "2023-11-28T17:00:00+09:00",
      organizer: { name: "한국자활복지개발원" },
    });
  });

  it("gives an article without 일시 no Event, and counts the six that have one", async () => {
    const blocks = jsonLd(await (await get("/news/catering-network-9")).text());
    expect(blocks.map((b) => b["@type"])).not.toContain("Event");
    const events = await (await get("/events")).text();
    expect(events.match(/href="\/news\/[^"]+"/g)).toHaveLength(6);
  });

  it("gives a product its SKU, shipping, return policy and breadcrumb", async () => {
    const blocks = jsonLd(await (await get("/shop/naechingu-gim-jaban")).text());
    const product = blocks.find((b) => b["@type"] === "Product");
    expect(product.sku).toBe("naechingu-gim-jaban");
    for (const offer of product.offers) {
      expect(offer.sku).toMatch(/^naechingu-gim-jaban-\d+$/);
      expect(offer.shippingDetails.shippingRate).toMatchObject({ currency: "KRW" });
      expect(offer.shippingDetails.shippingDestination.addressCountry).toBe("KR");
      expect(offer.hasMerchantReturnPolicy).toMatchObject({ applicableCountry: "KR", merchantReturnDays: 7 });
    }
    const crumbs = blocks.find((b) => b["@type"] === "BreadcrumbList");
    expect(crumbs.itemListElement.at(-1).name).toBe("내친구김 김자반");
  });
});

describe("feeds", () => {
  const parser = new Parser({ customFields: { item: [["content:encoded", "contentEncoded"]] } });

  it("carries the full, absolute-linked article with author and categories", async () => {
    const feed = await parser.parseString(await (await get("/feed.xml")).text());
    expect(feed.items).toHaveLength(18);
    const item = feed.items.find((i) => i.link === `${PUBLIC}/news/haccp-mou`)!;
    const content = (item as unknown as { contentEncoded: string }).contentEncoded;
    expect(content).toContain("HACCP 기술·교육 지원을 위한 업무협약");
    expect(content).toMatch(new RegExp(`<img src="${PUBLIC}/art/og/haccp-mou.png"`));
    expect(content).not.toMatch(/(src|href)="\/(?!\/)/);
    expect((item as unknown as { author: string }).author).toBe("gjjahwal@kdissw.or.kr (광주광역자활센터)");
    // rss-parser keeps a category with a domain attribute as { _: name, $: { domain } }.
    const categories = (item.categories as unknown as { _: string; $: { domain: string } }[]).map((c) => c._);
    expect(categories).toEqual(expect.arrayContaining(["광역자활센터 소식", "HACCP", "MOU"]));
  });

  it.each([
    ["/sections/regional", 12],
    ["/centers/gwangju", 12],
    ["/centers/seogu", 3],
    [`/tags/${encodeURIComponent("청년")}`, 3],
  ])("has a feed for %s, linked from the page head", async (path, count) => {
    const html = await (await get(path)).text();
    const href = /<link rel="alternate" type="application\/rss\+xml" title="[^"]+" href="([^"]+\/feed\.xml)"/.exec(
      html.replace(
        /<link rel="alternate" type="application\/rss\+xml" title="광주자활뉴스 RSS" href="\/feed.xml"\/>/,
        "",
      ),
    )?.[1];
    expect(href).toBe(`${path}/feed.xml`);
    const feed = await parser.parseString(await (await get(href!)).text());
    expect(feed.items.length).toBe(count);
    expect(feed.title).toContain("광주자활뉴스 · ");
  });
});

describe("캘린더에 추가", () => {
  it("serves an .ics that parses, with the event's time, place and link", async () => {
    const res = await get("/news/youth-savings-excellence-2023/calendar.ics");
    expect(res.headers.get("content-type")).toContain("text/calendar");
    const calendar = new ICAL.Component(ICAL.parse(await res.text()));
    const event = new ICAL.Event(calendar.getFirstSubcomponent("vevent")!);
    expect(event.startDate.toJSDate().toISOString()).toBe("2023-11-28T05:00:00.000Z");
    expect(event.endDate.toJSDate().toISOString()).toBe("2023-11-28T08:00:00.000Z");
    expect(event.location).toBe("하나금융그룹 명동사옥 글로벌관");
    expect(event.summary).toContain("청년내일저축계좌");
    const dayOnly = new ICAL.Component(
      ICAL.parse(await (await get("/news/social-value-matching-day-2023/calendar.ics")).text()),
    );
    const day = new ICAL.Event(dayOnly.getFirstSubcomponent("vevent")!);
    expect([day.startDate.isDate, day.startDate.toString()]).toEqual([true, "2023-11-23"]);
    expect((await get("/news/catering-network-9/calendar.ics")).status).toBe(404);
  });

  it("links each article with 일시 to its .ics and to Google Calendar", async () => {
    const html = await (await get("/news/youth-savings-excellence-2023")).text();
    expect(html).toContain('href="/news/youth-savings-excellence-2023/calendar.ics"');
    const google = /href="(https:\/\/calendar\.google\.com\/calendar\/render\?[^"]+)"/
      .exec(html)![1]!
      .replace(/&amp;/g, "&");
    const params = new URL(google).searchParams;
    expect(params.get("dates")).toBe("20231128T050000Z/20231128T080000Z");
    expect(params.get("location")).toBe("하나금융그룹 명동사옥 글로벌관");
  });
});

describe("seeded 2023년 12월호", () => {
  it("prints the issue's closing greeting", async () => {
    for (const path of ["/issues/2023-12", "/"]) {
      expect(await (await get(path)).text(), path).toContain("2023년에 함께로서 행복했습니다.");
    }
  });

  it("shows the youth article's 일시/장소/주최 once", async () => {
    const html = (await (await get("/news/youth-savings-excellence-2023")).text()).replace(/<!-- -->/g, "");
    const main = html.slice(html.indexOf("<main"), html.indexOf("</main>")).replace(/<script.*?<\/script>/gs, "");
    for (const label of ["일시", "장소", "주최"]) expect(main.match(new RegExp(label, "g")), label).toHaveLength(1);
  });
});
