import crypto from "node:crypto";

export function createNonce(): string {
  return crypto.randomBytes(16).toString("base64");
}

/** The Kakao (다음) 우편번호 service: its script and the search frame it embeds. */
export const POSTCODE_HOSTS = {
  script: ["https://t1.daumcdn.net", "https://ssl.daumcdn.net"],
  frame: ["https://postcode.map.daum.net", "https://postcode.map.kakao.com"],
};

/** Route ids whose documents may load the 우편번호 service (the order form only). */
export const POSTCODE_ROUTES = new Set(["routes/checkout._index"]);

/**
 * Content-Security-Policy for HTML documents. Scripts run only with this response's nonce;
 * in development Vite's HMR client also needs websockets and inline styles. With `postcode` (the
 * checkout page) the 우편번호 hosts are allowed by name, so 'strict-dynamic' (which would ignore host
 * lists and trust any script our scripts add) is left out there.
 */
export function contentSecurityPolicy(nonce: string, { dev = false, postcode = false } = {}): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": postcode
      ? ["'self'", `'nonce-${nonce}'`, ...POSTCODE_HOSTS.script]
      : ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"],
    ...(postcode ? { "frame-src": POSTCODE_HOSTS.frame } : {}),
    "style-src": dev ? ["'self'", "'unsafe-inline'"] : ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": dev ? ["'self'", "ws:", "wss:"] : ["'self'"],
    // Checkout ends in a redirect to Stripe's hosted page; form-action governs that redirect.
    "form-action": ["'self'", "https://checkout.stripe.com"],
    "frame-ancestors": ["'none'"],
    "base-uri": ["'self'"],
    "object-src": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(" "))
    .join("; ");
}

/** Headers every response carries (documents, data, feeds, files): set by server.js, and by Vite in dev. */
export const BASELINE_SECURITY_HEADERS: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
};

/**
 * What server.js adds to BASELINE_SECURITY_HEADERS in production: HSTS once the site is served over HTTPS
 * (a year, subdomains included), so a browser that has seen the site never tries plain HTTP again.
 */
export function productionSecurityHeaders(publicBaseUrl: string): Record<string, string> {
  const https = new URL(publicBaseUrl).protocol === "https:";
  return https
    ? { ...BASELINE_SECURITY_HEADERS, "Strict-Transport-Security": "max-age=31536000; includeSubDomains" }
    : { ...BASELINE_SECURITY_HEADERS };
}
