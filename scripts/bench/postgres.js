// `npm run bench -- --postgres [url]`: the same data set on PostgreSQL. The SQLite data set (data/bench.db) is
// built as usual, then every table is copied row for row into a freshly migrated PostgreSQL database, so
// both databases serve exactly the same articles. Foreign keys are checked once the copy is complete
// (session_replication_role = replica while copying needs a superuser, as the local `postgres` is).
import { spawnSync } from "node:child_process";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";

export const DEFAULT_BENCH_POSTGRES_URL = "postgresql://postgres@127.0.0.1:5432/gwangju_bench";
const BATCH = 200;

/** Copies data/bench.db into `databaseUrl` unless it already holds the same rows. Returns ms spent. */
export async function copyToPostgres({ root, dbFile, databaseUrl, log }) {
  const sqlite = new Database(dbFile, { readonly: true, fileMustExist: true });
  const client = new pg.Client({ connectionString: databaseUrl });
  try {
    const articles = sqlite.prepare(`SELECT COUNT(*) FROM "Article"`).pluck().get();
    if ((await countArticles(databaseUrl)) === articles) {
      log(`Reusing ${redact(databaseUrl)} (${articles} articles, as in the SQLite data set).`);
      return 0;
    }
    const t0 = performance.now();
    const setup = spawnSync(process.execPath, [path.join(root, "scripts/setup-db.js"), "--reset", "--no-seed"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      encoding: "utf8",
    });
    if (setup.status !== 0)
      throw new Error(`setting up ${redact(databaseUrl)} failed:\n${setup.stdout}${setup.stderr}`);
    await client.connect();
    const tables = sqlite
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' AND name <> '_prisma_migrations'`,
      )
      .pluck()
      .all();
    await client.query("BEGIN");
    await client.query("SET LOCAL session_replication_role = replica");
    for (const table of tables) await copyTable(sqlite, client, table);
    await client.query("COMMIT");
    await client.query("ANALYZE");
    const ms = performance.now() - t0;
    log(`Copied ${tables.length} tables into ${redact(databaseUrl)} in ${(ms / 1000).toFixed(1)} s.`);
    return ms;
  } finally {
    sqlite.close();
    await client.end().catch(() => {});
  }
}

async function copyTable(sqlite, client, table) {
  const { rows: columns } = await client.query(
    `SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1`,
    [table],
  );
  if (columns.length === 0) return;
  const booleans = new Set(columns.filter((c) => c.data_type === "boolean").map((c) => c.column_name));
  const names = columns.map((c) => c.column_name);
  const rows = sqlite
    .prepare(`SELECT ${names.map((n) => `"${n}"`).join(", ")} FROM "${table}"`)
    .raw()
    .all();
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    const values = [];
    const tuples = batch.map((row) => {
      const slots = row.map((value, i) => {
        values.push(booleans.has(names[i]) && value !== null ? value === 1 : value);
        return `$${values.length}`;
      });
      return `(${slots.join(", ")})`;
    });
    await client.query(
      `INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(", ")}) VALUES ${tuples.join(", ")}`,
      values,
    );
  }
  if (columns.some((c) => c.column_name === "id" && c.data_type === "integer")) {
    await client.query(
      `SELECT setval(pg_get_serial_sequence($1, 'id'), GREATEST((SELECT MAX("id") FROM "${table}"), 1))`,
      [`"${table}"`],
    );
  }
}

async function countArticles(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  try {
    await client.connect();
    const { rows } = await client.query(`SELECT COUNT(*)::int AS n FROM "Article"`);
    return rows[0].n;
  } catch {
    return -1;
  } finally {
    await client.end().catch(() => {});
  }
}

function redact(url) {
  const u = new URL(url);
  u.password = "";
  return u.toString();
}
