import type { PrismaClient } from "~/generated/prisma/client";
import { isPostgresUrl } from "./database-url";
import { env } from "./env.server";
import { createPrismaClient } from "./prisma-client";

/** Which SQL dialect raw queries must speak (search keeps a form for each). */
export const dialect: "sqlite" | "postgresql" = isPostgresUrl(env.DATABASE_URL) ? "postgresql" : "sqlite";

/**
 * A `contains` filter that ignores letter case on both databases: SQLite's LIKE already does (for ASCII),
 * PostgreSQL needs `mode: "insensitive"`, which the SQLite client's types don't know.
 */
export function containsText(value: string): { contains: string } {
  return (dialect === "postgresql" ? { contains: value, mode: "insensitive" } : { contains: value }) as {
    contains: string;
  };
}

// Keep one client across dev-server module reloads.
const globalForPrisma = globalThis as unknown as { __prisma?: PrismaClient };

export const prisma: PrismaClient = globalForPrisma.__prisma ?? createPrismaClient(env.DATABASE_URL);
if (env.NODE_ENV !== "production") globalForPrisma.__prisma = prisma;
