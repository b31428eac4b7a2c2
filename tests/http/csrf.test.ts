import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyTemplateDatabase, readVariant } from "../support/database";
import { httpClient } from "../support/http-client";
import { freePort, startServer, TEST_SESSION_SECRET, type RunningServer } from "../support/server";

// A page on another port of the same host, as in the report: same site for SameSite=Lax, another origin.
let server: RunningServer;
let client: ReturnType<typeof httpClient>;
let databaseFile: string;
let elsewhere: string;
let cookie: string;
let variant: { id: number; stock: number };

const stockOf = (id: number) => {
  const db = new Database(databaseFile, { readonly: true });
  try {
    return (db.prepare(`SELECT "stock" FROM "ProductVariant" WHERE "id" = ?`).get(id) as { stock: number }).stock;
  } finally {
    db.close();
  }
};
const stockFields = (stock: number) => ({
  variantId: String(variant.id),
  expectedStock: String(stockOf(variant.id)),
  stock: String(stock),
});

beforeAll(async () => {
  databaseFile = copyTemplateDatabase("csrf");
  server = await startServer({ DATABASE_URL: `file:${databaseFile}`, SESSION_SECRET: TEST_SESSION_SECRET });
  client = httpClient(server);
  elsewhere = `http://127.0.0.1:${await freePort()}`;
  cookie = await client.logIn("seogu@gjjahwal.example");
  variant = readVariant(databaseFile, "naechingu-gim-dosirak");
});
afterAll(() => server?.stop());

async function expectKoreanRefusal(res: Response) {
  expect(res.status).toBe(403);
  const html = await res.text();
  expect(html).toContain('<html lang="ko"');
  expect(html).toContain("다른 사이트에서 보낸 요청은 처리하지 않습니다");
}

describe("state changes from another origin are refused with a Korean 403, in every URL form", () => {
  it.each([
    ["document", "/center/stock"],
    ["legacy ?_data=", "/center/stock?_data=routes%2Fcenter.stock"],
    ["single fetch .data", "/center/stock.data"],
  ])("%s POST %s leaves the stock as it was", async (_form, path) => {
    const before = stockOf(variant.id);
    const res = await client.post(path, stockFields(before - 7), { Cookie: cookie, Origin: elsewhere });
    await expectKoreanRefusal(res);
    expect(stockOf(variant.id)).toBe(before);
  });

  it("refuses a resource route, an upload and /logout (the session stays valid)", async () => {
    await expectKoreanRefusal(
      await client.post("/cms/markdown-preview", { body: "# x" }, { Cookie: cookie, Origin: elsewhere }),
    );
    const upload = new FormData();
    upload.set("file", new Blob(["주문번호,택배사,송장번호\n"], { type: "text/csv" }), "발송.csv");
    await expectKoreanRefusal(
      await client.send("/center/shipping", {
        method: "POST",
        body: upload,
        headers: { Cookie: cookie, Origin: elsewhere },
      }),
    );
    await expectKoreanRefusal(await client.post("/logout", {}, { Cookie: cookie, Origin: elsewhere }));
    expect((await client.send("/center/stock", { headers: { Cookie: cookie } })).status).toBe(200);
  });

  it("refuses PUT, PATCH and DELETE alike, and an opaque Origin: null", async () => {
    for (const method of ["PUT", "PATCH", "DELETE"]) {
      await expectKoreanRefusal(
        await client.send("/center/stock", { method, headers: { Cookie: cookie, Origin: elsewhere } }),
      );
    }
    await expectKoreanRefusal(await client.post("/center/stock", stockFields(1), { Cookie: cookie, Origin: "null" }));
  });

  it("without Origin, goes by Sec-Fetch-Site: a sibling subdomain (same-site) is refused", async () => {
    const before = stockOf(variant.id);
    const noOrigin = (site: string) =>
      client.send("/center/stock?_data=routes%2Fcenter.stock", {
        method: "POST",
        body: new URLSearchParams(stockFields(before - 1)),
        headers: { Cookie: cookie, "Sec-Fetch-Site": site },
      });
    await expectKoreanRefusal(await noOrigin("same-site"));
    await expectKoreanRefusal(await noOrigin("cross-site"));
    expect(stockOf(variant.id)).toBe(before);
    expect((await noOrigin("same-origin")).status).toBe(200);
    expect(stockOf(variant.id)).toBe(before - 1);
  });

  it("refuses a request with cookies but neither header; without cookies (no one to act for) it goes on", async () => {
    const bare = (headers: Record<string, string>) =>
      client.send("/login", {
        method: "POST",
        body: new URLSearchParams({ email: "admin@gjjahwal.example", password: "wrong" }),
        headers,
      });
    await expectKoreanRefusal(await bare({ Cookie: cookie }));
    expect((await bare({})).status).toBe(401);
  });

  it("accepts the site's own pages in every URL form", async () => {
    const before = stockOf(variant.id);
    const forms = ["/center/stock?_data=routes%2Fcenter.stock", "/center/stock.data", "/center/stock"];
    for (const [i, path] of forms.entries()) {
      const own = await client.post(path, stockFields(before + i + 1), { Cookie: cookie });
      expect(own.status).toBe(200);
      expect(stockOf(variant.id)).toBe(before + i + 1);
    }
  });

  it("leaves the Stripe webhook to its signature check", async () => {
    const res = await client.send("/webhooks/stripe", {
      method: "POST",
      body: "{}",
      headers: { Origin: elsewhere, "Content-Type": "application/json", "Stripe-Signature": "t=1,v1=00" },
    });
    expect(res.status).toBe(400);
  });
});

describe("redirect targets taken from input", () => {
  it.each(["/.//evil.example", "/%2e%2e//evil.example", "/%2E//evil.example/x", "/\\/evil.example", "//evil.example"])(
    "after POST /login and for a signed-in visitor, %j never leads to another host",
    async (redirectTo) => {
      const res = await client.post("/login", {
        email: "admin@gjjahwal.example",
        password: "jahwal-demo-2026",
        redirectTo,
      });
      expect(res.status).toBe(302);
      const location = res.headers.get("location")!;
      expect(new URL(location, "https://news.example.kr/login").host).toBe("news.example.kr");
      const admin = res.headers.get("set-cookie")!.split(";")[0]!;
      const again = await client.send(`/login?redirectTo=${encodeURIComponent(redirectTo)}`, {
        headers: { Cookie: admin },
      });
      expect(again.status).toBe(302);
      expect(new URL(again.headers.get("location")!, "https://news.example.kr/login").host).toBe("news.example.kr");
    },
  );
});

describe("production headers", () => {
  it("sends HSTS (the site is served over HTTPS) with the baseline headers", async () => {
    const res = await client.send("/");
    expect(res.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });
});
