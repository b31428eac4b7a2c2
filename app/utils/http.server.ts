import { data, type HeadersFunction } from "@remix-run/node";

/** Public pages: browsers revalidate after a minute, a CDN may keep them five minutes and serve stale while refreshing. */
export const PUBLIC_CACHE_CONTROL = "public, max-age=60, s-maxage=300, stale-while-revalidate=600";

/** `export const headers = publicPageHeaders` on every public route (entry.server marks error pages no-store). */
export const publicPageHeaders: HeadersFunction = () => ({ "Cache-Control": PUBLIC_CACHE_CONTROL });

export function notFound(): never {
  throw data("Not Found", { status: 404 });
}

/** Throws a 404 when a list is paged past its end (page 1 of an empty list is fine). */
export function assertPageInRange(page: number, pageCount: number) {
  if (page > 1 && page > pageCount) notFound();
}
