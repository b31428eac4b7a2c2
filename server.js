// Production server: `npm start` (after `npm run build`). Serves hashed assets as immutable,
// sets baseline security headers on every response, refuses cross-site state changes and oversized
// bodies, logs every request, and hands everything else to Remix.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import zlib from "node:zlib";
// The adapter's request/response converters (public in its typings, not re-exported by its index).
import remixExpress from "@remix-run/express/dist/server.js";
import { createRequestHandler } from "@remix-run/node";
import compression from "compression";
import express from "express";
import { bodyLimit, crossSiteReason, readUpTo, sendRefusal } from "./server/guards.js";
import { createRequestLogger } from "./server/logging.js";
import { createPageCache } from "./server/page-cache.js";

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

const {
  serverConfig: config,
  logger,
  bumpContentVersion,
  onRemoteContentChange,
  startBackgroundJobs,
  startContentBroadcast,
} = build.entry.module;
const app = express();
app.disable("x-powered-by");
// Behind a proxy, set TRUST_PROXY (e.g. 1 or "loopback") so req.ip is the customer's address (rate limits).
if (config.trustProxy !== undefined) app.set("trust proxy", config.trustProxy);
app.use(createRequestLogger(logger));
// PAGE_CACHE_SECONDS=0 turns the micro-cache off (e.g. to measure the app itself).
const pageCache = createPageCache({ ttlSeconds: Number(process.env.PAGE_CACHE_SECONDS ?? 5) });
// Several instances (PostgreSQL): a staff save on another instance empties this one's page cache too.
onRemoteContentChange((change) => change === "pages" && pageCache.clear());
startContentBroadcast();
// Host and path: what the page cache keys by (the raw Node request's, so a hit needs no Express at all).
const cacheKey = (req) => `${req.headers.host ?? ""}${req.originalUrl ?? req.url}`;
// Brotli quality 2 instead of the middleware's 4 for pages rendered per request: 3–4 times less CPU for about
// 9% more bytes (a 53 KB home page: 12.1 KB instead of 11.1 KB). Cached pages are compressed harder, once.
// A 256 KB window (LGWIN 18) instead of 4 MB: every page fits in it, so not a byte more, but each response's
// encoder no longer allocates megabytes. Under 16 concurrent requests that allocation cost more than the page
// itself (article page 16.5 → 6.7 CPU ms/request, A/B in one run); one request at a time it didn't show.
const PAGE_BROTLI = { [zlib.constants.BROTLI_PARAM_QUALITY]: 2, [zlib.constants.BROTLI_PARAM_LGWIN]: 18 };
app.use(compression({ brotli: { params: PAGE_BROTLI } }));
app.use((_req, res, next) => {
  for (const [name, value] of Object.entries(config.securityHeaders)) res.setHeader(name, value);
  next();
});
// Vite fingerprints everything under /assets: safe to cache forever.
app.use(
  "/assets",
  express.static(path.join(buildDir, "client/assets"), { immutable: true, maxAge: "1y", index: false }),
);
// Other public files (illustrations, favicon) keep their names: cache for a day. Each has an extension, so a
// page's path is not looked up on disk: the failed stat (and the Error it builds) was ~6% of a staff page's CPU.
const publicFiles = express.static(path.join(buildDir, "client"), { maxAge: "1d", index: false });
app.use((req, res, next) => (path.extname(req.path) ? publicFiles(req, res, next) : next()));

const csrf = { exemptPaths: new Set(["/webhooks/stripe"]) };
app.use((req, res, next) => {
  const reason = crossSiteReason(req, csrf);
  if (!reason) return next();
  req.log.warn({ reason }, "cross-site request refused");
  sendRefusal(res, 403, req.id);
});
// Bodies over the limit are refused by their declared length, unread; bodies without one (chunked) are
// read up to the limit and refused as soon as they pass it.
app.use(async (req, res, next) => {
  if (req.method === "GET" || req.method === "HEAD") return next();
  const limit = bodyLimit(req, config);
  const declared = req.get("content-length");
  if (declared !== undefined) return Number(declared) > limit ? sendRefusal(res, 413, req.id) : next();
  if (!req.get("transfer-encoding")) return next();
  try {
    const body = await readUpTo(req, limit);
    if (body === null) return sendRefusal(res, 413, req.id);
    req.bufferedBody = body;
    next();
  } catch (error) {
    next(error);
  }
});

const { createRemixRequest, sendRemixResponse } = remixExpress;
const handleRequest = createRequestHandler(build, process.env.NODE_ENV);

/** A GET like the Node request `req` whose render does not stop when its response ends (a background refresh). */
function detachedRequest(req) {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    for (const one of Array.isArray(value) ? value : [value]) if (one !== undefined) headers.append(name, one);
  }
  return new Request(`http://${cacheKey(req)}`, { headers });
}

// A cached page goes out first thing, before Express and Remix: its stored compressed bytes, with the
// baseline headers. Just expired, it still goes out while one background render (not tied to this
// response) replaces it. Everything else goes to Express.
function handle(req, res) {
  // The page's time bound (RENDER_TIMEOUT_MS, app/entry.server.tsx) counts from here.
  req.receivedAt = performance.now();
  const refresh = () => handleRequest(detachedRequest(req), { clientIp: req.socket.remoteAddress });
  if (!pageCache.serveHit(cacheKey(req), req, res, config.securityHeaders, refresh)) app(req, res);
}
app.all("*", async (req, res, next) => {
  try {
    const request = remixRequest(req, res);
    const render = () => handleRequest(request, { clientIp: req.ip, requestId: req.id, receivedAt: req.receivedAt });
    const response = await pageCache.respond(request, render, cacheKey(req));
    // Staff changes (publishing, prices, stock) show on public pages at once rather than after the cache's
    // few seconds: any accepted staff post empties it, and (its transaction committed by now) moves the
    // app's content version on (app/utils/content-cache.server.ts), here and on every other instance.
    if (request.method === "POST" && /^\/(admin|center)(\/|$)/.test(req.path) && response.status < 400) {
      pageCache.clear();
      bumpContentVersion("pages");
    }
    await sendRemixResponse(res, response);
  } catch (error) {
    next(error);
  }
});

/** Remix's request for `req`; a chunked body already read by the size check is handed over from memory. */
function remixRequest(req, res) {
  const request = createRemixRequest(req, res);
  return req.bufferedBody ? new Request(request, { body: req.bufferedBody, duplex: "half" }) : request;
}

const port = Number(process.env.PORT) || 3000;
// Slow clients can't hold a connection open: headers must arrive within the first timeout, the whole
// request within the second (uploads on a slow phone connection included).
const serverOptions = {
  headersTimeout: config.headersTimeoutMs,
  requestTimeout: config.requestTimeoutMs,
  connectionsCheckingInterval: Math.min(1000, config.headersTimeoutMs),
};
const server = http.createServer(serverOptions, handle).listen(port, () => {
  logger.info(`광주자활뉴스 listening on http://localhost:${port}`);
  startBackgroundJobs();
});

for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
