import { PrismaClient } from "~/generated/prisma/client";
import { resolveDatabaseFile } from "./database-url";
import { env } from "./env.server";
import { createSqliteAdapter } from "./sqlite-adapter.server";

export function createPrismaClient(databaseUrl: string, lockWaitMs = env.DB_LOCK_WAIT_MS) {
  const adapter = createSqliteAdapter(resolveDatabaseFile(databaseUrl), { lockWaitMs });
  return new PrismaClient({ adapter });
}

// Keep one client across dev-server module reloads.
const globalForPrisma = globalThis as unknown as { __prisma?: PrismaClient };

export const prisma: PrismaClient = globalForPrisma.__prisma ?? createPrismaClient(env.DATABASE_URL);
if (env.NODE_ENV !== "production") globalForPrisma.__prisma = prisma;
