import { defineConfig, devices } from "@playwright/test";

// End-to-end suite: a production build served by `node server.js` on its own port and database,
// driven by the system (Debian) Chromium. Playwright never downloads a browser here.
const PORT = Number(process.env.E2E_PORT) || 3210;
const BASE_URL = `http://localhost:${PORT}`;
// A dedicated database in /data (git-ignored). tests/.tmp is avoided: vitest's global setup wipes it.
const DATABASE_URL = process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db";
// A build of our own (git-ignored /.cache): a rebuild of ./build by `npm run build`, the bench or a dev
// while the suite runs would replace the hashed assets the running server's pages point at.
const BUILD_DIR = process.env.E2E_BUILD_DIR ?? ".cache/e2e-build";
// (E2E_PORT, E2E_DATABASE_URL and E2E_BUILD_DIR let two suites run side by side on one machine.)

export const e2eServerEnv = {
  // The production build and server, run with NODE_ENV=test: everything behaves as in production (enforced
  // CSP, no dev tooling) except that the built-in test payment page is reachable, as on a fresh clone
  // without Stripe keys. The HTTP tests check that it is a 404 under NODE_ENV=production.
  NODE_ENV: "test" as const,
  PORT: String(PORT),
  DATABASE_URL,
  BUILD_DIR,
  // Photos uploaded by the suite stay out of the development uploads folder.
  UPLOADS_DIR: process.env.E2E_UPLOADS_DIR ?? "./data/e2e-uploads",
  PUBLIC_BASE_URL: BASE_URL,
  // Test-only secret, 40 characters; never used outside this suite.
  SESSION_SECRET: "e2e-test-session-secret-0123456789abcdef",
};

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: "list",
  // After the suite: every order the browser made still adds up (결제 − 환불 = 정산).
  globalTeardown: "./tests/e2e/global-teardown.ts",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: BASE_URL,
    locale: "ko-KR",
    timezoneId: "Asia/Seoul",
    // Tracing roughly doubles the cost of each step; keep it for CI failures (or pass --trace on).
    trace: process.env.CI ? "retain-on-failure" : "off",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"], channel: undefined },
      testIgnore: /(cms-issue|launch-settings)\.spec\.ts/,
    },
    // Publishing a newer 월호 or policy changes what the other specs read (home page, checkout): after them.
    {
      name: "publishing",
      use: { ...devices["Desktop Chrome"], channel: undefined },
      testMatch: /(cms-issue|launch-settings)\.spec\.ts/,
      dependencies: ["chromium"],
    },
  ],
  webServer: {
    // Build, reset + seed the e2e database, add the test-only fixtures, then serve the production build.
    // (E2E_SKIP_BUILD=1 serves a build already in E2E_BUILD_DIR: CI builds once for every suite.)
    command: `${process.env.E2E_SKIP_BUILD === "1" ? "" : "node scripts/render-og-images.js && npx remix vite:build && "}node scripts/setup-db.js --reset && npx tsx tests/e2e/setup-fixtures.ts && node server.js`,
    url: `${BASE_URL}/healthz`,
    env: e2eServerEnv,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: "ignore",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
  },
});
