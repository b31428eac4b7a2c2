// Exits 0 when the PostgreSQL server of TEST_DATABASE_URL (default 127.0.0.1:5432, user postgres) answers a
// query and may create databases; otherwise prints why and exits 1. Used by .ci/run.
import pg from "pg";

const url = new URL(process.env.TEST_DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/gwangju_test");
url.pathname = "/postgres";
const client = new pg.Client({ connectionString: url.toString(), connectionTimeoutMillis: 5_000 });
try {
  await client.connect();
  const { rows } = await client.query(
    "SELECT current_setting('server_version_num')::int AS version, rolcreatedb OR rolsuper AS createdb FROM pg_roles WHERE rolname = current_user",
  );
  const { version, createdb } = rows[0];
  if (version < 150000) throw new Error(`PostgreSQL ${version} is too old: 15 or newer is needed`);
  if (!createdb) throw new Error(`user ${url.username} may not create databases`);
  console.log(`PostgreSQL ${Math.floor(version / 10000)} answers at ${url.host} (user ${url.username}).`);
  await client.end();
} catch (error) {
  console.error(`PostgreSQL at ${url.host} (user ${url.username || "?"}): ${error.message}`);
  process.exit(1);
}
