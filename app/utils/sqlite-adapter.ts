// The better-sqlite3 adapter has one connection per process. It holds a lock for an interactive transaction,
// but runs queries from outside any transaction at once, on that same connection: a page view during
// someone's checkout read the checkout's uncommitted rows, and a standalone write was rolled back with
// someone else's transaction. Here every statement outside a transaction waits for the open transaction to
// end (and a transaction for those before it), in arrival order.
//
// Waiting for another process's write lock (a backup, the user CLI) is done between attempts, with the
// connection free: a write that meets that lock leaves its place, pauses and queues again. Holding our
// queue while it waited made every read of the process wait behind every waiting write (twelve forms sent
// during a lock held a page view for twelve lock waits, and a read in an action timed out into a 500 page).
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlQuery } from "@prisma/driver-adapter-utils";
import { createSqliteAdapter, retryWhileBusy } from "./sqlite-adapter.server";

/** A FIFO lock: acquire() resolves with the function that releases it. */
class Lock {
  #tail: Promise<void> = Promise.resolve();
  acquire(): Promise<() => void> {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const ready = this.#tail;
    this.#tail = ready.then(() => held);
    return ready.then(() => release);
  }
}

function serialize(adapter: SqlDriverAdapter, lockWaitMs: number): SqlDriverAdapter {
  const lock = new Lock();
  // A statement that SQLite answered busy did nothing: it is sent again, after a pause out of the queue.
  const alone =
    <A, R>(run: (arg: A) => Promise<R>) =>
    (arg: A): Promise<R> =>
      retryWhileBusy(lockWaitMs, async () => {
        const release = await lock.acquire();
        try {
          return await run(arg);
        } finally {
          release();
        }
      });
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: alone((query: SqlQuery) => adapter.queryRaw(query)),
    executeRaw: alone((query: SqlQuery) => adapter.executeRaw(query)),
    executeScript: alone((script: string) => adapter.executeScript(script)),
    async startTransaction(isolationLevel) {
      // BEGIN IMMEDIATE that met another process's lock left no transaction: the same, after a pause.
      const { tx, release } = await retryWhileBusy(lockWaitMs, async () => {
        const release = await lock.acquire();
        try {
          return { tx: await adapter.startTransaction(isolationLevel), release };
        } catch (error) {
          release();
          throw error;
        }
      });
      let released = false;
      const releaseOnce = () => {
        if (!released) {
          released = true;
          release();
        }
      };
      const end = (finish: () => Promise<void>) => async () => {
        try {
          await finish();
        } finally {
          releaseOnce();
        }
      };
      // Prisma ends a transaction with a COMMIT/ROLLBACK statement and, when COMMIT fails (disk full),
      // calls neither commit() nor rollback(): the statement itself must free the waiting queries.
      const ends = /^\s*(COMMIT|ROLLBACK|END)\b/i;
      const inside =
        <R>(run: (query: SqlQuery) => Promise<R>) =>
        async (query: SqlQuery): Promise<R> => {
          if (!ends.test(query.sql)) return run(query);
          try {
            return await run(query);
          } finally {
            releaseOnce();
          }
        };
      return {
        provider: tx.provider,
        adapterName: tx.adapterName,
        options: tx.options,
        queryRaw: inside((query) => tx.queryRaw(query)),
        executeRaw: inside((query) => tx.executeRaw(query)),
        commit: end(() => tx.commit()),
        rollback: end(() => tx.rollback()),
      };
    },
    ...(adapter.getConnectionInfo ? { getConnectionInfo: () => adapter.getConnectionInfo!() } : {}),
    dispose: () => adapter.dispose(),
  };
}

/**
 * The better-sqlite3 adapter factory: hardened against locks and failed commits (sqlite-adapter.server.ts),
 * with statements outside transactions kept out of open ones.
 */
export function sqliteAdapter(file: string, lockWaitMs = 2_000): SqlMigrationAwareDriverAdapterFactory {
  const inner = createSqliteAdapter(file);
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => serialize(await inner.connect(), lockWaitMs),
    connectToShadowDb: async () => serialize(await inner.connectToShadowDb(), lockWaitMs),
  };
}
