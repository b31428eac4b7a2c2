import pg from "pg";
import { RateLimiterMemory, RateLimiterPostgres, type RateLimiterAbstract } from "rate-limiter-flexible";

/** What a limiter counts: `points` attempts per `durationSeconds`, per key, under its own name. */
export type LimiterOptions = { name: string; points: number; durationSeconds: number };

/** Where a limiter's counters live; every limiter of a process uses one store. */
export type LimitStore = {
  limiter(options: LimiterOptions): RateLimiterAbstract;
  close(): Promise<void>;
};

const memoryLimiter = ({ name, points, durationSeconds }: LimiterOptions) =>
  new RateLimiterMemory({ keyPrefix: name, points, duration: durationSeconds });

/** Counters in this process's memory: right for one server process (the SQLite deployment). */
export function memoryStore(): LimitStore {
  return { limiter: memoryLimiter, close: async () => {} };
}

/**
 * Counters in the "RateLimit" table (prisma/schema.prisma), through a small `pg` pool of their own, so every
 * instance on the database counts against one total: each attempt is one atomic `INSERT … ON CONFLICT DO
 * UPDATE … RETURNING` (rate-limiter-flexible's RateLimiterPostgres). If the database can't be reached, the
 * limiter falls back to counting in memory (per process) rather than refusing everyone or letting everyone in.
 * The store uses named prepared statements: behind PgBouncer, use session pooling for this connection.
 */
export function postgresStore(databaseUrl: string, poolSize: number): LimitStore {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize, idleTimeoutMillis: 30_000 });
  // An idle connection that breaks (database restart) is dropped by the pool; the next attempt reconnects.
  pool.on("error", () => {});
  let sweeping = false;
  return {
    limiter(options) {
      // One limiter per store deletes expired rows now and then (all limiters share the table).
      const sweep = !sweeping;
      sweeping = true;
      return new RateLimiterPostgres({
        storeClient: pool,
        storeType: "pool",
        tableName: "RateLimit",
        tableCreated: true,
        clearExpiredByTimeout: sweep,
        keyPrefix: options.name,
        points: options.points,
        duration: options.durationSeconds,
        insuranceLimiter: memoryLimiter(options),
      });
    },
    close: () => pool.end(),
  };
}
