// Fixed-window counters in memory: enough for one server process (the SQLite deployment). A
// multi-process deployment moves this behind the same interface to the database or Redis.
type Window = { count: number; resetAt: number };

export function createRateLimiter({ limit, windowMs }: { limit: number; windowMs: number }) {
  const windows = new Map<string, Window>();
  return {
    /** Counts one attempt; false once `key` has used up its attempts in the current window. */
    hit(key: string, now = Date.now()): boolean {
      if (windows.size > 10_000) for (const [k, w] of windows) if (w.resetAt <= now) windows.delete(k);
      const current = windows.get(key);
      if (!current || current.resetAt <= now) {
        windows.set(key, { count: 1, resetAt: now + windowMs });
        return true;
      }
      current.count += 1;
      return current.count <= limit;
    },
    /** True once `key` has used up its attempts in the current window (counts nothing). */
    blocked(key: string, now = Date.now()): boolean {
      const current = windows.get(key);
      return !!current && current.resetAt > now && current.count >= limit;
    },
    forget(key: string) {
      windows.delete(key);
    },
    reset() {
      windows.clear();
    },
  };
}

/** The client address passed by server.js (Express `req.ip`), or a shared bucket when unknown. */
export function clientIp(context: unknown): string {
  const ip = (context as { clientIp?: string } | undefined)?.clientIp;
  return ip || "unknown";
}
