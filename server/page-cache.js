// A micro-cache in front of Remix for public pages, as a CDN would hold them: a response marked
// `Cache-Control: public … s-maxage=N` (and setting no cookie) is kept for min(N, ttlSeconds) and served
// to everyone asking for the same URL. Concurrent misses for one URL share a single render, so a burst
// of readers costs one database round trip. Private pages, errors and non-GET requests pass through.
//
// Each entry is also compressed once (brotli and gzip) when it is stored, and `serveHit` answers a hit
// straight from those bytes on the Node response: no Remix request, no compression on every hit.
import { promisify } from "node:util";
import zlib from "node:zlib";

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);
// Quality 9 compresses a page within a few milliseconds, off the event loop, once per entry.
const BROTLI_OPTIONS = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9 } };

/** The encodings an Accept-Encoding header allows (q=0 refuses one). */
function acceptedEncodings(header) {
  const accepted = new Set();
  for (const part of String(header ?? "").split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name);
  }
  return accepted;
}

export function createPageCache({ ttlSeconds = 5, maxEntries = 500 } = {}) {
  const entries = new Map(); // url → { status, headers, body, encoded, prepared, expires }
  const inFlight = new Map(); // url → Promise<entry | null>
  // clear() starts a new generation: a render that began before it must not store what it read.
  let generation = 0;

  function cacheableTtl(response) {
    if (response.status !== 200 || response.headers.has("set-cookie")) return 0;
    const cc = response.headers.get("cache-control") ?? "";
    if (!/\bpublic\b/.test(cc)) return 0;
    const sMaxAge = /s-maxage=(\d+)/.exec(cc);
    return sMaxAge ? Math.min(Number(sMaxAge[1]), ttlSeconds) : 0;
  }

  function toResponse(entry, state) {
    const headers = new Headers(entry.headers);
    headers.set("X-Cache", state);
    return new Response(entry.body, { status: entry.status, headers });
  }

  async function render(url, handle) {
    const started = generation;
    const response = await handle();
    const ttl = cacheableTtl(response);
    if (ttl === 0) {
      entries.delete(url); // a stale copy must not outlive a page that is no longer public
      return { passthrough: response };
    }
    const body = Buffer.from(await response.arrayBuffer());
    const entry = {
      status: response.status,
      headers: [...response.headers],
      body,
      encoded: {},
      prepared: new Map(), // encoding → the full header object serveHit sends
      expires: Date.now() + ttl * 1000,
    };
    if (started !== generation) return { entry };
    // Compressed copies for serveHit; until they exist a hit goes the ordinary way.
    Promise.all([brotli(body, BROTLI_OPTIONS), gzip(body)]).then(
      ([br, gz]) => (entry.encoded = { br, gzip: gz }),
      () => {},
    );
    entries.delete(url); // re-insert: the Map's order is the eviction order
    if (entries.size >= maxEntries) entries.delete(entries.keys().next().value);
    entries.set(url, entry);
    return { entry };
  }

  /** Renders `url` once however many ask at the same time. */
  function renderShared(url, handle) {
    let pending = inFlight.get(url);
    if (!pending) {
      pending = render(url, handle).finally(() => inFlight.delete(url));
      inFlight.set(url, pending);
    }
    return pending;
  }

  function headersFor(entry, encoding, extraHeaders) {
    let headers = entry.prepared.get(encoding);
    if (!headers) {
      headers = { ...extraHeaders };
      for (const [name, value] of entry.headers) headers[name] = value;
      headers["vary"] = headers["vary"] ? `${headers["vary"]}, Accept-Encoding` : "Accept-Encoding";
      if (encoding !== "identity") headers["content-encoding"] = encoding;
      const bytes = encoding === "identity" ? entry.body : entry.encoded[encoding];
      headers["content-length"] = String(bytes.length);
      headers["x-cache"] = "HIT";
      entry.prepared.set(encoding, headers);
    }
    return headers;
  }

  return {
    /**
     * `handle` renders the request through Remix; it runs at most once per URL at a time. `url` is the
     * cache key (the request's URL unless the caller keys by something it can compute earlier).
     */
    async respond(request, handle, url = request.url) {
      // GET only: a HEAD response has no body to share, and must not stand in for a GET.
      if (ttlSeconds <= 0 || request.method !== "GET") return handle();
      const hit = entries.get(url);
      if (hit && hit.expires > Date.now()) return toResponse(hit, "HIT");
      const waiting = inFlight.has(url);
      const result = await renderShared(url, handle);
      if (!waiting) return result.passthrough ?? toResponse(result.entry, "MISS");
      // Someone else's render: share it, or render our own if theirs can't be shared.
      return result.entry ? toResponse(result.entry, "HIT") : handle();
    },
    /**
     * Answers a GET for a cached URL on the Node response `res` with the stored compressed bytes (or the
     * plain ones for a client that accepts neither brotli nor gzip), with `extraHeaders` added. Within
     * one TTL after expiry it still answers, from the stale copy, and has `refresh` render the page
     * again in the background (once). Returns false when it can't: the request goes on as usual.
     * @param {string} key
     * @param {{ method?: string, headers: Record<string, string | string[] | undefined> }} req
     * @param {{ writeHead: Function, end: Function }} res
     * @param {Record<string, string>} [extraHeaders]
     * @param {(() => Promise<Response>) | null} [refresh]
     */
    serveHit(key, req, res, extraHeaders = {}, refresh = null) {
      if (ttlSeconds <= 0 || req.method !== "GET") return false;
      const entry = entries.get(key);
      if (!entry) return false;
      const late = Date.now() - entry.expires;
      if (late >= 0) {
        if (!refresh || late > ttlSeconds * 1000) return false;
        if (!inFlight.has(key)) renderShared(key, refresh).catch(() => entries.delete(key));
      }
      const accepted = acceptedEncodings(req.headers["accept-encoding"]);
      const encoding = accepted.has("br") ? "br" : accepted.has("gzip") ? "gzip" : "identity";
      const bytes = encoding === "identity" ? entry.body : entry.encoded[encoding];
      if (!bytes) return false;
      res.writeHead(entry.status, headersFor(entry, encoding, extraHeaders));
      res.end(bytes);
      return true;
    },
    clear() {
      generation++;
      entries.clear();
    },
  };
}
