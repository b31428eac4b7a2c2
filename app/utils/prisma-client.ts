// One Prisma client for either database. Both generated clients come from the same models (see
// scripts/pg-schema.js), so the PostgreSQL one is typed as the SQLite one the app imports everywhere.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "../generated/prisma-pg/client";
import { isPostgresUrl, resolveDatabaseFile } from "./database-url";
import { sqliteAdapter } from "./sqlite-adapter";

export function createPrismaClient(
  databaseUrl: string | undefined,
  { lockWaitMs = Number(process.env.DB_LOCK_WAIT_MS ?? 2000) } = {},
): PrismaClient {
  if (isPostgresUrl(databaseUrl)) {
    const adapter = new PrismaPg({ connectionString: databaseUrl, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
    return new PostgresPrismaClient({ adapter }) as unknown as PrismaClient;
  }
  return new PrismaClient({ adapter: sqliteAdapter(resolveDatabaseFile(databaseUrl), lockWaitMs) });
}
