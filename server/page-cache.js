// A micro-cache in front of Remix for public pages, as a CDN would hold them: a response marked
// `Cache-Control: public … s-maxage=N` (and setting no cookie) is kept for min(N, ttlSeconds) and served
// to everyone asking for the same URL. Concurrent misses for one URL share a single render, so a burst
// of readers costs one database round trip. Private pages, errors and non-GET requests pass through.

export function createPageCache({ ttlSeconds = 5, maxEntries = 500 } = {}) {
  const entries = new Map(); // url → { status, headers, body, expires }
  const inFlight = new Map(); // url → Promise<entry | null>

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
    const response = await handle();
    const ttl = cacheableTtl(response);
    if (ttl === 0) return { passthrough: response };
    const entry = {
      status: response.status,
      headers: [...response.headers],
      body: new Uint8Array(await response.arrayBuffer()),
      expires: Date.now() + ttl * 1000,
    };
    if (entries.size >= maxEntries) entries.delete(entries.keys().next().value);
    entries.set(url, entry);
    return { entry };
  }

  return {
    /** `handle` renders the request through Remix; it runs at most once per URL at a time. */
    async respond(request, handle) {
      // GET only: a HEAD response has no body to share, and must not stand in for a GET.
      if (ttlSeconds <= 0 || request.method !== "GET") return handle();
      const url = request.url;
      const hit = entries.get(url);
      if (hit && hit.expires > Date.now()) return toResponse(hit, "HIT");
      let pending = inFlight.get(url);
      if (!pending) {
        pending = render(url, handle).finally(() => inFlight.delete(url));
        inFlight.set(url, pending);
        const result = await pending;
        return result.passthrough ?? toResponse(result.entry, "MISS");
      }
      // Someone is already rendering this URL: wait for it. If theirs can't be shared, render our own.
      const shared = await pending;
      return shared.entry ? toResponse(shared.entry, "HIT") : handle();
    },
    clear() {
      entries.clear();
    },
  };
}
