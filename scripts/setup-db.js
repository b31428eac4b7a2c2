// Brings the database named by DATABASE_URL up to date before `npm run dev` / `npm start`:
// applies committed migrations and, unless --no-seed, seeds demo content into an empty database.
// --reset deletes the SQLite file (or drops and recreates the PostgreSQL database) first.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const args = new Set(process.argv.slice(2));
const root = path.resolve(import.meta.dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const url = process.env.DATABASE_URL || "file:./data/dev.db";
const postgres = /^postgres(ql)?:\/\//i.test(url);

function run(command, commandArgs) {
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: "inherit", env: process.env });
  if (result.status !== 0) {
    console.error(`\n✖ ${path.basename(command)} ${commandArgs.join(" ")} failed (exit ${result.status}).`);
    process.exit(result.status ?? 1);
  }
}

if (postgres) await preparePostgres();
else if (args.has("--reset")) {
  const file = path.resolve(root, url.replace(/^file:/, ""));
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
  console.log(`Removed ${path.relative(root, file)}`);
}

run(bin("prisma"), ["migrate", "deploy"]);
if (!args.has("--no-seed")) run(bin("tsx"), ["prisma/seed/index.ts"]);

if (postgres) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query("ANALYZE");
  await client.end();
} else {
  // WAL lets readers (every page view) proceed while a write commits; the setting persists in the file.
  const { default: Database } = await import("better-sqlite3");
  const db = new Database(path.resolve(root, url.replace(/^file:/, "")));
  db.pragma("journal_mode = WAL");
  // Fresh statistics let SQLite pick the right index (without them article lists walk the whole table).
  db.exec("ANALYZE");
  db.close();
}

/** Creates the PostgreSQL database when it does not exist yet (dropping it first with --reset). */
async function preparePostgres() {
  const { default: pg } = await import("pg");
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ""));
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  try {
    await client.connect();
  } catch (error) {
    console.error(`✖ PostgreSQL at ${target.host} does not answer: ${error.message}`);
    process.exit(1);
  }
  const quoted = `"${name.replace(/"/g, '""')}"`;
  if (args.has("--reset")) {
    await client.query(`DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`);
    console.log(`Dropped database ${name}`);
  }
  const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
  if (!rowCount) {
    // C collation sorts text by code point, as SQLite does, so lists come out in the same order on both.
    await client.query(
      `CREATE DATABASE ${quoted} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C.UTF-8'`,
    );
    console.log(`Created database ${name}`);
  }
  await client.end();
}
