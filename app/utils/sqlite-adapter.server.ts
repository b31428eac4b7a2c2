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
 *   SQLite answers SQLITE_BUSY at once; sqlite-adapter.ts retries asynchronously, with the connection free
 *   meanwhile, for at most the lock wait, then gives up with a busy error the app turns into
 *   "잠시 후 다시 시도해 주세요". Reads (WAL) are never blocked.
 * - Transactions start with BEGIN IMMEDIATE (the write lock is taken, and waited for, up front), so a
 *   transaction never fails halfway because another process started writing.
 * - A COMMIT that fails (SQLITE_FULL when the disk is full) leaves SQLite's transaction open, and the stock
 *   adapter's lock is never released: every later transaction hangs until restart. Here a transaction left
 *   open is rolled back before the next one begins.
 *
 * One statement or transaction at a time: sqlite-adapter.ts orders them on the single connection.
 */
export function createSqliteAdapter(url: string) {
  const base = new PrismaBetterSQLite3({ url, timeout: 0 });
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => hardenAdapter(await base.connect()),
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
export async function retryWhileBusy<T>(waitMs: number, attempt: () => T | Promise<T>): Promise<T> {
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

function busyError(message: string) {
  return new DriverAdapterError({ kind: "SocketTimeout", originalCode: "SQLITE_BUSY", originalMessage: message });
}

function toDriverError(error: unknown) {
  if (error instanceof DriverAdapterError) return error;
  const { code, message } = error as { code?: string; message?: string };
  if (isBusy(error)) return busyError(message ?? "database is locked");
  return new DriverAdapterError({ kind: "GenericJs", id: 0, originalCode: code, originalMessage: message });
}

function hardenAdapter(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const client = (adapter as unknown as { client: BetterSqlite3.Database }).client;
  const queryRaw = adapter.queryRaw.bind(adapter);
  const executeRaw = adapter.executeRaw.bind(adapter);

  adapter.startTransaction = async (isolationLevel?: IsolationLevel): Promise<Transaction> => {
    if (isolationLevel && isolationLevel !== "SERIALIZABLE") {
      throw new DriverAdapterError({ kind: "InvalidIsolationLevel", level: isolationLevel });
    }
    try {
      // Left open by a COMMIT that failed: nothing of it was saved, and it must not block what follows.
      if (client.inTransaction) client.exec("ROLLBACK");
      // One attempt: when another process holds the lock, the caller waits for it without holding ours.
      client.exec("BEGIN IMMEDIATE");
    } catch (error) {
      throw toDriverError(error);
    }
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
          if (client.inTransaction) client.exec("ROLLBACK");
        }
      };
    const transaction: Transaction = {
      provider: adapter.provider,
      adapterName: adapter.adapterName,
      options: { usePhantomQuery: false },
      queryRaw: inside(queryRaw),
      executeRaw: inside(executeRaw),
      commit: async () => {},
      rollback: async () => {},
    };
    return transaction;
  };
  return adapter;
}
