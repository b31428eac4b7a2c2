// Brings the SQLite database up to date before `npm run dev` / `npm start`:
// applies committed migrations and, unless --no-seed, seeds demo content into an empty database.
// --reset deletes the database file first.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const args = new Set(process.argv.slice(2));
const root = path.resolve(import.meta.dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);

function run(command, commandArgs) {
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: "inherit", env: process.env });
  if (result.status !== 0) {
    console.error(`\n✖ ${path.basename(command)} ${commandArgs.join(" ")} failed (exit ${result.status}).`);
    process.exit(result.status ?? 1);
  }
}

if (args.has("--reset")) {
  const url = process.env.DATABASE_URL || "file:./data/dev.db";
  const file = path.resolve(root, url.replace(/^file:/, ""));
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
  console.log(`Removed ${path.relative(root, file)}`);
}

run(bin("prisma"), ["migrate", "deploy"]);
if (!args.has("--no-seed")) run(bin("tsx"), ["prisma/seed/index.ts"]);

// WAL lets readers (every page view) proceed while a write commits; the setting persists in the file.
const { default: Database } = await import("better-sqlite3");
const dbUrl = process.env.DATABASE_URL || "file:./data/dev.db";
const db = new Database(path.resolve(root, dbUrl.replace(/^file:/, "")));
db.pragma("journal_mode = WAL");
// Fresh statistics let SQLite pick the right index (without them article lists walk the whole table).
db.exec("ANALYZE");
db.close();
