import path from "node:path";

/** Where the SQLite database lives when DATABASE_URL is not set: a git-ignored folder in the repo. */
export const DEFAULT_DATABASE_URL = "file:./data/dev.db";

/** `postgresql://…` (or `postgres://…`) selects PostgreSQL; anything else is a SQLite `file:` URL. */
export function isPostgresUrl(url: string | undefined): boolean {
  return /^postgres(ql)?:\/\//i.test(url ?? "");
}

/** Turns a `file:` URL (relative to the project root) into the path better-sqlite3 opens. */
export function resolveDatabaseFile(url: string | undefined = DEFAULT_DATABASE_URL): string {
  const value = url || DEFAULT_DATABASE_URL;
  if (isPostgresUrl(value)) throw new Error("resolveDatabaseFile() is for SQLite URLs; this is a PostgreSQL URL");
  if (value === ":memory:" || value === "file::memory:") return ":memory:";
  const file = value.replace(/^file:/, "").replace(/\?.*$/, "");
  return path.isAbsolute(file) ? file : path.resolve(process.cwd(), file);
}
