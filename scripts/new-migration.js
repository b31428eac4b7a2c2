// `npm run db:migration -- <name> [--from <git-rev>]`: writes prisma/migrations/<timestamp>_<name>/migration.sql
// with the SQL that turns the schema at <git-rev> (default HEAD) into the working copy's schema.prisma.
// Why not `prisma migrate dev`: with the better-sqlite3 adapter it cannot replay multi-statement migrations
// into its shadow database, and `--from-schema-datasource` is unsupported with adapters. Diffing two schema
// files needs no database at all.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const args = process.argv.slice(2);
const name = args.find((a) => !a.startsWith("--") && args[args.indexOf(a) - 1] !== "--from");
const fromIndex = args.indexOf("--from");
const rev = fromIndex >= 0 ? args[fromIndex + 1] : "HEAD";
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:migration -- <snake_case_name> [--from <git-rev>]");
  process.exit(2);
}

const root = path.resolve(import.meta.dirname, "..");
const previous = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "schema-")), "schema.prisma");
fs.writeFileSync(previous, execFileSync("git", ["show", `${rev}:prisma/schema.prisma`], { cwd: root }));

const diff = spawnSync(
  path.join(root, "node_modules/.bin/prisma"),
  ["migrate", "diff", "--from-schema-datamodel", previous, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
  { cwd: root, encoding: "utf8" },
);
if (diff.status !== 0) {
  console.error(diff.stderr);
  process.exit(diff.status ?? 1);
}
if (!diff.stdout.trim() || /^-- This is an empty migration\.\s*$/.test(diff.stdout.trim())) {
  console.log(`schema.prisma has not changed since ${rev}: no migration written.`);
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
const dir = path.join(root, "prisma/migrations", `${stamp}_${name}`);
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, "migration.sql"), diff.stdout);
console.log(`Wrote ${path.relative(root, dir)}/migration.sql — review it, then \`npm run setup\` applies it.`);
// Rebuilding a table drops its triggers; Article and Product carry the FTS sync triggers.
for (const table of ["Article", "Product"]) {
  if (diff.stdout.includes(`DROP TABLE "${table}";`)) {
    console.warn(
      `WARNING: this migration rebuilds "${table}", which drops its full-text search triggers. ` +
        "Rewrite it with ALTER TABLE … ADD COLUMN, or recreate the triggers from 20261124000100_search.",
    );
  }
}
