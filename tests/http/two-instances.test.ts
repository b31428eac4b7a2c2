import crypto from "node:crypto";
import path from "node:path";
import pg from "pg";
import sharp from "sharp";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma as db } from "~/utils/db.server";
import { WEBZINE_SITE_INFO } from "~/site-info/site-info-fields";
import { BUYER_FIELDS, httpClient, orderFormHiddenFields } from "../support/http-client";
import { TMP } from "../support/paths";
import { startLocalS3 } from "../support/s3";
import { startServer, TEST_SESSION_SECRET, type RunningServer } from "../support/server";
import { startStripeStandIn } from "../support/stripe-stand-in";

// Two production servers (`node server.js`) on two loopback ports and one PostgreSQL database, as behind a
// load balancer: what one instance does, the other must see at once. PostgreSQL only (vitest.config.ts:
// POSTGRES_ONLY); on SQLite the app runs as one instance. Uploads go to one S3 bucket (s3rver).

const STRIPE = { STRIPE_SECRET_KEY: "sk_test_two_instances", STRIPE_WEBHOOK_SECRET: "whsec_two_instances_0123456789" };

const standIn = await startStripeStandIn();
// Uploads in one S3 bucket (s3rver, the S3 protocol on the loopback) that both instances use.
const s3 = await startLocalS3();
// The file's own fresh database (per-file-database.ts), which also checks its money invariant afterwards.
const databaseUrl = process.env.DATABASE_URL!;
let a: RunningServer;
let b: RunningServer;
type Client = ReturnType<typeof httpClient>;
let onA: Client;
let onB: Client;

beforeAll(async () => {
  const env = {
    DATABASE_URL: databaseUrl,
    SESSION_SECRET: TEST_SESSION_SECRET,
    // Long caches: a change that shows on the other instance in time can only have come from the broadcast.
    PAGE_CACHE_SECONDS: "60",
    CONTENT_CACHE_SECONDS: "60",
    TRUST_PROXY: "loopback",
    STRIPE_API_BASE: standIn.url,
    ...STRIPE,
    ...s3.env,
  };
  // Each its own empty uploads folder: a photo one serves that the other uploaded came from the bucket.
  const uploads = () => ({ UPLOADS_DIR: path.join(TMP, `uploads-two-instances-${crypto.randomUUID()}`) });
  [a, b] = await Promise.all([startServer({ ...env, ...uploads() }), startServer({ ...env, ...uploads() })]);
  [onA, onB] = [httpClient(a), httpClient(b)];
  await bothListening();
});
afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop(), standIn.close()]);
  await s3.close();
});

/** Waits until both instances' broadcast connections LISTEN (they connect just after booting). */
async function bothListening() {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (let i = 0; i < 100; i++) {
      const { rows } = await client.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%'",
      );
      if (rows[0]!.n >= 2) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error("the instances' content broadcast never started listening");
  } finally {
    await client.end();
  }
}

/** Polls `check` every 20 ms for up to `ms`; how long it took, or null if it never held. */
async function within(ms: number, check: () => Promise<boolean>) {
  const started = Date.now();
  while (Date.now() - started <= ms) {
    if (await check()) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 20));
  }
  return null;
}

async function variantOf(slug: string) {
  return db.productVariant.findFirstOrThrow({ where: { active: true, product: { slug } }, orderBy: { id: "asc" } });
}

/** A new cart with one line on `server`, then its checkout there; the Stripe session id, or the refusal. */
async function buy(client: Client, variantId: number, quantity = 1) {
  const added = await client.post("/cart", { intent: "add", variantId: String(variantId), quantity: String(quantity) });
  const cart = added.headers
    .getSetCookie()
    .find((c) => c.startsWith("sd_cart="))
    ?.split(";")[0];
  if (!cart) return { refused: `cart ${added.status}` };
  const hidden = await orderFormHiddenFields(client, cart);
  const res = await client.post("/checkout", { ...hidden, ...BUYER_FIELDS }, { Cookie: cart });
  const session = /cs_[A-Za-z0-9_]+/.exec(res.headers.get("location") ?? "")?.[0];
  return session ? { session } : { refused: `checkout ${res.status} ${res.headers.get("location") ?? ""}` };
}

/** Stripe tells `server` that the session was paid (a signed webhook, as the real one). */
async function payThrough(server: RunningServer, sessionId: string) {
  const session = standIn.sessions.get(sessionId)!;
  const payload = JSON.stringify({
    id: `evt_two_${sessionId}`,
    object: "event",
    type: "checkout.session.completed",
    data: { object: { ...session, status: "complete", payment_status: "paid", payment_intent: `pi_${sessionId}` } },
  });
  const signature = new Stripe(STRIPE.STRIPE_SECRET_KEY).webhooks.generateTestHeaderString({
    payload,
    secret: STRIPE.STRIPE_WEBHOOK_SECRET,
  });
  const res = await fetch(`${server.url}/webhooks/stripe`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "Stripe-Signature": signature },
    body: payload,
  });
  expect(res.status).toBe(200);
  return (session.metadata as { orderNumber: string }).orderNumber;
}

describe("two instances on one PostgreSQL database", () => {
  it("shows a staff save made on A on B's cached public pages at once", async () => {
    for (const _ of [1, 2]) await onB.send("/");
    expect((await onB.send("/")).headers.get("x-cache")).toBe("HIT");
    const admin = await onA.logIn("admin@gjjahwal.example");
    const csHours = `평일 09:00–18:00 (${crypto.randomUUID().slice(0, 8)})`;
    const saved = await onA.post("/admin/site-info", { ...WEBZINE_SITE_INFO, csHours }, { Cookie: admin });
    expect(saved.status).toBe(302);
    // The NOTIFY arrives within milliseconds; the rest is B rendering the page again (slow on a loaded CI
    // machine). Without the broadcast B would serve the old page for PAGE_CACHE_SECONDS (60 s here).
    const took = await within(2000, async () => (await (await onB.send("/")).text()).includes(csHours));
    console.log(`site info saved on A: on B's home page after ${took} ms`);
    expect(took).not.toBeNull();
  });

  it("accepts a session cookie from A on B", async () => {
    const admin = await onA.logIn("admin@gjjahwal.example");
    expect((await onB.send("/admin/site-info", { headers: { Cookie: admin } })).status).toBe(200);
    expect((await onB.send("/admin/site-info")).status).toBe(302);
  });

  it("counts login failures on A and B against one limit", async () => {
    const from = { "X-Forwarded-For": "198.51.100.77" };
    const statuses = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        (i % 2 ? onA : onB).post("/login", { email: "admin@gjjahwal.example", password: `guess-${i}` }, from),
      ),
    ).then((responses) => responses.map((r) => r.status));
    console.log("12 wrong passwords split over A and B:", statuses.join(" "));
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(7);
    // The right password from that address is refused on both: the limit holds everywhere.
    for (const client of [onA, onB]) {
      const right = await client.post(
        "/login",
        { email: "admin@gjjahwal.example", password: "jahwal-demo-2026" },
        from,
      );
      expect(right.status).toBe(429);
    }
  });

  it("shows an order paid through A on B's center page", async () => {
    const variant = await variantOf("naechingu-gim-jaban");
    const bought = await buy(onA, variant.id, 2);
    expect(bought.session).toBeDefined();
    const orderNumber = await payThrough(a, bought.session!);
    const staff = await onA.logIn("seogu@gjjahwal.example");
    const page = await onB.send(`/center?q=${encodeURIComponent(orderNumber)}`, { headers: { Cookie: staff } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(orderNumber);
  });

  it("serves a photo uploaded through A from B", async () => {
    const admin = await onA.logIn("admin@gjjahwal.example");
    const product = await db.product.findUniqueOrThrow({ where: { slug: "naechingu-gim-gift-set" } });
    const png = await sharp({ create: { width: 900, height: 600, channels: 3, background: "#2a9d8f" } })
      .png()
      .toBuffer();
    const form = new FormData();
    form.set("intent", "photo-add");
    form.set("alt", "두 인스턴스 사진");
    form.set("photo", new File([new Uint8Array(png)], "photo.png", { type: "image/png" }));
    const saved = await onA.send(`/admin/products/${product.id}`, {
      method: "POST",
      body: form,
      headers: { Cookie: admin, Origin: a.url },
    });
    expect(saved.status).toBeLessThan(400);
    const { image } = await db.productImage.findFirstOrThrow({
      where: { productId: product.id, image: { alt: "두 인스턴스 사진" } },
      include: { image: true },
    });
    expect(await s3.head(image.storageKey)).not.toBeNull();
    const served = await onB.send(`/uploads/${image.storageKey}`);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/jpeg");
  });

  it("never oversells when 50 buyers check out at once over both instances", async () => {
    const variant = await variantOf("naechingu-gim-dosirak");
    await db.productVariant.update({ where: { id: variant.id }, data: { stock: 20 } });
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => buy(i % 2 ? onA : onB, variant.id)));
    const placed = results.filter((r) => r.session);
    const left = (await db.productVariant.findUniqueOrThrow({ where: { id: variant.id } })).stock;
    const refusals = results.flatMap((r) => (r.refused ? [r.refused] : []));
    console.log(`50 buyers over A and B, 20 in stock: ${placed.length} orders, ${left} left; refused:`, refusals);
    // Every order placed holds one unit, and no more were sold than there were. (On a loaded machine some
    // checkouts wait on the product's row lock past Prisma's 5 s transaction timeout and answer 500: rolled
    // back, nothing sold, but a known gap; see the h13multi report.)
    expect(placed.length).toBeGreaterThan(0);
    expect(placed.length).toBeLessThanOrEqual(20);
    expect(left).toBe(20 - placed.length);
  }, 120_000);
});
