// A route's loader data the way the browser gets it (Remix single fetch: `<path>.data`, turbo-stream
// encoded), for looking up what to load (an article, an issue, a product, stock) on any database.
import { decode } from "turbo-stream";

export async function routeData(base, pathname, routeId, cookie) {
  const url = new URL(pathname, base);
  url.pathname = url.pathname === "/" ? "/_root.data" : `${url.pathname}.data`;
  url.searchParams.set("_routes", routeId);
  const res = await fetch(url, { headers: cookie ? { Cookie: cookie } : {}, redirect: "manual" });
  if (res.status !== 200) throw new Error(`${pathname} (data) answered ${res.status}`);
  const decoded = await decode(res.body);
  await decoded.done;
  const result = decoded.value[routeId];
  if (!result || !("data" in result)) throw new Error(`${pathname} (data) has no data for ${routeId}`);
  return result.data;
}
