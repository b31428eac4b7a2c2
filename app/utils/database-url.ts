import path from "node:path";

/** Where the SQLite database lives when DATABASE_URL is not set: a git-ignored folder in the repo. */
export const DEFAULT_DATABASE_URL = "file:./data/dev.db";

/** Turns a `file:` URL (relative to the project root) into the path better-sqlite3 opens. */
export function resolveDatabaseFile(url: string | undefined = DEFAULT_DATABASE_URL): string {
  const value = url || DEFAULT_DATABASE_URL;
  if (value === ":memory:" || value === "file::memory:") return ":memory:";
  const file = value.replace(/^file:/, "").replace(/\?.*$/, "");
  return path.isAbsolute(file) ? file : path.resolve(process.cwd(), file);
}
