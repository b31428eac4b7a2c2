import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "~/utils/prisma-client";
import { freshDatabaseUrl } from "../support/database";
import { startServer, TEST_SESSION_SECRET, type RunningServer } from "../support/server";

let server: RunningServer;
let databaseUrl: string;
const get = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, { redirect: "manual", ...init });
const form = (fields: Record<string, string>) => ({ method: "POST", body: new URLSearchParams(fields) });

beforeAll(async () => {
  databaseUrl = await freshDatabaseUrl("http");
  server = await startServer({
    DATABASE_URL: databaseUrl,
    SESSION_SECRET: TEST_SESSION_SECRET,
  });
});
afterAll(() => server?.stop());

describe("pages", () => {
  it.each([
    "/",
    "/issues",
    "/issues/2023-12",
    "/news",
    "/news?page=2",
    "/news/haccp-mou",
    "/sections/regional",
    "/sections/local",
    `/tags/${encodeURIComponent("기술지원")}`,
    "/centers",
    "/centers/seogu",
    "/shop",
    `/search?q=${encodeURIComponent("자활센터")}`,
    "/search",
    "/healthz",
  ])("GET %s → 200", async (path) => {
    const res = await get(path);
    expect(res.status).toBe(200);
  });

  it.each([
    "/no-such-page",
    "/news/no-such-article",
    "/issues/1999-01",
    "/sections/nope",
    "/tags/없는태그",
    "/centers/nowhere",
    "/news?page=99",
    "/news/haccp-mou/extra",
  ])("GET %s → Korean 404 page", async (path) => {
    const res = await get(path);
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).toContain('<html lang="ko"');
    expect(html).toContain("페이지를 찾을 수 없습니다");
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it.each(['"', "*", "AND", "NEAR(", "%", "'", '\'; DROP TABLE "Article"; --', "가".repeat(1000)])(
    "search for %j answers with a normal page",
    async (q) => {
      const res = await get(`/search?q=${encodeURIComponent(q)}`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain("검색 결과");
    },
  );

  it("never serves the built-in test payment page in production", async () => {
    expect((await get("/checkout/test-pay?session_id=cs_local_x")).status).toBe(404);
    const post = await get("/checkout/test-pay?session_id=cs_local_x", {
      method: "POST",
      body: new URLSearchParams({ outcome: "success" }),
    });
    expect([post.status, post.headers.get("location")]).toEqual([404, null]);
  });

  it("renders an article with its event block, hashtags and structured data", async () => {
    const html = await (await get("/news/youth-savings-excellence-2023")).text();
    expect(html).toContain("2023. 11. 28.(화) 14:00~17:00");
    expect(html).toContain("하나금융그룹 명동사옥 글로벌관");
    expect(html).toContain('href="/tags/');
    const blocks = [...html.matchAll(/<script type="application\/ld\+json"[^>]*>(.*?)<\/script>/gs)].map((m) =>
      JSON.parse(m[1]!),
    );
    const article = blocks.find((b) => b["@type"] === "NewsArticle");
    expect(article.headline).toContain("청년내일저축계좌");
    expect(article.datePublished).toBe("2023-12-01T09:00:00+09:00");
    expect(blocks.find((b) => b["@type"] === "Organization")?.name).toBe("광주광역자활센터");
    expect(html).toContain('<link rel="canonical" href="https://news.example.kr/news/youth-savings-excellence-2023"/>');
    expect(html).toMatch(/<meta property="og:title" content="[^"]*청년내일저축계좌/);
    expect(html).toMatch(/<meta name="description" content="[^"]+"/);
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    const ogImage = /<meta property="og:image" content="https:\/\/news\.example\.kr([^"]+)"/.exec(html)![1]!;
    const image = await get(ogImage);
    expect(image.status).toBe(200);
    expect(image.headers.get("content-type")).toBe("image/png");
  });

  it("renders a product with its pack options, saving, disclosure and Product JSON-LD in KRW", async () => {
    // React separates text and expressions with empty comments; readers never see them.
    const html = (await (await get("/shop/naechingu-gim-jaban")).text()).replace(/<!-- -->/g, "");
    expect(html).toContain("1봉씩 살 때보다 1,000원 절약");
    for (const text of ["상품정보제공고시", "원산지", "광주광역시 서구 죽봉대로 38번길 25", "062-367-3027"]) {
      expect(html).toContain(text);
    }
    const blocks = [...html.matchAll(/<script type="application\/ld\+json"[^>]*>(.*?)<\/script>/gs)].map((m) =>
      JSON.parse(m[1]!),
    );
    const product = blocks.find((b) => b["@type"] === "Product");
    expect(product.offers.map((o: { price: number; priceCurrency: string }) => [o.price, o.priceCurrency])).toEqual([
      [3000, "KRW"],
      [5000, "KRW"],
    ]);
  });

  it("lists a center's products on its page", async () => {
    const html = await (await get("/centers/seogu")).text();
    expect(html).toContain('href="/shop/naechingu-gim-gift-set"');
    expect(await (await get("/centers/gwangsan")).text()).not.toContain('href="/shop/');
  });

  it("shows the regional center's details in the footer", async () => {
    const html = await (await get("/")).text();
    for (const text of ["박기문", "062-361-9114", "광주광역시 서구 화정로 149, 3층", "gjjahwal@kdissw.or.kr"])
      expect(html).toContain(text);
  });
});

describe("headers", () => {
  it("enforces a per-render nonce CSP and the security baseline", async () => {
    // Private pages are rendered for every request: each gets its own nonce.
    const [a, b] = await Promise.all([get("/cart"), get("/cart")]);
    const nonceOf = (res: Response) => /'nonce-([^']+)'/.exec(res.headers.get("content-security-policy")!)![1]!;
    expect(nonceOf(a)).not.toBe(nonceOf(b));
    // Public pages (shared by the micro-cache, like a CDN would) keep header and markup in step.
    for (const res of [await get("/"), await get("/")]) {
      const csp = res.headers.get("content-security-policy")!;
      expect(res.headers.get("content-security-policy-report-only")).toBeNull();
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
      const html = await res.text();
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag).toContain(`nonce="${nonceOf(res)}"`);
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(res.headers.get("x-powered-by")).toBeNull();
    }
  });

  it("lets a CDN cache public pages and keeps hashed assets forever", async () => {
    const res = await get("/news/haccp-mou");
    const cache = res.headers.get("cache-control")!;
    expect(cache).toMatch(/public/);
    expect(cache).toMatch(/max-age=\d+/);
    expect(cache).toMatch(/s-maxage=\d+/);
    expect(cache).toMatch(/stale-while-revalidate=\d+/);
    const html = await res.text();
    const asset = /\/assets\/[^"]+\.css/.exec(html)![0];
    const assetRes = await get(asset);
    expect(assetRes.status).toBe(200);
    expect(assetRes.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(assetRes.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("serves repeat views of public pages from the micro-cache, never private ones", async () => {
    await get("/issues");
    expect((await get("/issues")).headers.get("x-cache")).toBe("HIT");
    await get("/cart");
    expect((await get("/cart")).headers.get("x-cache")).toBeNull();
    expect((await get("/no-such-page")).headers.get("x-cache")).toBeNull();
  });

  it("empties the micro-cache when staff change something, so a new stock count shows at once", async () => {
    const product = "/shop/naechingu-gim-dosirak";
    await get(product);
    expect((await get(product)).headers.get("x-cache")).toBe("HIT");
    const login = await get("/login", form({ email: "seogu@gjjahwal.example", password: "jahwal-demo-2026" }));
    const cookie = login.headers.get("set-cookie")!.split(";")[0]!;
    const db = createPrismaClient(databaseUrl);
    const variant = await db.productVariant.findFirstOrThrow({
      where: { product: { slug: "naechingu-gim-dosirak" } },
      select: { id: true, stock: true },
    });
    await db.$disconnect();
    const saved = await get("/center/stock", {
      ...form({ variantId: String(variant.id), expectedStock: String(variant.stock), stock: "0" }),
      headers: { Cookie: cookie, Origin: server.url, "Content-Type": "application/x-www-form-urlencoded" },
    });
    expect(saved.status).toBeLessThan(400);
    const after = await get(product);
    expect(after.headers.get("x-cache")).not.toBe("HIT");
    expect(await after.text()).toContain("품절");
  });

  it("never caches health checks", async () => {
    expect((await get("/healthz")).headers.get("cache-control")).toBe("no-store");
  });
});

describe("staff login", () => {
  it("refuses wrong credentials in Korean and signs in with a secure session cookie", async () => {
    expect((await get("/login")).status).toBe(200);
    const wrong = await get("/login", form({ email: "admin@gjjahwal.example", password: "nope" }));
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain("이메일 또는 비밀번호가 올바르지 않습니다.");
    const ok = await get(
      "/login",
      form({ email: "admin@gjjahwal.example", password: "jahwal-demo-2026", redirectTo: "//evil.example" }),
    );
    expect(ok.status).toBe(302);
    // An off-site redirectTo is ignored: the admin lands on their own home.
    expect(ok.headers.get("location")).toBe("/admin");
    expect(ok.headers.get("set-cookie")).toMatch(/^sd_session=.+; .*HttpOnly; Secure; SameSite=Lax/i);
  });
});

describe("feeds", () => {
  const parser = new XMLParser({ ignoreAttributes: false });

  it("serves valid RSS 2.0, newest first, with RFC 822 dates and absolute links", async () => {
    const res = await get("/feed.xml");
    expect(res.headers.get("content-type")).toContain("application/rss+xml");
    const xml = await res.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const rss = parser.parse(xml).rss;
    expect(rss["@_version"]).toBe("2.0");
    const items = rss.channel.item as { title: string; link: string; pubDate: string }[];
    expect(items).toHaveLength(18);
    for (const item of items) {
      expect(item.pubDate).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
      expect(item.link).toMatch(/^https:\/\/news\.example\.kr\/news\//);
    }
    const times = items.map((i) => Date.parse(i.pubDate));
    expect(times).toEqual([...times].sort((x, y) => y - x));
    expect(rss.channel.language).toBe("ko-KR");
  });

  it("serves a well-formed sitemap of public pages", async () => {
    const xml = await (await get("/sitemap.xml")).text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const urls = (parser.parse(xml).urlset.url as { loc: string }[]).map((u) => u.loc);
    expect(urls).toEqual(
      expect.arrayContaining([
        "https://news.example.kr/",
        "https://news.example.kr/issues/2023-12",
        "https://news.example.kr/news/haccp-mou",
        "https://news.example.kr/centers/seogu",
      ]),
    );
    expect(urls.filter((u) => u.includes("/news/"))).toHaveLength(18);
  });

  it("points robots at the sitemap", async () => {
    const text = await (await get("/robots.txt")).text();
    expect(text).toContain("Sitemap: https://news.example.kr/sitemap.xml");
    expect(text).toContain("Disallow: /admin");
  });
});
