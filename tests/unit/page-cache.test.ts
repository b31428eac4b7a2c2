import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { createPageCache } from "../../server/page-cache.js";

const PUBLIC = { "Cache-Control": "public, max-age=60, s-maxage=300, stale-while-revalidate=600" };

function counter(init: ResponseInit = { headers: PUBLIC }, body = "page") {
  let calls = 0;
  return {
    handle: async () => {
      calls += 1;
      await new Promise((r) => setTimeout(r, 20));
      return new Response(`${body} ${calls}`, init);
    },
    calls: () => calls,
  };
}

const get = (url = "http://localhost/news") => new Request(url);

describe("page micro-cache", () => {
  it("renders a burst of requests for one public URL once and shares it", async () => {
    const cache = createPageCache({ ttlSeconds: 5 });
    const page = counter();
    const responses = await Promise.all(Array.from({ length: 10 }, () => cache.respond(get(), page.handle)));
    expect(page.calls()).toBe(1);
    expect(await Promise.all(responses.map((r: Response) => r.text()))).toEqual(Array(10).fill("page 1"));
    expect(responses.map((r: Response) => r.headers.get("x-cache")).sort()).toEqual(
      ["HIT", ...Array(8).fill("HIT"), "MISS"].sort(),
    );
    const later = await cache.respond(get(), page.handle);
    expect(later.headers.get("x-cache")).toBe("HIT");
    expect(page.calls()).toBe(1);
  });

  it("expires entries after the TTL", async () => {
    const cache = createPageCache({ ttlSeconds: 0.05 });
    const page = counter();
    await cache.respond(get(), page.handle);
    await new Promise((r) => setTimeout(r, 80));
    expect(await (await cache.respond(get(), page.handle)).text()).toBe("page 2");
  });

  it.each([
    ["private pages", { headers: { "Cache-Control": "private, no-store" } }],
    ["pages without s-maxage", { headers: { "Cache-Control": "public, max-age=60" } }],
    ["errors", { status: 404, headers: PUBLIC }],
    ["responses that set a cookie", { headers: { ...PUBLIC, "Set-Cookie": "a=b" } }],
  ])("never keeps %s", async (_label, init) => {
    const cache = createPageCache({ ttlSeconds: 5 });
    const page = counter(init as ResponseInit);
    await cache.respond(get(), page.handle);
    await cache.respond(get(), page.handle);
    expect(page.calls()).toBe(2);
  });

  it("passes non-GET requests through and keys by full URL", async () => {
    const cache = createPageCache({ ttlSeconds: 5 });
    const page = counter();
    await cache.respond(new Request("http://localhost/news", { method: "POST" }), page.handle);
    await cache.respond(new Request("http://localhost/news", { method: "HEAD" }), page.handle);
    await cache.respond(get("http://localhost/news?page=2"), page.handle);
    await cache.respond(get("http://localhost/news?page=3"), page.handle);
    expect(page.calls()).toBe(4);
  });

  it("can be turned off", async () => {
    const cache = createPageCache({ ttlSeconds: 0 });
    const page = counter();
    await cache.respond(get(), page.handle);
    await cache.respond(get(), page.handle);
    expect(page.calls()).toBe(2);
  });
});

function nodeExchange(acceptEncoding?: string) {
  const req = { method: "GET", headers: acceptEncoding ? { "accept-encoding": acceptEncoding } : {} };
  const sent: { status?: number; headers?: Record<string, string>; body?: Buffer } = {};
  const res = {
    writeHead(status: number, headers: Record<string, string>) {
      sent.status = status;
      sent.headers = headers;
    },
    end(body: Buffer) {
      sent.body = body;
    },
  };
  return { req, res, sent };
}

/** serveHit once the entry's compressed copies exist (they are made in the background). */
async function serveWhenReady(cache: ReturnType<typeof createPageCache>, key: string, acceptEncoding?: string) {
  for (let i = 0; i < 100; i++) {
    const exchange = nodeExchange(acceptEncoding);
    if (cache.serveHit(key, exchange.req, exchange.res, { "X-Frame-Options": "DENY" })) return exchange.sent;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error("never served");
}

describe("page micro-cache hits on the Node response", () => {
  const key = "http://localhost/news";

  it("sends the stored brotli, gzip or plain bytes as the client accepts, with the page's headers", async () => {
    const cache = createPageCache({ ttlSeconds: 5 });
    const page = counter(undefined, "기사 ".repeat(500));
    await cache.respond(get(key), page.handle);
    const br = await serveWhenReady(cache, key, "gzip, deflate, br");
    expect(br.headers).toMatchObject({ "content-encoding": "br", "x-cache": "HIT", "X-Frame-Options": "DENY" });
    expect(br.headers!["cache-control"]).toBe(PUBLIC["Cache-Control"]);
    expect(br.headers!.vary).toContain("Accept-Encoding");
    expect(zlib.brotliDecompressSync(br.body!).toString()).toBe(`${"기사 ".repeat(500)} 1`);
    expect(Number(br.headers!["content-length"])).toBe(br.body!.length);
    const gz = await serveWhenReady(cache, key, "gzip, br;q=0");
    expect(gz.headers!["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(gz.body!).toString()).toBe(`${"기사 ".repeat(500)} 1`);
    const plain = await serveWhenReady(cache, key);
    expect(plain.headers!["content-encoding"]).toBeUndefined();
    expect(plain.body!.toString()).toBe(`${"기사 ".repeat(500)} 1`);
    expect(page.calls()).toBe(1);
  });

  it("declines what it does not hold: other URLs, other methods, a cache turned off", async () => {
    const cache = createPageCache({ ttlSeconds: 5 });
    await cache.respond(get(key), counter().handle);
    await serveWhenReady(cache, key, "br");
    const other = nodeExchange("br");
    expect(cache.serveHit("http://localhost/other", other.req, other.res)).toBe(false);
    const head = nodeExchange("br");
    head.req.method = "HEAD";
    expect(cache.serveHit(key, head.req, head.res)).toBe(false);
    const off = createPageCache({ ttlSeconds: 0 });
    await off.respond(get(key), counter().handle);
    const exchange = nodeExchange("br");
    expect(off.serveHit(key, exchange.req, exchange.res)).toBe(false);
  });

  it("answers from the stale copy just after expiry while one background render replaces it", async () => {
    const cache = createPageCache({ ttlSeconds: 0.1 });
    const page = counter();
    await cache.respond(get(key), page.handle);
    await serveWhenReady(cache, key, "br");
    await new Promise((r) => setTimeout(r, 120));
    const stale = Array.from({ length: 5 }, () => nodeExchange("br"));
    expect(stale.map((x) => cache.serveHit(key, x.req, x.res, {}, page.handle))).toEqual(Array(5).fill(true));
    expect(zlib.brotliDecompressSync(stale[0]!.sent.body!).toString()).toBe("page 1");
    await new Promise((r) => setTimeout(r, 40));
    expect(page.calls()).toBe(2);
    expect(zlib.brotliDecompressSync((await serveWhenReady(cache, key, "br")).body!).toString()).toBe("page 2");
  });

  it("keeps nothing a render read before the cache was emptied", async () => {
    const cache = createPageCache({ ttlSeconds: 5 });
    const page = counter();
    const pending = cache.respond(get(key), page.handle);
    cache.clear(); // a staff save lands while the page renders
    await pending;
    await new Promise((r) => setTimeout(r, 30));
    const exchange = nodeExchange("br");
    expect(cache.serveHit(key, exchange.req, exchange.res)).toBe(false);
  });
});
