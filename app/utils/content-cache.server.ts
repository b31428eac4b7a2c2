import { LRUCache } from "lru-cache";

// Data nearly every page shows and staff rarely change (the regional center, sections, centers, tags,
// 월호 contents, the brand, the seller information) is read once and kept in this process, behind a content version:
//
// - Every write to a content table through the app's Prisma client (db.server.ts) and every accepted
//   staff save (server.js, after the response, so after its transaction committed) bumps the version;
//   an entry read under an older version is never served again.
// - Entries also expire after CONTENT_CACHE_SECONDS (default 10): scheduled articles appear on time and
//   writes by another process (a script) show within that. 0 turns the cache off.
// - Several instances: a channel (content-broadcast.server.ts, PostgreSQL LISTEN/NOTIFY) tells the others
//   about every bump and bumps here on theirs; a staff save also empties their page caches (server.js).
//   The TTL bounds what a lost message costs.
//
// Cached values are shared between requests: callers must treat them as read-only.

/** What changed: a content table ("content"), or an accepted staff save ("pages": public pages too). */
export type ContentChange = "content" | "pages";

export type ContentVersionChannel = {
  /** Tell the other instances that content changed here. */
  publish(change: ContentChange): void;
  /** Call `onBump` whenever another instance publishes. */
  subscribe(onBump: (change: ContentChange) => void): void;
};

const ttlSeconds = Number(process.env.CONTENT_CACHE_SECONDS ?? 10);
let version = 0;
let channel: ContentVersionChannel | null = null;

type Entry = { version: number; value: Promise<unknown> };

/** The current content version (a counter local to this process, advanced by local and remote bumps). */
export function contentVersion() {
  return version;
}

/** Content changed: forget everything cached (lazily, by version) and tell the other instances. */
export function bumpContentVersion(change: ContentChange = "content") {
  version++;
  channel?.publish(change);
}

const remoteListeners: ((change: ContentChange) => void)[] = [];

/** Calls `listener` after each bump that came from another instance (server.js empties its page cache). */
export function onRemoteContentChange(listener: (change: ContentChange) => void) {
  remoteListeners.push(listener);
}

export function setContentVersionChannel(next: ContentVersionChannel) {
  channel = next;
  next.subscribe((change) => {
    version++;
    for (const listener of remoteListeners) listener(change);
  });
}

/**
 * A store of values read at most once per content version (and TTL) in this process: `cached(key, load)`.
 * Concurrent callers share one load; a failed load is not kept. A capability whose keys are many and small
 * (search terms) takes a store of its own, so they never push page content out of the shared one.
 */
export function createContentStore(max: number) {
  const entries = new LRUCache<string, Entry>({ max, ttl: Math.max(1, ttlSeconds * 1000) });
  return function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
    if (ttlSeconds <= 0) return load();
    const hit = entries.get(key);
    if (hit && hit.version === version) return hit.value as Promise<T>;
    const value = load();
    entries.set(key, { version, value });
    value.catch(() => {
      if (entries.get(key)?.value === value) entries.delete(key);
    });
    return value;
  };
}

/** The shared store: data nearly every page shows (see the top of this file). */
export const cachedContent = createContentStore(500);
