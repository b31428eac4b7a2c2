import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";
import { resolveDatabaseFile } from "./app/utils/database-url";

// FTS5 tables are created by a migration; Prisma must not try to drop them or their shadow tables
// (prisma/prisma#8106).
const ftsTables = ["article_fts", "product_fts"].flatMap((t) => [
  t,
  `${t}_data`,
  `${t}_idx`,
  `${t}_content`,
  `${t}_docsize`,
  `${t}_config`,
]);

export default defineConfig({
  engine: "js",
  experimental: { adapter: true, externalTables: true },
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  tables: { external: ftsTables },
  async adapter() {
    const file = resolveDatabaseFile(process.env.DATABASE_URL);
    if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
    // migrate dev replays the migrations into a throwaway shadow database.
    return new PrismaBetterSQLite3({ url: file }, { shadowDatabaseUrl: ":memory:" });
  },
});
