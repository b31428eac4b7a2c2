// The shop side of `npm run bench`, driven over HTTP like a browser (so it works on any database):
// staff sign-ins, a cart with items, and the checkout race (many buyers, one product, limited stock),
// paid through a local Stripe stand-in (tests/support/stripe-stand-in.ts) and signed webhooks.
import path from "node:path";
import Stripe from "stripe";
import { tsImport } from "tsx/esm/api";
import { percentile } from "./load.js";
import { BUYER_FIELDS } from "../../tests/support/buyer-form.js";
import { routeData } from "./route-data.js";

export const STRIPE_ENV = {
  STRIPE_SECRET_KEY: "sk_test_bench_only",
  STRIPE_WEBHOOK_SECRET: "whsec_bench_only_0123456789abcdef",
};
const DEMO_PASSWORD = "jahwal-demo-2026"; // prisma/seed/demo-accounts.ts

/** The Stripe stand-in the app's SDK talks to (STRIPE_API_BASE), in this process. */
export async function startStripe(root) {
  const { startStripeStandIn } = await tsImport(
    path.join(root, "tests", "support", "stripe-stand-in.ts"),
    import.meta.url,
  );
  return startStripeStandIn();
}

/** One request without following redirects; form bodies urlencoded; cookies as "name=value; …". */
async function send(base, pathname, { method = "GET", form, cookie } = {}) {
  const headers = { Origin: base };
  if (cookie) headers.Cookie = cookie;
  if (form) headers["Content-Type"] = "application/x-www-form-urlencoded";
  const res = await fetch(base + pathname, {
    method,
    headers,
    body: form ? new URLSearchParams(form).toString() : undefined,
    redirect: "manual",
  });
  const text = await res.text();
  const cookies = res.headers.getSetCookie().map((c) => c.split(";")[0]);
  return { status: res.status, location: res.headers.get("location"), text, cookies };
}

/** The order form's hidden fields for this cart (the amount shown, the policy versions), as a browser sends them. */
async function checkoutFields(base, cart) {
  const page = await send(base, "/checkout", { cookie: cart });
  const hidden = [...page.text.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)];
  return { ...Object.fromEntries(hidden.map((m) => [m[1], m[2]])), ...BUYER_FIELDS };
}

const join = (...cookies) => cookies.filter(Boolean).join("; ");

/** Signs in a demo account; returns its session cookie. */
export async function signIn(base, email) {
  const res = await send(base, "/login", { method: "POST", form: { email, password: DEMO_PASSWORD } });
  const cookie = res.cookies.find((c) => c.startsWith("sd_session="));
  if (res.status !== 302 || !cookie) throw new Error(`sign-in as ${email} answered ${res.status}`);
  return cookie;
}

async function centerStock(base, staffCookie) {
  return (await routeData(base, "/center/stock", "routes/center.stock", staffCookie)).products;
}

async function setStock(base, staffCookie, variant, stock) {
  const form = { variantId: variant.id, expectedStock: variant.stock, stock };
  const res = await send(base, "/center/stock", { method: "POST", form, cookie: staffCookie });
  if (res.status !== 200) throw new Error(`setting stock answered ${res.status}`);
}

/** Adds one line to a cart (a new one without `cart`); returns the cart cookie, or null when refused. */
async function addToCart(base, variantId, quantity, cart) {
  const res = await send(base, "/cart", {
    method: "POST",
    form: { intent: "add", variantId, quantity },
    cookie: cart,
  });
  if (res.status >= 400) return null;
  return res.cookies.find((c) => c.startsWith("sd_cart=")) ?? cart ?? null;
}

/**
 * Seogu's sellable options: the first is the checkout race's product, the others fill the bench's cart.
 * Returns { cartCookie, raceVariant }.
 */
export async function prepareShop(base, staffCookie) {
  const products = await centerStock(base, staffCookie);
  const sellable = products
    .filter((p) => p.visible)
    .flatMap((p) => p.variants.filter((v) => v.active).map((v) => ({ ...v, product: p.name })));
  if (sellable.length < 2) throw new Error("the seed has fewer than two sellable options at 서구");
  for (const v of sellable.slice(1, 3)) if (v.stock < 50) await setStock(base, staffCookie, v, 500);
  let cart = null;
  for (const v of sellable.slice(1, 3)) cart = await addToCart(base, v.id, 2, cart);
  if (!cart) throw new Error("could not fill the bench's cart");
  return { cartCookie: cart, raceVariant: sellable[0] };
}

/**
 * `buyers` concurrent buyers each loop: new cart with one unit, checkout; until the product is sold out.
 * Then every placed order is paid through a signed checkout.session.completed webhook.
 */
export async function checkoutRace({ base, staffCookie, variant, stock, buyers, stripe }) {
  const fresh = (await centerStock(base, staffCookie)).flatMap((p) => p.variants).find((v) => v.id === variant.id);
  await setStock(base, staffCookie, fresh, stock);
  const latencies = [];
  const placed = [];
  const refused = { cart: 0, checkout: 0, other: {} };
  const t0 = performance.now();
  async function buyer() {
    for (;;) {
      const cart = await addToCart(base, variant.id, 1);
      if (!cart) {
        refused.cart++;
        return;
      }
      const form = await checkoutFields(base, cart);
      const t = performance.now();
      const res = await send(base, "/checkout", { method: "POST", form, cookie: cart });
      latencies.push(performance.now() - t);
      if (res.status === 302 && res.location?.includes("/c/pay/")) placed.push(res.location);
      // Sold out: the action answers 409, or (the cart now showing the problem) its page sends the buyer
      // back to /cart.
      else if (res.status === 409 || (res.status === 302 && res.location === "/cart")) {
        refused.checkout++;
        return;
      } else {
        const key = res.location ? `${res.status} → ${res.location}` : String(res.status);
        refused.other[key] = (refused.other[key] ?? 0) + 1;
        return;
      }
    }
  }
  await Promise.all(Array.from({ length: buyers }, buyer));
  const seconds = (performance.now() - t0) / 1000;
  const after = (await centerStock(base, staffCookie)).flatMap((p) => p.variants).find((v) => v.id === variant.id);
  latencies.sort((a, b) => a - b);

  // Pay them all, as Stripe would tell the app.
  const signer = new Stripe(STRIPE_ENV.STRIPE_SECRET_KEY);
  const orderNumbers = [];
  for (const location of placed) {
    const id = /cs_[A-Za-z0-9_]+/.exec(location ?? "")?.[0];
    const session = id && stripe.sessions.get(id);
    if (!session) continue;
    const paid = { ...session, status: "complete", payment_status: "paid", payment_intent: `pi_bench_${id}` };
    const payload = JSON.stringify({
      id: `evt_bench_${id}`,
      object: "event",
      type: "checkout.session.completed",
      data: { object: paid },
    });
    const signature = signer.webhooks.generateTestHeaderString({ payload, secret: STRIPE_ENV.STRIPE_WEBHOOK_SECRET });
    const res = await fetch(`${base}/webhooks/stripe`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "Stripe-Signature": signature },
      body: payload,
    });
    if (res.ok) orderNumbers.push(session.metadata.orderNumber);
  }
  return {
    buyers,
    stock,
    orders: placed.length,
    seconds,
    ordersPerSec: placed.length / seconds,
    checkoutP50: percentile(latencies, 50),
    checkoutP95: percentile(latencies, 95),
    stockAfter: after.stock,
    oversold: placed.length > stock || after.stock < 0 || stock - after.stock !== placed.length,
    refused,
    paid: orderNumbers.length,
    orderNumbers,
  };
}

export { join as joinCookies };
