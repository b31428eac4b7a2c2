// The pages a reader, a search engine or a staff member can reach: every sitemap URL, the public pages
// the sitemap leaves out, and one page of each staff route shape found by following links from /admin and
// /center. Shared by the HTML check (scripts/site-check/check-html.ts) and the HTTP tests.
import { DEMO_PASSWORD } from "../../prisma/seed/demo-accounts";

export type SitePage = { url: string; as: string; cookie: string | null };

/** Public page types that are not in the sitemap (noindex or private to a visitor). */
const EXTRA_PUBLIC_PATHS = [
  `/search?q=${encodeURIComponent("자활센터")}`,
  "/search",
  "/news?page=2",
  "/cart",
  "/orders/lookup",
  "/login",
  "/no-such-page",
  "/news/no-such-article",
  "/shop/no-such-product",
];

const STAFF = [
  { as: "admin", email: "admin@gjjahwal.example", start: "/admin" },
  { as: "seogu", email: "seogu@gjjahwal.example", start: "/center" },
];

export async function sitemapUrls(base: string): Promise<string[]> {
  const xml = await (await fetch(`${base}/sitemap.xml`)).text();
  // Sitemap <loc>s carry PUBLIC_BASE_URL; read them against the server under test.
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => {
    const url = new URL(m[1]!.replace(/&amp;/g, "&"));
    return `${base}${url.pathname}${url.search}`;
  });
}

export async function staffCookie(base: string, email: string): Promise<string> {
  const res = await fetch(`${base}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { Origin: base, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email, password: DEMO_PASSWORD, redirectTo: "" }),
  });
  const cookie = res.headers.get("set-cookie")?.split(";")[0];
  if (!cookie) throw new Error(`login as ${email} failed: ${res.status}`);
  return cookie;
}

/** A route shape: ids, order numbers and dates replaced, so one page stands for all of its kind. */
function shape(path: string) {
  return path
    .split("/")
    .map((part) => (/\d/.test(part) || part.length > 20 ? ":id" : part))
    .join("/");
}

const inArea = (href: string, area: string) =>
  href === area || (/^[/?]/.test(href.slice(area.length)) && href.startsWith(area));

/** Breadth-first over same-area links, one page per route shape; file downloads (.csv) left out. */
async function staffPages(base: string, start: string, cookie: string, as: string, limit = 60) {
  const seen = new Set<string>();
  const pages: SitePage[] = [];
  const queue = [start];
  while (queue.length && pages.length < limit) {
    const path = queue.shift()!;
    const key = shape(path.split("?")[0]!);
    if (seen.has(key)) continue;
    seen.add(key);
    const res = await fetch(`${base}${path}`, { headers: { Cookie: cookie }, redirect: "manual" });
    const location = res.headers.get("location");
    if (location?.startsWith("/")) queue.push(location);
    if (res.status !== 200 || !res.headers.get("content-type")?.includes("text/html")) continue;
    pages.push({ url: `${base}${path}`, as, cookie });
    const html = await res.text();
    for (const m of html.matchAll(/href="(\/[^"#]*)"/g)) {
      const href = m[1]!.replace(/&amp;/g, "&");
      if (inArea(href, start) && !/\.(csv|pdf)(\?|$)/.test(href)) queue.push(href);
    }
  }
  return pages;
}

/** An order placed in the database under test (scripts/site-check/order-fixtures.ts). */
export type OrderPage = { as: string; number: string; lookupToken: string };

/**
 * Every page type, and with `orders` each order's three pages: the customer's (by its token), the
 * admin's and the producing center's (서구, which makes everything the seed sells).
 */
export async function sitePages(base: string, orders: OrderPage[] = []): Promise<SitePage[]> {
  const pages: SitePage[] = (await sitemapUrls(base)).map((url) => ({ url, as: "reader", cookie: null }));
  for (const path of EXTRA_PUBLIC_PATHS) pages.push({ url: `${base}${path}`, as: "reader", cookie: null });
  const cookies: Record<string, string> = {};
  for (const staff of STAFF) {
    const cookie = (cookies[staff.as] = await staffCookie(base, staff.email));
    pages.push(...(await staffPages(base, staff.start, cookie, staff.as)));
  }
  const seen = new Set(pages.map((p) => p.url));
  for (const order of orders) {
    const more: SitePage[] = [
      { url: `${base}/orders/${order.lookupToken}`, as: `reader, ${order.as} order`, cookie: null },
      { url: `${base}/admin/orders/${order.number}`, as: `admin, ${order.as} order`, cookie: cookies.admin! },
      { url: `${base}/center/orders/${order.number}`, as: `seogu, ${order.as} order`, cookie: cookies.seogu! },
    ];
    for (const page of more) if (!seen.has(page.url)) pages.push(page);
  }
  return pages;
}
