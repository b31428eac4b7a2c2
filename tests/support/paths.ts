import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");
/** Per test run (set by global-setup, inherited by workers), so two runs at once never share files. */
export const TMP_ROOT = path.join(ROOT, "tests/.tmp");
export const TMP = path.join(TMP_ROOT, process.env.TEST_RUN_ID ?? "shared");
/** Migrated and seeded once per test run by global-setup; each test file gets its own copy. */
export const TEMPLATE_DB = path.join(TMP, "template.db");

/**
 * `TEST_DATABASE_URL=postgresql://user@host:port/<prefix>` runs the suite on PostgreSQL: the template and every
 * test file's database are databases named `<prefix>_<run>_…` on that server. Unset: SQLite files under TMP.
 */
export const TEST_POSTGRES_URL = /^postgres(ql)?:\/\//i.test(process.env.TEST_DATABASE_URL ?? "")
  ? process.env.TEST_DATABASE_URL!
  : null;

/** Database names of this run (PostgreSQL), all starting with the prefix so the teardown finds them. */
export function postgresRunPrefix() {
  const prefix = new URL(TEST_POSTGRES_URL!).pathname.slice(1) || "gwangju_test";
  return `${prefix}_${(process.env.TEST_RUN_ID ?? "shared").replace(/\W/g, "_")}`.toLowerCase();
}

/** The URL of database `name` on the TEST_DATABASE_URL server. */
export function postgresUrl(name: string) {
  const url = new URL(TEST_POSTGRES_URL!);
  url.pathname = `/${name}`;
  return url.toString();
}
