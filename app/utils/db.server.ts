import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "~/generated/prisma/client";
import { bumpContentVersion } from "./content-cache.server";
import { resolveDatabaseFile } from "./database-url";
import { env } from "./env.server";

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
const WRITES = new Set([
  "create",
  "createMany",
  "createManyAndReturn",
  "update",
  "updateMany",
  "updateManyAndReturn",
  "upsert",
  "delete",
  "deleteMany",
]);

export function createPrismaClient(databaseUrl: string) {
  const adapter = new PrismaBetterSQLite3({ url: resolveDatabaseFile(databaseUrl) });
  const client = new PrismaClient({ adapter }).$extends({
    name: "content-version",
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query }) {
          const result = await query(args);
          if (WRITES.has(operation) && CONTENT_MODELS.has(model)) bumpContentVersion();
          return result;
        },
      },
    },
  });
  // The extension only observes writes; the client's API and result types are unchanged.
  return client as unknown as PrismaClient;
}

// Keep one client across dev-server module reloads.
const globalForPrisma = globalThis as unknown as { __prisma?: PrismaClient };

export const prisma: PrismaClient = globalForPrisma.__prisma ?? createPrismaClient(env.DATABASE_URL);
if (env.NODE_ENV !== "production") globalForPrisma.__prisma = prisma;
