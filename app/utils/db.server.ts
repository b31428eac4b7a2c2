import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "~/generated/prisma/client";
import { resolveDatabaseFile } from "./database-url";
import { env } from "./env.server";

export function createPrismaClient(databaseUrl: string) {
  const adapter = new PrismaBetterSQLite3({ url: resolveDatabaseFile(databaseUrl) });
  return new PrismaClient({ adapter });
}

// Keep one client across dev-server module reloads.
const globalForPrisma = globalThis as unknown as { __prisma?: PrismaClient };

export const prisma: PrismaClient = globalForPrisma.__prisma ?? createPrismaClient(env.DATABASE_URL);
if (env.NODE_ENV !== "production") globalForPrisma.__prisma = prisma;
