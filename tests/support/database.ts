import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { postgresRunPrefix, postgresUrl, TEMPLATE_DB, TEST_POSTGRES_URL, TMP } from "./paths";

export const TEMPLATE_POSTGRES_DATABASE = () => `${postgresRunPrefix()}_template`;

/** Runs statements on the PostgreSQL server's maintenance database (CREATE/DROP DATABASE). */
export async function onPostgresServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: postgresUrl("postgres") });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A fresh copy of the seeded database, as a DATABASE_URL: a copy of the template file on SQLite,
 * `CREATE DATABASE … TEMPLATE` on PostgreSQL. `empty` gives a database without any tables instead.
 */
export async function freshDatabaseUrl(label: string, { empty = false } = {}): Promise<string> {
  const id = crypto.randomUUID().replace(/-/g, "").slice(0, 12);
  if (!TEST_POSTGRES_URL) {
    const file = path.join(TMP, `${label}-${id}.db`);
    if (empty) fs.writeFileSync(file, "");
    else fs.copyFileSync(TEMPLATE_DB, file);
    return `file:${file}`;
  }
  const name = `${postgresRunPrefix()}_${label.replace(/\W/g, "_")}_${id}`.toLowerCase();
  const template = empty ? "template0" : TEMPLATE_POSTGRES_DATABASE();
  await onPostgresServer(async (client) => {
    // Two copies of one template at the same moment can fail with "being accessed by other users".
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
        return;
      } catch (error) {
        if (attempt >= 20 || !/being accessed by other users/.test(String(error))) throw error;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  });
  return postgresUrl(name);
}

/** Drops every database of this test run (PostgreSQL); the run's files go with TMP. */
export async function dropRunDatabases() {
  if (!TEST_POSTGRES_URL) return;
  await onPostgresServer(async (client) => {
    const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [
      `${postgresRunPrefix()}\\_%`,
    ]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  });
}

/** A copy of the seeded SQLite template as a file (SQLite-only tests that work on the file itself). */
export function copyTemplateDatabase(label: string): string {
  const file = path.join(TMP, `${label}-${crypto.randomUUID()}.db`);
  fs.copyFileSync(TEMPLATE_DB, file);
  return file;
}

/** A product's first option (id and stock) as stored in the SQLite file, read beside the running server. */
export function readVariant(file: string, productSlug: string): { id: number; stock: number } {
  const db = new Database(file, { readonly: true });
  try {
    return db
      .prepare(
        `SELECT v."id", v."stock" FROM "ProductVariant" v JOIN "Product" p ON p."id" = v."productId" WHERE p."slug" = ?`,
      )
      .get(productSlug) as { id: number; stock: number };
  } finally {
    db.close();
  }
}
