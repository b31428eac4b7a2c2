// Production server: `npm start` (after `npm run build`). Serves hashed assets as immutable,
// sets baseline security headers on every response, and hands everything else to Remix.
import fs from "node:fs";
import path from "node:path";
import { createRequestHandler } from "@remix-run/express";
import compression from "compression";
import express from "express";

const root = import.meta.dirname;
const buildDir = path.resolve(root, process.env.BUILD_DIR ?? "build");
process.env.NODE_ENV ??= "production";

const serverEntry = path.join(buildDir, "server/index.js");
if (!fs.existsSync(serverEntry)) {
  console.error(`\n✖ No production build at ${path.relative(root, serverEntry)}. Run \`npm run build\` first.\n`);
  process.exit(1);
}
let build;
try {
  build = await import(serverEntry);
} catch (error) {
  // Configuration errors (see app/utils/env.server.ts) surface here, at boot, before listening.
  if (error?.name === "EnvError") {
    console.error(`\n✖ Server not started. ${error.message}\n`);
    process.exit(1);
  }
  throw error;
}

const { BASELINE_SECURITY_HEADERS } = build.entry.module;
const app = express();
app.disable("x-powered-by");
app.use(compression());
app.use((_req, res, next) => {
  for (const [name, value] of Object.entries(BASELINE_SECURITY_HEADERS)) res.setHeader(name, value);
  next();
});
// Vite fingerprints everything under /assets: safe to cache forever.
app.use(
  "/assets",
  express.static(path.join(buildDir, "client/assets"), { immutable: true, maxAge: "1y", index: false }),
);
// Other public files (illustrations, favicon) keep their names: cache for a day.
app.use(express.static(path.join(buildDir, "client"), { maxAge: "1d", index: false }));
// Behind a proxy, set TRUST_PROXY (e.g. "loopback") so req.ip is the customer's address (rate limits).
if (process.env.TRUST_PROXY) app.set("trust proxy", process.env.TRUST_PROXY);
app.all(
  "*",
  createRequestHandler({ build, mode: process.env.NODE_ENV, getLoadContext: (req) => ({ clientIp: req.ip }) }),
);

const port = Number(process.env.PORT) || 3000;
const server = app.listen(port, () => console.log(`광주자활뉴스 listening on http://localhost:${port}`));

for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
