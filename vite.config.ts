import { vitePlugin as remix } from "@remix-run/dev";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "vite";
import tsconfigPaths from "vite-tsconfig-paths";
import { BASELINE_SECURITY_HEADERS } from "./app/utils/security.server";
import { chunkModules, shellChunk } from "./scripts/vite-chunks";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

export default defineConfig({
  server: {
    port: Number(process.env.PORT) || 3000,
    host: "localhost",
    headers: BASELINE_SECURITY_HEADERS,
  },
  // Database drivers load from node_modules at run time, never bundled (better-sqlite3 is a native addon).
  ssr: { external: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg"] },
  plugins: [
    tailwindcss(),
    remix({
      // Tests build into their own folder so they never clobber (or run) a stale `build/`.
      buildDirectory: process.env.BUILD_DIR ?? "build",
      future: {
        v3_fetcherPersist: true,
        v3_relativeSplatPath: true,
        v3_throwAbortReason: true,
        v3_singleFetch: true,
        v3_lazyRouteDiscovery: true,
        v3_routeConfig: true,
      },
    }),
    tsconfigPaths(),
    shellChunk(),
    chunkModules(),
  ],
});
