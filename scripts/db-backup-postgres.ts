// PostgreSQL for `npm run db:backup` / `db:restore`: pg_dump in its custom format (one consistent snapshot
// taken in a repeatable-read transaction while the site keeps serving) and pg_restore --clean --if-exists in
// one transaction (the database is either the backup or what it was before, never half of each).
import { spawn } from "node:child_process";
import path from "node:path";

// Query parameters libpq understands; the rest (Prisma's `schema`, `connection_limit`, …) would make
// pg_dump refuse the URL.
const LIBPQ_PARAMETERS = new Set([
  "application_name",
  "connect_timeout",
  "options",
  "sslmode",
  "sslcert",
  "sslkey",
  "sslrootcert",
  "sslcrl",
  "sslpassword",
  "target_session_attrs",
  "keepalives",
  "keepalives_idle",
  "host",
  "port",
]);

/** The URL for libpq without its password (handed over in PGPASSWORD, never on a command line). */
export function libpqConnection(databaseUrl: string): { url: string; password?: string } {
  const url = new URL(databaseUrl);
  const password = url.password ? decodeURIComponent(url.password) : undefined;
  url.password = "";
  for (const name of [...url.searchParams.keys()]) if (!LIBPQ_PARAMETERS.has(name)) url.searchParams.delete(name);
  return { url: url.toString(), password };
}

const INSTALL_HINT =
  "PostgreSQL 클라이언트 도구(Debian/Ubuntu: postgresql-client, 서버와 같거나 더 높은 주 버전)를 설치하거나, " +
  "도구가 있는 폴더를 PG_BIN_DIR 환경 변수로 알려 주세요.";

/** Runs pg_dump or pg_restore; a missing tool or a failure becomes a Korean error with the tool's own words. */
function run(tool: "pg_dump" | "pg_restore", args: string[], password: string | undefined): Promise<void> {
  const command = process.env.PG_BIN_DIR ? path.join(process.env.PG_BIN_DIR, tool) : tool;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
      stdio: ["ignore", "inherit", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", (error: NodeJS.ErrnoException) => {
      reject(
        error.code === "ENOENT"
          ? new Error(`${tool}을(를) 찾을 수 없습니다. ${INSTALL_HINT}`)
          : new Error(`${tool}을(를) 실행하지 못했습니다: ${error.message}`),
      );
    });
    child.on("close", (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${tool}이(가) 실패했습니다 (종료 코드 ${code}):\n${stderr.trim()}`));
    });
  });
}

export const postgres = {
  name: "postgresql",
  handles: (url: string) => /^postgres(ql)?:\/\//i.test(url),
  async backup(databaseUrl: string, dir: string) {
    const { url, password } = libpqConnection(databaseUrl);
    // Custom format: compressed, and pg_restore can clean and restore it object by object. No owners or
    // grants, so the backup restores into a database of another role (a new server).
    await run(
      "pg_dump",
      ["--format=custom", "--no-owner", "--no-privileges", `--file=${path.join(dir, "database.dump")}`, url],
      password,
    );
    return "database.dump";
  },
  async restore(databaseUrl: string, file: string) {
    const { url, password } = libpqConnection(databaseUrl);
    // --clean --if-exists drops what the backup holds before recreating it (an empty database works too);
    // --single-transaction with --exit-on-error leaves the database untouched if anything fails.
    await run(
      "pg_restore",
      [
        "--clean",
        "--if-exists",
        "--no-owner",
        "--no-privileges",
        "--single-transaction",
        "--exit-on-error",
        `--dbname=${url}`,
        file,
      ],
      password,
    );
  },
};
