import { env } from "./env.server";

// C0 and C1 controls, DEL and backslashes: the URL parser drops tabs and newlines and reads "\" as "/",
// so "/\t/evil.example" or "/\\evil.example" would come out as "//evil.example". Nothing legitimate has them.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\\]/;

/**
 * The one place a redirect target taken from input (a `redirectTo` parameter, the request's own URL)
 * becomes a Location. The value is resolved against the site's origin with the URL parser, as a browser
 * would, and kept only when the origin is unchanged; whatever the encoding or dot segments, the result is
 * a path starting with exactly one "/", so no browser can read it as protocol-relative.
 */
export function safeRedirect(target: unknown, fallback = "/", origin = env.PUBLIC_BASE_URL): string {
  if (typeof target !== "string" || target === "" || UNSAFE_CHARACTERS.test(target)) return fallback;
  const base = new URL(origin);
  let url: URL;
  try {
    url = new URL(target, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base.origin || url.username || url.password) return fallback;
  // "/.//evil.example" or "/%2e%2e//evil.example" resolve to the path "//evil.example": same origin for
  // the parser, another host for the browser reading the Location. Collapse the leading slashes.
  const path = url.pathname.replace(/^\/+/, "/");
  return `${path}${url.search}${url.hash}`;
}

/** The request's own page (path and query) with a changed query, e.g. to show a notice after a POST. */
export function backToSamePage(request: Request, change: (params: URLSearchParams) => void): string {
  const url = new URL(request.url);
  change(url.searchParams);
  return safeRedirect(`${url.pathname}${url.search}`);
}
