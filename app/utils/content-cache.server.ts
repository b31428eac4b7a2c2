import { LRUCache } from "lru-cache";

// Data nearly every page shows and staff rarely change (the regional center, sections, centers, tags,
// 월호 contents, the brand) is read once and kept in this process, behind a content version:
//
// - Every write to a content table through the app's Prisma client (db.server.ts) and every accepted
//   staff save (server.js, after the response, so after its transaction committed) bumps the version;
//   an entry read under an older version is never served again.
// - Entries also expire after CONTENT_CACHE_SECONDS (default 10): scheduled articles appear on time and
//   writes by another process (a script, a second instance) show within that. 0 turns the cache off.
// - Several instances: give setContentVersionChannel() a channel that tells the others about a bump
//   (PostgreSQL LISTEN/NOTIFY, Redis pub/sub) and hears theirs; the TTL bounds what a lost message costs.
//
// Cached values are shared between requests: callers must treat them as read-only.

export type ContentVersionChannel = {
  /** Tell the other instances that content changed here. */
  publish(): void;
  /** Call `onBump` whenever another instance publishes. */
  subscribe(onBump: () => void): void;
};

const ttlSeconds = Number(process.env.CONTENT_CACHE_SECONDS ?? 10);
let version = 0;
let channel: ContentVersionChannel | null = null;

type Entry = { version: number; value: Promise<unknown> };
const entries = new LRUCache<string, Entry>({ max: 500, ttl: Math.max(1, ttlSeconds * 1000) });

/** The current content version (a counter local to this process, advanced by local and remote bumps). */
export function contentVersion() {
  return version;
}

/** Content changed: forget everything cached (lazily, by version) and tell the other instances. */
export function bumpContentVersion() {
  version++;
  channel?.publish();
}

export function setContentVersionChannel(next: ContentVersionChannel) {
  channel = next;
  next.subscribe(() => {
    version++;
  });
}

/**
 * The value `load` gives for `key`, read at most once per content version (and TTL) in this process.
 * Concurrent callers share one load; a failed load is not kept.
 */
export function cachedContent<T>(key: string, load: () => Promise<T>): Promise<T> {
  if (ttlSeconds <= 0) return load();
  const hit = entries.get(key);
  if (hit && hit.version === version) return hit.value as Promise<T>;
  const value = load();
  entries.set(key, { version, value });
  value.catch(() => {
    if (entries.get(key)?.value === value) entries.delete(key);
  });
  return value;
}
