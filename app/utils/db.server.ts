import { PrismaClient } from "~/generated/prisma/client";
import { bumpContentVersion } from "./content-cache.server";
import { resolveDatabaseFile } from "./database-url";
import { env } from "./env.server";
import { createSqliteAdapter } from "./sqlite-adapter.server";

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
  const adapter = createSqliteAdapter(resolveDatabaseFile(databaseUrl), { lockWaitMs });
  // Hooks on the write operations only: reads don't pass through the extension at all.
  const hooks = Object.fromEntries(WRITES.map((operation) => [operation, bumpAfterContentWrite]));
  const client = new PrismaClient({ adapter }).$extends({
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
