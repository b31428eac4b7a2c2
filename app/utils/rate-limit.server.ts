import { RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { isPostgresUrl } from "./database-url";
import { env } from "./env.server";
import { memoryStore, postgresStore, type LimiterOptions, type LimitStore } from "./rate-limit-store.server";

export type { LimiterOptions, LimitStore };

let processStore: LimitStore | undefined;

/**
 * Where this process's counters live (rate-limit-store.server.ts): on PostgreSQL a table every instance
 * shares, so N instances together allow each limit once, not N times; on SQLite (one process) memory.
 */
function defaultStore(): LimitStore {
  processStore ??= isPostgresUrl(env.DATABASE_URL)
    ? postgresStore(env.DATABASE_URL, env.RATE_LIMIT_POOL_SIZE)
    : memoryStore();
  return processStore;
}

export type LimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export type Limiter = {
  /** Counts one attempt now, before the work it guards, so concurrent attempts can't overtake the count. */
  take(key: string): Promise<LimitDecision>;
  /** Gives one attempt back (e.g. a successful login doesn't use up an office address's allowance). */
  giveBack(key: string): Promise<void>;
  /** Forgets the key's attempts (e.g. after a successful login for that account). */
  forget(key: string): Promise<void>;
};

/** A limiter counting in `store` (by default the process's, chosen by DATABASE_URL), created on first use. */
export function createLimiter(options: LimiterOptions, store?: LimitStore): Limiter {
  let counter: RateLimiterAbstract | undefined;
  const limiter = () => (counter ??= (store ?? defaultStore()).limiter(options));
  return {
    async take(key) {
      try {
        await limiter().consume(key);
        return { allowed: true };
      } catch (refusal) {
        if (!(refusal instanceof RateLimiterRes)) throw refusal;
        return { allowed: false, retryAfterSeconds: Math.ceil(refusal.msBeforeNext / 1000) };
      }
    },
    async giveBack(key) {
      await limiter().reward(key);
    },
    async forget(key) {
      await limiter().delete(key);
    },
  };
}

/** A fixed window of `limit` attempts per key: `hit` counts one and says whether it is still allowed. */
export function createRateLimiter({ limit, windowMs }: { limit: number; windowMs: number }) {
  const limiter = createLimiter({
    name: `window-${limit}-${windowMs}`,
    points: limit,
    durationSeconds: windowMs / 1000,
  });
  return { hit: async (key: string) => (await limiter.take(key)).allowed };
}

/** The client address passed by server.js (Express `req.ip`), or a shared bucket when unknown. */
export function clientIp(context: unknown): string {
  const ip = (context as { clientIp?: string } | undefined)?.clientIp;
  return ip || "unknown";
}
