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
