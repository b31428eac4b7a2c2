import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabaseUrl } from "../support/database";
import { startServer, TEST_SESSION_SECRET, type RunningServer } from "../support/server";

// RENDER_TIMEOUT_MS is how long a page may take from the request's arrival until its HTML is ready. At 1 ms
// every page is late (its loaders alone take longer), as every page is on a server too busy to keep up.
let overloaded: RunningServer;
let broken: RunningServer;
beforeAll(async () => {
  [overloaded, broken] = await Promise.all([
    startServer({
      DATABASE_URL: process.env.DATABASE_URL!,
      SESSION_SECRET: TEST_SESSION_SECRET,
      RENDER_TIMEOUT_MS: "1",
      PAGE_CACHE_SECONDS: "0",
    }),
    // A database with no tables, at the default bound: every page's loaders fail, a genuine error.
    startServer({
      DATABASE_URL: await freshDatabaseUrl("empty", { empty: true }),
      SESSION_SECRET: TEST_SESSION_SECRET,
    }),
  ]);
});
afterAll(() => Promise.all([overloaded?.stop(), broken?.stop()]));

const GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

describe("a page that misses its time bound (overload)", () => {
  it("answers 503 with Retry-After and the Korean 잠시 후 다시 시도 page, never 500, for browsers and crawlers", async () => {
    const paths = ["/", "/news", "/shop", "/news", "/shop/naechingu-gim-dosirak"];
    const started = Date.now();
    const answers = await Promise.all(
      [...paths, ...paths].map((path, i) =>
        fetch(`${overloaded.url}${path}`, { headers: i % 2 ? { "User-Agent": GOOGLEBOT } : {} }),
      ),
    );
    console.log(
      `RENDER_TIMEOUT_MS=1: ${answers.length} pages answered ${[...new Set(answers.map((a) => a.status))]} ` +
        `in ${Date.now() - started} ms`,
    );
    for (const res of answers) {
      expect(res.status).toBe(503);
      expect(res.headers.get("retry-after")).toBe("10");
      expect(res.headers.get("cache-control")).toBe("no-store");
      const html = await res.text();
      expect(html).toContain('<html lang="ko"');
      expect(html).toContain("잠시 후 다시 시도해 주세요");
      expect(html).not.toContain("일시적인 오류가 발생했습니다");
    }
    // Logged as the server being late, with the request's id, not as an unexpected error.
    await new Promise((r) => setTimeout(r, 200));
    expect(overloaded.output()).toContain("page over its time bound: 503");
    expect(overloaded.output()).not.toContain('"unexpected error"');
  });

  it("leaves what renders no page alone: /healthz and /robots.txt answer 200", async () => {
    const [health, robots] = await Promise.all([
      fetch(`${overloaded.url}/healthz`),
      fetch(`${overloaded.url}/robots.txt`),
    ]);
    expect([health.status, robots.status]).toEqual([200, 200]);
  });
});

describe("a genuine error at the default bound", () => {
  it("stays 500 with the 오류 번호 and no Retry-After", async () => {
    const res = await fetch(`${broken.url}/news`);
    expect(res.status).toBe(500);
    expect(res.headers.get("retry-after")).toBeNull();
    const html = (await res.text()).replace(/<!-- -->/g, "");
    expect(html).toContain("일시적인 오류가 발생했습니다");
    expect(html).toContain(`오류 번호: <code id="error-id">${res.headers.get("x-request-id")}</code>`);
  });
});
