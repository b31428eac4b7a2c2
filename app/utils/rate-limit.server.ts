import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";

/** What a limiter counts: `points` attempts per `durationSeconds`, per key, under its own name. */
export type LimiterOptions = { name: string; points: number; durationSeconds: number };

/**
 * Where counters live. In memory for one server process (the SQLite deployment); several instances share
 * a store instead (rate-limiter-flexible's RateLimiterPostgres or RateLimiterRedis take the same options):
 * add it here, chosen by configuration, and every limiter of the app follows.
 */
function createStore({ name, points, durationSeconds }: LimiterOptions): RateLimiterAbstract {
  return new RateLimiterMemory({ keyPrefix: name, points, duration: durationSeconds });
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

export function createLimiter(options: LimiterOptions): Limiter {
  let store: RateLimiterAbstract | undefined;
  const limiter = () => (store ??= createStore(options));
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
