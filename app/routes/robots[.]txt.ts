import { env } from "~/utils/env.server";

export function loader() {
  const body = [
    "User-agent: *",
    "Allow: /",
    "Disallow: /admin",
    // RFC 9309 rules are prefixes and the longest match wins: without the Allow, /center (the producing
    // centers' work area) would also block the public /centers pages.
    "Allow: /centers",
    "Disallow: /center",
    "Disallow: /cart",
    "Disallow: /checkout",
    "Disallow: /orders",
    "Disallow: /search",
    "",
    `Sitemap: ${env.PUBLIC_BASE_URL}/sitemap.xml`,
    "",
  ].join("\n");
  return new Response(body, {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
