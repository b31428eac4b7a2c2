import tsconfigPaths from "vite-tsconfig-paths";
import { defineConfig } from "vitest/config";

// The SQLite fault and backup tests work on the database file itself (locks, corruption, VACUUM INTO); on
// the PostgreSQL run they have nothing to act on.
const SQLITE_ONLY = [
  "tests/integration/backup.test.ts",
  "tests/integration/db-faults.test.ts",
  "tests/integration/health.test.ts",
  "tests/http/csrf.test.ts",
  "tests/http/db-faults.test.ts",
  "tests/http/db-faults-forms.test.ts",
  "tests/http/disk-full.test.ts",
];

// pg_dump / pg_restore on real PostgreSQL databases, and several instances on one database (the SQLite
// deployment is one process): nothing to act on in the SQLite run.
const POSTGRES_ONLY = ["tests/integration/backup-postgres.test.ts", "tests/http/two-instances.test.ts"];

export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    include: ["tests/{unit,integration,http}/**/*.test.ts"],
    exclude: process.env.TEST_DATABASE_URL ? SQLITE_ONLY : POSTGRES_ONLY,
    globalSetup: ["tests/support/global-setup.ts"],
    setupFiles: ["tests/support/per-file-database.ts"],
    testTimeout: 20_000,
    hookTimeout: 120_000,
    // The server-side code reads the time zone of the host; run in one far from Seoul to prove it doesn't matter.
    env: { TZ: "America/Los_Angeles", NODE_ENV: "test" },
  },
});
