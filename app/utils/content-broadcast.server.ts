import crypto from "node:crypto";
import pg from "pg";
import { setContentVersionChannel, type ContentChange, type ContentVersionChannel } from "./content-cache.server";
import { isPostgresUrl } from "./database-url";
import { env } from "./env.server";
import { logger } from "./logger.server";

// Several instances on one PostgreSQL database hear about each other's content changes through
// LISTEN/NOTIFY on one channel: each instance holds one dedicated connection that LISTENs (and sends its own
// NOTIFYs); the payload names the sender, so an instance skips its own messages. NOTIFY needs nothing but the
// database every instance already shares. A message sent while an instance's connection is down is lost:
// after reconnecting it treats everything as changed, and the content cache's TTL bounds the rest.
// SQLite is one instance: nothing to broadcast.

const CHANNEL = "content_changed";
const CHANGES: readonly ContentChange[] = ["content", "pages"];

export type PostgresChannel = ContentVersionChannel & {
  /** Resolves once the first LISTEN is in place. */
  ready: Promise<void>;
  close(): Promise<void>;
};

export function postgresContentChannel(
  databaseUrl: string,
  { instanceId = crypto.randomUUID() as string, retryMs = 1000, maxRetryMs = 30_000 } = {},
): PostgresChannel {
  let client: pg.Client | null = null;
  let closed = false;
  let delay = retryMs;
  let onBump: (change: ContentChange) => void = () => {};
  // Bumps not yet sent: one NOTIFY per kind in flight at a time, and one more after it if bumped meanwhile.
  const queued = new Set<ContentChange>();
  let sending = false;
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  async function connect(reconnecting: boolean) {
    const next = new pg.Client({ connectionString: databaseUrl });
    next.on("notification", ({ payload = "" }) => {
      const [sender, change] = payload.split(":") as [string, ContentChange];
      if (sender !== instanceId && CHANGES.includes(change)) onBump(change);
    });
    next.on("error", (error) => lost(next, error));
    next.on("end", () => lost(next, new Error("connection ended")));
    try {
      await next.connect();
      await next.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      lost(next, error);
      return;
    }
    if (closed) return void next.end().catch(() => {});
    client = next;
    delay = retryMs;
    markReady();
    // Whatever the others published while this connection was down was missed.
    if (reconnecting) {
      logger.info("content broadcast reconnected");
      onBump("pages");
    }
    void flush();
  }

  const gone = new WeakSet<pg.Client>();
  function lost(which: pg.Client, error: unknown) {
    // A failing connection can report itself twice (an "error" event and a rejected query).
    if (closed || gone.has(which)) return;
    gone.add(which);
    if (client === which) client = null;
    which.removeAllListeners();
    which.on("error", () => {});
    void which.end().catch(() => {});
    logger.warn({ err: String(error), retryInMs: delay }, "content broadcast connection lost");
    const wait = delay;
    delay = Math.min(delay * 2, maxRetryMs);
    setTimeout(() => void connect(true), wait).unref();
  }

  async function flush() {
    if (sending) return;
    sending = true;
    try {
      while (client && queued.size > 0) {
        const [change] = queued;
        queued.delete(change!);
        try {
          await client.query("SELECT pg_notify($1, $2)", [CHANNEL, `${instanceId}:${change}`]);
        } catch {
          // Sent again once the connection is back (connect() flushes).
          queued.add(change!);
          break;
        }
      }
    } finally {
      sending = false;
    }
  }

  void connect(false);
  return {
    ready,
    publish(change) {
      queued.add(change);
      void flush();
    },
    subscribe(listener) {
      onBump = listener;
    },
    async close() {
      closed = true;
      await client?.end().catch(() => {});
      client = null;
    },
  };
}

/** server.js, at boot: on PostgreSQL, content bumps of this instance reach the others and theirs reach it. */
export function startContentBroadcast() {
  if (!isPostgresUrl(env.DATABASE_URL)) return;
  setContentVersionChannel(postgresContentChannel(env.DATABASE_URL));
}
