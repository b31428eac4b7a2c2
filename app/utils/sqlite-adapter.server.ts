import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import {
  DriverAdapterError,
  type IsolationLevel,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type Transaction,
} from "@prisma/driver-adapter-utils";
import type BetterSqlite3 from "better-sqlite3";

/**
 * Prisma's better-sqlite3 adapter, made safe for a server that must stay responsive on a bad day:
 *
 * - No busy wait on the event loop. The driver's own busy timeout blocks the whole process while another
 *   process (a backup, the user CLI) holds the write lock: every request, /robots.txt included, waits. Here
 *   SQLite answers SQLITE_BUSY at once and we retry asynchronously, for at most `lockWaitMs`, then give up
 *   with a busy error the app turns into "잠시 후 다시 시도해 주세요". Reads (WAL) are never blocked.
 * - Transactions start with BEGIN IMMEDIATE (the write lock is taken, and waited for, up front), so a
 *   transaction never fails halfway because another process started writing.
 * - A COMMIT that fails (SQLITE_FULL when the disk is full) leaves SQLite's transaction open, and the stock
 *   adapter's lock is never released: every later transaction hangs until restart. Here a transaction left
 *   open is rolled back before the next one begins, and the lock is always released.
 */
export function createSqliteAdapter(url: string, { lockWaitMs }: { lockWaitMs: number }) {
  const base = new PrismaBetterSQLite3({ url, timeout: 0 });
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => hardenAdapter(await base.connect(), lockWaitMs),
    connectToShadowDb: () => base.connectToShadowDb(),
  };
  return factory;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function isBusy(error: unknown): boolean {
  const code =
    (error as { code?: string })?.code ?? (error as { cause?: { originalCode?: string } })?.cause?.originalCode;
  return (
    typeof code === "string" && (code === "SQLITE_BUSY" || code.startsWith("SQLITE_BUSY_") || code === "SQLITE_LOCKED")
  );
}

/** Runs `attempt` again (after a short, growing pause) while SQLite says busy, until `waitMs` have passed. */
async function retryWhileBusy<T>(waitMs: number, attempt: () => T | Promise<T>): Promise<T> {
  const deadline = Date.now() + waitMs;
  for (let pause = 5; ; pause = Math.min(pause * 2, 100)) {
    try {
      return await attempt();
    } catch (error) {
      if (!isBusy(error) || Date.now() + pause > deadline) throw error;
      await sleep(pause);
    }
  }
}

/** One transaction at a time on the single connection (better-sqlite3 is synchronous). */
function createLock(waitMs: number) {
  let tail: Promise<void> = Promise.resolve();
  return async function acquire(): Promise<() => void> {
    let release!: () => void;
    const previous = tail;
    tail = new Promise<void>((resolve) => (release = resolve));
    // Waiting behind other transactions counts toward the same bound as waiting for another process.
    const timedOut = Symbol("timeout");
    let timer: NodeJS.Timeout | undefined;
    const winner = await Promise.race([
      previous,
      new Promise<symbol>((resolve) => (timer = setTimeout(() => resolve(timedOut), waitMs))),
    ]);
    clearTimeout(timer);
    if (winner === timedOut) {
      // Keep our place in the queue consistent: release once the one before us has.
      void previous.then(release);
      throw busyError("waited too long for other transactions of this process");
    }
    return release;
  };
}

function busyError(message: string) {
  return new DriverAdapterError({ kind: "SocketTimeout", originalCode: "SQLITE_BUSY", originalMessage: message });
}

function toDriverError(error: unknown) {
  if (error instanceof DriverAdapterError) return error;
  const { code, message } = error as { code?: string; message?: string };
  if (isBusy(error)) return busyError(message ?? "database is locked");
  return new DriverAdapterError({ kind: "GenericJs", id: 0, originalCode: code, originalMessage: message });
}

function hardenAdapter(adapter: SqlDriverAdapter, lockWaitMs: number): SqlDriverAdapter {
  const client = (adapter as unknown as { client: BetterSqlite3.Database }).client;
  const acquire = createLock(lockWaitMs);
  const queryRaw = adapter.queryRaw.bind(adapter);
  const executeRaw = adapter.executeRaw.bind(adapter);
  let inTransaction = false;
  // Outside a transaction a write can meet another process's lock: retry without blocking the loop.
  // Inside one we already hold the write lock (BEGIN IMMEDIATE), so there is nothing to wait for.
  const outside =
    <T>(run: (query: SqlQuery) => Promise<T>) =>
    (query: SqlQuery) =>
      inTransaction ? run(query) : retryWhileBusy(lockWaitMs, () => run(query));
  adapter.queryRaw = outside(queryRaw);
  adapter.executeRaw = outside(executeRaw);

  adapter.startTransaction = async (isolationLevel?: IsolationLevel): Promise<Transaction> => {
    if (isolationLevel && isolationLevel !== "SERIALIZABLE") {
      throw new DriverAdapterError({ kind: "InvalidIsolationLevel", level: isolationLevel });
    }
    const release = await acquire();
    try {
      // Left open by a COMMIT that failed: nothing of it was saved, and it must not block what follows.
      if (client.inTransaction) client.exec("ROLLBACK");
      await retryWhileBusy(lockWaitMs, () => client.exec("BEGIN IMMEDIATE"));
    } catch (error) {
      release();
      throw toDriverError(error);
    }
    inTransaction = true;
    let finished = false;
    const finish = async () => {
      if (finished) return;
      finished = true;
      inTransaction = false;
      release();
    };
    // Prisma sends COMMIT and ROLLBACK as statements, and when COMMIT fails it calls neither commit() nor
    // rollback(): the statement itself ends the transaction here. A failed COMMIT is rolled back, so
    // nothing of it is saved and the next transaction starts clean.
    const endsTransaction = (sql: string) => /^\s*(COMMIT|ROLLBACK|END)\b/i.test(sql);
    const inside =
      <T>(run: (query: SqlQuery) => Promise<T>) =>
      async (query: SqlQuery): Promise<T> => {
        if (!endsTransaction(query.sql)) return run(query);
        try {
          return await run(query);
        } finally {
          try {
            if (client.inTransaction) client.exec("ROLLBACK");
          } finally {
            await finish();
          }
        }
      };
    const transaction: Transaction = {
      provider: adapter.provider,
      adapterName: adapter.adapterName,
      options: { usePhantomQuery: false },
      queryRaw: inside(queryRaw),
      executeRaw: inside(executeRaw),
      commit: finish,
      rollback: finish,
    };
    return transaction;
  };
  return adapter;
}
