// `npm run db:migration -- <name> [--from <git-rev>]`: writes the SQL that turns the schema at <git-rev>
// (default HEAD) into the working copy's schema.prisma, for both databases:
//   prisma/migrations/<timestamp>_<name>/migration.sql             (SQLite)
//   prisma/postgresql/migrations/<timestamp>_<name>/migration.sql  (PostgreSQL)
// and regenerates prisma/postgresql/schema.prisma first.
// Why not `prisma migrate dev`: with the better-sqlite3 adapter it cannot replay multi-statement migrations
// into its shadow database, and `--from-schema-datasource` is unsupported with adapters. Diffing two schema
// files needs no database at all.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PG_SCHEMA, SQLITE_SCHEMA, toPostgresSchema } from "./pg-schema.js";

const args = process.argv.slice(2);
const name = args.find((a) => !a.startsWith("--") && args[args.indexOf(a) - 1] !== "--from");
const fromIndex = args.indexOf("--from");
const rev = fromIndex >= 0 ? args[fromIndex + 1] : "HEAD";
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:migration -- <snake_case_name> [--from <git-rev>]");
  process.exit(2);
}

const root = path.resolve(import.meta.dirname, "..");
fs.writeFileSync(PG_SCHEMA, toPostgresSchema(fs.readFileSync(SQLITE_SCHEMA, "utf8")));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "schema-"));
const previousSqlite = execFileSync("git", ["show", `${rev}:prisma/schema.prisma`], { cwd: root, encoding: "utf8" });
const previous = {
  sqlite: write(path.join(tmp, "sqlite", "schema.prisma"), previousSqlite),
  postgresql: write(path.join(tmp, "postgresql", "schema.prisma"), toPostgresSchema(previousSqlite)),
};

function write(file, text) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
}

function diff(from, to) {
  const result = spawnSync(
    path.join(root, "node_modules/.bin/prisma"),
    ["migrate", "diff", "--from-schema-datamodel", from, "--to-schema-datamodel", to, "--script"],
    { cwd: root, encoding: "utf8" },
  );
  if (result.status !== 0) {
    console.error(result.stderr);
    process.exit(result.status ?? 1);
  }
  return result.stdout;
}

const sql = {
  sqlite: diff(previous.sqlite, SQLITE_SCHEMA),
  postgresql: diff(previous.postgresql, PG_SCHEMA),
};
const empty = (text) => !text.trim() || /^-- This is an empty migration\.\s*$/.test(text.trim());
if (empty(sql.sqlite) && empty(sql.postgresql)) {
  console.log(`schema.prisma has not changed since ${rev}: no migration written.`);
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
for (const [provider, folder] of [
  ["sqlite", "prisma/migrations"],
  ["postgresql", "prisma/postgresql/migrations"],
]) {
  const dir = path.join(root, folder, `${stamp}_${name}`);
  write(path.join(dir, "migration.sql"), sql[provider]);
  console.log(`Wrote ${path.relative(root, dir)}/migration.sql`);
}
console.log("Review both, then `npm run setup` applies the one DATABASE_URL points at.");
// Rebuilding a table drops its triggers; Article and Product carry the FTS sync triggers on SQLite.
for (const table of ["Article", "Product"]) {
  if (sql.sqlite.includes(`DROP TABLE "${table}";`)) {
    console.warn(
      `WARNING: the SQLite migration rebuilds "${table}", which drops its full-text search triggers. ` +
        "Rewrite it with ALTER TABLE … ADD COLUMN, or recreate the triggers from 20261124000100_search.",
    );
  }
}
// PostgreSQL's migration splits into statements at every semicolon (the pg adapter's script runner).
if (/--[^\n]*;/.test(sql.postgresql)) console.warn("WARNING: a comment in the PostgreSQL migration holds a semicolon.");
