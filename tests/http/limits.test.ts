import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "~/utils/prisma-client";
import { freshDatabaseUrl } from "../support/database";
import { httpClient } from "../support/http-client";
import { startServer, TEST_SESSION_SECRET, type RunningServer } from "../support/server";

let server: RunningServer;
let client: ReturnType<typeof httpClient>;
let databaseUrl: string;

beforeAll(async () => {
  databaseUrl = await freshDatabaseUrl("limits");
  server = await startServer({
    DATABASE_URL: databaseUrl,
    SESSION_SECRET: TEST_SESSION_SECRET,
    // Short enough to test quickly, long enough that a loaded machine still reads the bursts' headers in time.
    HTTP_HEADERS_TIMEOUT_MS: "5000",
    // Each burst below comes from its own address, as X-Forwarded-For from the (trusted) loopback proxy.
    TRUST_PROXY: "loopback",
  });
  client = httpClient(server);
});
afterAll(() => server?.stop());

const rssKb = () => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${server.process.pid}/status`, "utf8"))![1]);

/** A raw POST declaring `declared` bytes and sending `sent` of them; the status (and when it came). */
function rawPost(path: string, headers: Record<string, string>, sent: number) {
  const { hostname, port } = new URL(server.url);
  return new Promise<{ status: number; ms: number; body: string }>((resolve, reject) => {
    const started = Date.now();
    const req = http.request({ hostname, port, path, method: "POST", headers }, (res) => {
      let body = "";
      res.on("data", (d) => (body += d));
      res.on("end", () => resolve({ status: res.statusCode!, ms: Date.now() - started, body }));
    });
    req.on("error", reject);
    req.write("a=".padEnd(sent, "x"));
    // Never finishes a declared body: the answer must not wait for it.
    if (!headers["Content-Length"]) req.end();
  });
}

describe("login attempts under concurrency", () => {
  it("checks no more passwords than the limit, however many guesses arrive at once", async () => {
    const guesses = (n: number, address: string, rightAt = -1) =>
      Promise.all(
        Array.from({ length: n }, (_, i) =>
          client.post(
            "/login",
            { email: "admin@gjjahwal.example", password: i === rightAt ? "jahwal-demo-2026" : `guess-${i}` },
            { "X-Forwarded-For": address },
          ),
        ),
      );
    const tally = (responses: Response[]) =>
      responses.reduce<Record<number, number>>((t, r) => ({ ...t, [r.status]: (t[r.status] ?? 0) + 1 }), {});

    const forty = tally(await guesses(40, "198.51.100.40"));
    console.log("40 wrong passwords at once:", forty);
    expect(forty).toEqual({ 401: 5, 429: 35 });

    const burst = await guesses(150, "198.51.100.150", 136);
    console.log("150 guesses at once, the right one at #137:", tally(burst));
    expect(tally(burst)[401]! + (tally(burst)[302] ?? 0)).toBeLessThanOrEqual(5);
    expect(burst[136]!.status).toBe(429);
    expect(burst.some((r) => r.headers.get("set-cookie"))).toBe(false);

    // The admin, from her own address, is not locked out by either burst.
    expect(
      (
        await client.post(
          "/login",
          { email: "admin@gjjahwal.example", password: "jahwal-demo-2026" },
          { "X-Forwarded-For": "203.0.113.9" },
        )
      ).status,
    ).toBe(302);
  });
});

describe("request size limits", () => {
  it("refuses a 100 MB form post by its declared length at once, without reading it", async () => {
    const before = rssKb();
    const declared = await rawPost(
      "/login",
      { "Content-Type": "application/x-www-form-urlencoded", "Content-Length": String(100 * 1024 * 1024) },
      64 * 1024,
    );
    console.log(`100 MB declared form: ${declared.status} after ${declared.ms} ms; RSS ${before} → ${rssKb()} kB`);
    expect(declared.status).toBe(413);
    expect(declared.body).toContain("보낸 내용이 너무 큽니다");
  });

  it("refuses a chunked body as soon as it passes the limit, and uploads over theirs", async () => {
    const chunked = await rawPost(
      "/login",
      { "Content-Type": "application/x-www-form-urlencoded", "Transfer-Encoding": "chunked" },
      3 * 1024 * 1024,
    );
    expect(chunked.status).toBe(413);
    const upload = await rawPost(
      "/center/shipping",
      { "Content-Type": "multipart/form-data; boundary=x", "Content-Length": String(40 * 1024 * 1024) },
      1024,
    );
    expect(upload.status).toBe(413);
    // An ordinary form still goes through.
    expect((await client.post("/login", { email: "admin@gjjahwal.example", password: "wrong" })).status).toBe(401);
  });

  it("closes a connection whose headers don't arrive within the headers timeout", async () => {
    const { hostname, port } = new URL(server.url);
    const socket = net.connect(Number(port), hostname);
    socket.write("GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ");
    const started = Date.now();
    const answer = await new Promise<string>((resolve) => {
      let text = "";
      socket.on("data", (d) => (text += d));
      socket.on("close", () => resolve(text));
    });
    const ms = Date.now() - started;
    console.log(`slow headers: closed after ${ms} ms with ${JSON.stringify(answer.split("\r\n")[0])}`);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(ms).toBeLessThan(15_000);
  });
});

describe("request logs", () => {
  it("log every request as JSON with its id, and no personal data", async () => {
    const lookup = await client.post("/orders/lookup", { number: "SD-20231201-ABCDEF", phone: "010-9876-5432" });
    const id = lookup.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9A-F]{10}$/);
    await client.post("/login?email=leak@example.kr", { email: "leak@example.kr", password: "secret-password-1" });
    await new Promise((r) => setTimeout(r, 200));
    const lines = server
      .output()
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as { req?: { id: string; path: string }; res?: { statusCode: number } });
    expect(lines.find((line) => line.req?.id === id)).toMatchObject({ req: { path: "/orders/lookup" } });
    // The phone number in any form, but not its bare 4 digits: a random hex request id can contain "9876".
    const phone = ["010-9876-5432", "9876-5432", "98765432"];
    for (const secret of [...phone, "leak@example.kr", "secret-password", "admin@gjjahwal.example", "sd_session"]) {
      expect(server.output()).not.toContain(secret);
    }
  });
});

describe("form input", () => {
  it("answers a field sent twice with a Korean message beside it, not Zod's English", async () => {
    const body = new URLSearchParams([
      ["email", "admin@gjjahwal.example"],
      ["email", "editor@gjjahwal.example"],
      ["password", "x"],
    ]);
    const res = await client.send("/login", { method: "POST", body, headers: { Origin: server.url } });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("같은 항목이 두 번 보내졌습니다");
    expect(html).not.toContain("Expected string, received array");
  });

  it("removes control characters, keeps line breaks only in the multi-line field, counts an emoji as one", async () => {
    // The server's database, read as the server stores it (SQLite or PostgreSQL).
    const db = createPrismaClient(databaseUrl);
    const centerOf = () =>
      db.center.findUniqueOrThrow({
        where: { slug: "seogu" },
        select: { id: true, name: true, representative: true, address: true, description: true },
      });
    const center = await centerOf();
    const cookie = await client.logIn("admin@gjjahwal.example", undefined, { "X-Forwarded-For": "203.0.113.20" });
    const family = "👨‍👩‍👧‍👦";
    const fields = (name: string) => ({
      name,
      shortName: "서구",
      slug: "seogu",
      kind: "LOCAL",
      representative: "김\u0007대표\u001b[31m",
      address: "광주 서구\r\n1층",
      description: "첫 줄\r\n둘째 줄\u0000",
      shippingFee: "3,000",
      freeShippingThreshold: "30,000",
    });
    try {
      // 50 characters as a person counts them (4 letters and 46 family emoji), 510 UTF-16 units.
      const fits = `서구\u0000센터${family.repeat(46)}`;
      const saved = await client.post(`/admin/centers/${center.id}`, fields(fits), { Cookie: cookie });
      expect(saved.status).toBe(302);
      expect(await centerOf()).toMatchObject({
        name: `서구센터${family.repeat(46)}`,
        representative: "김대표[31m",
        address: "광주 서구 1층",
        description: "첫 줄\n둘째 줄",
      });
      const page = await (await client.send(`/admin/centers/${center.id}`, { headers: { Cookie: cookie } })).text();
      expect(["\u0000", "\u0007", "\u001b"].filter((c) => page.includes(c))).toEqual([]);

      const tooLong = await client.post(`/admin/centers/${center.id}`, fields(`서구센터${family.repeat(47)}`), {
        Cookie: cookie,
      });
      expect(tooLong.status).toBe(400);
      expect(await tooLong.text()).toContain("50자 이내로 입력해 주세요.");
      expect((await centerOf()).name).toBe(`서구센터${family.repeat(46)}`);
    } finally {
      await db.$disconnect();
    }
  });
});
