import tsconfigPaths from "vite-tsconfig-paths";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    include: ["tests/{unit,integration,http}/**/*.test.ts"],
    globalSetup: ["tests/support/global-setup.ts"],
    setupFiles: ["tests/support/per-file-database.ts"],
    testTimeout: 20_000,
    hookTimeout: 120_000,
    // The server-side code reads the time zone of the host; run in one far from Seoul to prove it doesn't matter.
    env: { TZ: "America/Los_Angeles", NODE_ENV: "test" },
  },
});
