import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";
import { isPostgresUrl, resolveDatabaseFile } from "./app/utils/database-url";
import { migratePool } from "./prisma/pg-migrate-pool";

// DATABASE_URL picks the database: `file:…` SQLite (default) or `postgresql://…`. Each has its own schema
// file (the PostgreSQL one generated from the SQLite one by scripts/pg-schema.js) and migrations folder.
const postgres = isPostgresUrl(process.env.DATABASE_URL);

// FTS5 tables (and the fts5vocab tables over them) are created by migrations; Prisma must not try to drop them
// or their shadow tables (prisma/prisma#8106).
const ftsTables = ["article_fts", "product_fts"].flatMap((t) => [
  t,
  `${t}_data`,
  `${t}_idx`,
  `${t}_content`,
  `${t}_docsize`,
  `${t}_config`,
  `${t}_vocab`,
]);

export default defineConfig({
  engine: "js",
  experimental: { adapter: true, externalTables: true },
  schema: postgres ? path.join("prisma", "postgresql", "schema.prisma") : path.join("prisma", "schema.prisma"),
  migrations: { path: postgres ? path.join("prisma", "postgresql", "migrations") : path.join("prisma", "migrations") },
  tables: { external: postgres ? [] : ftsTables },
  async adapter() {
    if (postgres) return new PrismaPg(migratePool(process.env.DATABASE_URL!), { disposeExternalPool: true });
    const file = resolveDatabaseFile(process.env.DATABASE_URL);
    if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
    // migrate dev replays the migrations into a throwaway shadow database.
    return new PrismaBetterSQLite3({ url: file }, { shadowDatabaseUrl: ":memory:" });
  },
});
