// `npm run bench`: load-tests the production build against a 10,000-article database.
//
//   1. data/bench.db: migrations + seed, then 100 월호 × 100 generated articles (reused if present)
//   2. builds the app when build/ is missing or older than the sources, starts `node server.js`
//      (production env, loopback only: scripts/bench/loopback-only.js pins its listen() to 127.0.0.1)
//   3. autocannon, 32 connections: /, one article page, /search?q=자활센터, /search?q=청년
//   4. the same article HTML served from memory by a bare node:http server, as the ceiling
//   5. the app server's peak RSS and CPU time per request during the load
//   6. a table of figures against the targets. Nothing is asserted: the exit code only reflects errors.
// To see which SQL statements the pages spend their time in: `node scripts/bench/queries.js`.
//
// Flags: --duration N (seconds per target, default 10)  --warmup N (default 2)  --connections N (32)
//        --fresh (rebuild the data set)  --build (always rebuild the app)  --no-build (use build/ as it is)
//        --port N (first port to try, 3300)
//        --postgres [URL] (serve the same data set from PostgreSQL; default
//                          postgresql://postgres@127.0.0.1:5432/gwangju_bench, copied from data/bench.db)
import os from "node:os";
import path from "node:path";
import { ensureBuild } from "./bench/build.js";
import { counts, ensureDataset, middleArticleSlug } from "./bench/dataset.js";
import { fmtMs, log, mib, padEnd, seconds } from "./bench/format.js";
import { cpuMs, highWaterKb, httpGet, runLoad, sampleRss } from "./bench/load.js";
import { parseArgs } from "./bench/options.js";
import { stopAll, wasInterrupted } from "./bench/processes.js";
import { copyToPostgres } from "./bench/postgres.js";
import { printReport } from "./bench/report.js";
import { HOST, drain, freePort, startApp, startCeiling } from "./bench/servers.js";

const root = path.resolve(import.meta.dirname, "..");
const DATABASE_URL = "file:./data/bench.db";
const dbFile = path.join(root, "data", "bench.db");

async function main() {
  const options = parseArgs(process.argv.slice(2), import.meta.filename);
  const started = performance.now();

  log(`── Data set ──`);
  const dataset = await ensureDataset({ root, dbFile, databaseUrl: DATABASE_URL, fresh: options.fresh, log });
  if (!dataset.reused) {
    log(
      `Generated in ${seconds(dataset.setupMs + dataset.textMs + dataset.insertMs)}: migrate + seed ${seconds(dataset.setupMs)}, text ${seconds(dataset.textMs)}, insert (one transaction, FTS triggers) ${seconds(dataset.insertMs)}.`,
    );
  }
  const c = dataset.reused ? dataset : counts(dbFile);
  log(
    `Counts: ${c.articles} articles (${c.generated} generated, ${c.published} published), ${c.issues} issues, ${c.articleTags} article tags, ${c.ftsRows} article_fts rows; file ${(c.fileBytes / 2 ** 20).toFixed(1)} MiB.`,
  );
  log(
    `Terms: 자활센터 in ${c.withJahwalCenter} articles (${((100 * c.withJahwalCenter) / c.articles).toFixed(0)}%), 청년 in ${c.withYouth} (${((100 * c.withYouth) / c.articles).toFixed(0)}%); body text averages ${c.avgBodyChars} characters.`,
  );

  const databaseUrl = options.postgres ?? DATABASE_URL;
  if (options.postgres) await copyToPostgres({ root, dbFile, databaseUrl, log });

  log(`\n── App (${options.postgres ? "PostgreSQL" : "SQLite"}) ──`);
  ensureBuild(root, options.build, options.noBuild);
  const app = await startApp({ root, port: await freePort(options.port), databaseUrl });
  const appBase = `http://${HOST}:${app.port}`;

  const slug = middleArticleSlug(dbFile);
  const targets = [
    { name: "/", path: "/", kind: "page" },
    { name: `/news/${slug}`, path: `/news/${slug}`, kind: "page" },
    { name: "/search?q=자활센터", path: `/search?q=${encodeURIComponent("자활센터")}`, kind: "search" },
    { name: "/search?q=청년", path: `/search?q=${encodeURIComponent("청년")}`, kind: "search" },
  ];

  // One plain request each: the page must answer 200 before it is worth loading.
  let articleHtml = null;
  let articleType = null;
  for (const target of targets) {
    const t0 = performance.now();
    const res = await httpGet(appBase + target.path);
    const body = res.body;
    const ms = performance.now() - t0;
    if (res.status !== 200) throw new Error(`${target.name} answered ${res.status}; nothing to benchmark`);
    const hits = body.match(/검색 결과 <strong[^>]*>(\d+)<\/strong>건/);
    log(
      `  ${padEnd(target.name, 44)} ${res.status}  ${(Buffer.byteLength(body) / 1024).toFixed(1)} KiB  first request ${ms.toFixed(0)} ms${hits ? `  (${hits[1]} results)` : ""}`,
    );
    if (target.kind === "page" && target.path.startsWith("/news/")) {
      articleHtml = body;
      articleType = res.headers["content-type"];
    }
  }
  const ceiling = await startCeiling({ root, html: articleHtml, contentType: articleType });
  log(
    `Ceiling: bare node:http child (pid ${ceiling.child.pid}) serving that article's HTML from memory on http://${HOST}:${ceiling.port}.`,
  );

  const loadBefore = os.loadavg()[0];
  log(
    `\n── Load: ${options.connections} connections, ${options.warmup} s warm-up + ${options.duration} s per target ──`,
  );
  const results = [];
  const all = [
    ...targets.map((t) => ({ ...t, url: appBase + t.path, pid: app.child.pid })),
    {
      name: "ceiling (same HTML, node:http)",
      url: `http://${HOST}:${ceiling.port}/`,
      kind: "ceiling",
      pid: ceiling.child.pid,
    },
  ];
  let appPeakKb = NaN;
  for (const target of all) {
    if (wasInterrupted()) return;
    // Warm-up (JIT, caches) needs traffic, not concurrency: fewer connections leave a smaller backlog
    // for a slow server to work off before the measured run.
    if (options.warmup > 0)
      await runLoad({ url: target.url, connections: Math.min(8, options.connections), duration: options.warmup });
    // Every measured run, the ceiling's included, starts with the app server idle.
    await drain(`${appBase}/healthz`);
    if (target.kind === "ceiling") await drain(target.url);
    const sampler = sampleRss(target.pid);
    const cpuBefore = cpuMs(target.pid);
    const r = await runLoad({ url: target.url, connections: options.connections, duration: options.duration });
    // The server goes on to finish what autocannon gave up on (timed-out requests, one in flight per
    // connection at the end): count its CPU until it is idle again, and those requests with it.
    await drain(target.kind === "ceiling" ? target.url : `${appBase}/healthz`, { quiet: true });
    const cpuPerReq = (cpuMs(target.pid) - cpuBefore) / (r.completed + r.timeouts + options.connections);
    const peakKb = sampler.stop();
    if (target.kind !== "ceiling" && !(peakKb <= appPeakKb)) appPeakKb = peakKb;
    results.push({ ...target, ...r, peakKb, cpuPerReq });
    log(
      `  ${padEnd(target.name, 44)} ${r.reqPerSec.toFixed(0).padStart(6)} req/s  p99 ${fmtMs(r.p99)} ms  peak RSS ${mib(peakKb)}${r.non2xx ? `  status ${JSON.stringify(r.statusCodes)}` : ""}${r.errors ? `  ${r.errors} errors (${r.timeouts} timeouts)` : ""}${r.truncated ? `  ${r.truncated} truncated pages` : ""}`,
    );
  }
  if (wasInterrupted()) return;
  const hwmKb = highWaterKb(app.child.pid);
  printReport({ results, c, options, appPeakKb, hwmKb, appOutput: app.output, loadBefore });
  log(`Total run time ${seconds(performance.now() - started)}.`);
}

try {
  await main();
} catch (error) {
  console.error(`\n✖ bench: ${error.message}`);
  process.exitCode = 1;
} finally {
  await stopAll();
}
