import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabaseUrl } from "../support/database";
import { startServer, TEST_SESSION_SECRET, type RunningServer } from "../support/server";

// A database with no tables: every page's queries fail, as they would if the database broke.
let server: RunningServer;
beforeAll(async () => {
  const empty = await freshDatabaseUrl("empty", { empty: true });
  server = await startServer({ DATABASE_URL: empty, SESSION_SECRET: TEST_SESSION_SECRET });
});
afterAll(() => server?.stop());

describe("unexpected errors in production", () => {
  it("answer with the friendly Korean 500 page and no internals", async () => {
    const res = await fetch(`${server.url}/news/haccp-mou`);
    expect(res.status).toBe(500);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const html = await res.text();
    expect(html).toContain('<html lang="ko"');
    expect(html).toContain("일시적인 오류가 발생했습니다");
    expect(html).not.toMatch(/PrismaClient|no such table|does not exist|\bat \w+ \(|node_modules/);
  });

  it("log the error once with the request id that the Korean 500 page shows as 오류 번호", async () => {
    const res = await fetch(`${server.url}/news`);
    expect(res.status).toBe(500);
    const id = res.headers.get("x-request-id")!;
    const html = (await res.text()).replace(/<!-- -->/g, "");
    expect(html).toContain(`오류 번호: <code id="error-id">${id}</code>`);
    await new Promise((r) => setTimeout(r, 200));
    const entries = server
      .output()
      .split("\n")
      .filter((line) => line.includes(id) && line.includes('"unexpected error"'));
    expect(entries).toHaveLength(1);
    expect(JSON.parse(entries[0]!)).toMatchObject({ level: 50, requestId: id, path: "/news" });
  });
});
