import type { PrismaClient } from "~/generated/prisma/client";
import { bumpContentVersion } from "./content-cache.server";
import { isPostgresUrl } from "./database-url";
import { env } from "./env.server";
import { createPrismaClient as createBareClient } from "./prisma-client";

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

// Tables whose rows the in-process content cache (content-cache.server.ts) holds or derives from.
// Orders, carts, sessions, stock counts and the like change all the time and are never cached.
const CONTENT_MODELS = new Set([
  "Center",
  "Issue",
  "Section",
  "Article",
  "Tag",
  "ArticleTag",
  "Image",
  "Brand",
  "Product",
  "ProductImage",
  "ProductArticle",
  "SiteInfo",
]);
const WRITES = [
  "create",
  "createMany",
  "createManyAndReturn",
  "update",
  "updateMany",
  "updateManyAndReturn",
  "upsert",
  "delete",
  "deleteMany",
] as const;

type WriteHook = (params: { model: string; args: unknown; query: (args: unknown) => Promise<unknown> }) => unknown;

/** After a write to a content table: content-cache.server.ts must not serve what it held before. */
const bumpAfterContentWrite: WriteHook = async ({ model, args, query }) => {
  const result = await query(args);
  if (CONTENT_MODELS.has(model)) bumpContentVersion();
  return result;
};

export function createPrismaClient(databaseUrl: string, lockWaitMs = env.DB_LOCK_WAIT_MS) {
  // Hooks on the write operations only: reads don't pass through the extension at all.
  const hooks = Object.fromEntries(WRITES.map((operation) => [operation, bumpAfterContentWrite]));
  const client = createBareClient(databaseUrl, { lockWaitMs }).$extends({
    name: "content-version",
    query: { $allModels: hooks },
  });
  // The extension only observes writes; the client's API and result types are unchanged.
  return client as unknown as PrismaClient;
}

// Keep one client across dev-server module reloads.
const globalForPrisma = globalThis as unknown as { __prisma?: PrismaClient };

export const prisma: PrismaClient = globalForPrisma.__prisma ?? createPrismaClient(env.DATABASE_URL);
if (env.NODE_ENV !== "production") globalForPrisma.__prisma = prisma;
