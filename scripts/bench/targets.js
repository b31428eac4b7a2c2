// What `npm run bench` loads: public pages, search, the cart with items and the signed-in staff pages.
// Paths that depend on the data (an article, an issue, a product, an order) are looked up over HTTP
// through Remix's data requests, so the same code works on SQLite and PostgreSQL.
import { routeData } from "./route-data.js";

/**
 * The targets, each { name, path, kind: "page" | "staff" | "search", headers?, goalCpuMs }.
 * `shop` holds the cookies from commerce.js (cart, admin, staff) and an order number, when prepared.
 */
export async function buildTargets(base, { articleSlug, shop }) {
  const { issues } = await routeData(base, "/issues", "routes/issues._index");
  const issueKey = issues[Math.floor(issues.length / 2)].key;
  const { products } = await routeData(base, "/shop", "routes/shop._index");
  const q = (term) => `/search?q=${encodeURIComponent(term)}`;
  const targets = [
    { name: "/", path: "/", kind: "page", goalCpuMs: 4 },
    { name: "article", path: `/news/${articleSlug}`, kind: "page", goalCpuMs: 4 },
    { name: "issue", path: `/issues/${issueKey}`, kind: "page", goalCpuMs: 4 },
    { name: "product", path: `/shop/${products[0].slug}`, kind: "page", goalCpuMs: 4 },
    { name: "/search?q=자활센터", path: q("자활센터"), kind: "search", goalCpuMs: 8 },
    { name: "/search?q=청년", path: q("청년"), kind: "search", goalCpuMs: 8 },
  ];
  if (shop) {
    targets.push(
      { name: "/cart (2 items)", path: "/cart", kind: "private", cookie: shop.cartCookie, goalCpuMs: 4 },
      { name: "/center (서구)", path: "/center", kind: "staff", cookie: shop.staffCookie, goalCpuMs: 6 },
      { name: "/admin/orders", path: "/admin/orders", kind: "staff", cookie: shop.adminCookie, goalCpuMs: 6 },
    );
    if (shop.orderNumber)
      targets.push({
        name: "admin order",
        path: `/admin/orders/${shop.orderNumber}`,
        kind: "staff",
        cookie: shop.adminCookie,
        goalCpuMs: 6,
      });
  }
  return targets;
}
