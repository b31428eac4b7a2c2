// `npm run bench`: load-tests the production build against a generated news archive and the shop.
//
//   1. data/bench.db (or data/bench-<N>.db): migrations + seed, then N generated articles in 월호 issues
//      of 100 (reused if present). With DATABASE_URL set to a postgres:// URL the bench uses that
//      database as it is (load it first); the data set step is skipped.
//   2. builds the app when build/ is missing or older than the sources, starts `node server.js`
//      (production env, loopback only: scripts/bench/loopback-only.js pins its listen() to 127.0.0.1;
//      scripts/bench/query-counter.js counts the SQL statements it runs, at the driver)
//   3. the shop: staff sign in, a cart with two items, and the checkout race: --buyers concurrent buyers
//      of one product with --stock units, until it is sold out (orders/s; any oversell is reported),
//      the orders then paid through a local Stripe stand-in's signed webhooks
//   4. autocannon, 32 connections, `Accept-Encoding: gzip, br`: /, an article, an issue, a product,
//      two searches, /cart with items, /center, /admin/orders and one admin order (signed in)
//   5. the same article page's compressed bytes served from memory by a bare node:http server, as the ceiling
//   6. per target: queries and CPU time per request over 30 sequential requests after the warm-up, then
//      the app server's CPU time per request and peak RSS during the load
//   7. a table of figures against the targets (--json: one JSON summary on stdout instead). Nothing is
//      asserted: the exit code only reflects errors.
// PAGE_CACHE_SECONDS=0 in the environment turns the app's page cache off (the uncached figures).
// To see which SQL statements the pages spend their time in: `node scripts/bench/queries.js`.
//
// Flags: --duration N (seconds per target, default 10)  --warmup N (default 2)  --connections N (32)
//        --articles N (generated articles, default 10000)  --buyers N (32)  --stock N (100)
//        --only a,b (targets whose name contains one of these)  --no-checkout  --json
//        --fresh (rebuild the data set)  --build (always rebuild the app)  --no-build (use build/ as it is)
//        --port N (first port to try, 3300)  --cpu-prof (write a V8 CPU profile of the app to data/)
//        --postgres [URL] (serve the same data set from PostgreSQL; default
//                          postgresql://postgres@127.0.0.1:5432/gwangju_bench, copied from data/bench.db)
import os from "node:os";
import path from "node:path";
import { ensureBuild } from "./bench/build.js";
import { checkoutRace, prepareShop, signIn, startStripe, STRIPE_ENV } from "./bench/commerce.js";
import { counts, ensureDataset, middleArticleSlug } from "./bench/dataset.js";
import { fmtMs, log, mib, padEnd, seconds } from "./bench/format.js";
import { cpuMs, highWaterKb, httpGet, runLoad, sampleRss } from "./bench/load.js";
import { parseArgs } from "./bench/options.js";
import { pageScripts } from "./bench/page-js.js";
import { stopAll, wasInterrupted } from "./bench/processes.js";
import { copyToPostgres } from "./bench/postgres.js";
import { printReport, summary } from "./bench/report.js";
import { HOST, drain, freePort, startApp, startCeiling } from "./bench/servers.js";
import { routeData } from "./bench/route-data.js";
import { buildTargets } from "./bench/targets.js";

const root = path.resolve(import.meta.dirname, "..");
const ACCEPT = { "accept-encoding": "gzip, br" };
const QUERY_SAMPLE = 30;

async function dataSet(options) {
  const external = process.env.DATABASE_URL && !process.env.DATABASE_URL.startsWith("file:");
  if (external) {
    log(`Using DATABASE_URL as it is (${process.env.DATABASE_URL.replace(/\/\/[^@]*@/, "//…@")}).`);
    return { databaseUrl: process.env.DATABASE_URL, database: "postgresql", c: null, dbFile: null };
  }
  const name = options.articles === 10_000 ? "bench.db" : `bench-${options.articles}.db`;
  const dbFile = path.join(root, "data", name);
  const databaseUrl = `file:./data/${name}`;
  const dataset = await ensureDataset({
    root,
    dbFile,
    databaseUrl,
    articles: options.articles,
    fresh: options.fresh,
    log,
  });
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
  return { databaseUrl, database: "sqlite", c, dbFile };
}

async function latestArticleSlug(base) {
  return (await routeData(base, "/news", "routes/news._index")).articles[0].slug;
}

async function main() {
  const options = parseArgs(process.argv.slice(2), import.meta.filename);
  if (options.json) console.log = (...args) => console.error(...args); // the JSON alone on stdout
  const started = performance.now();

  log(`── Data set ──`);
  const set = await dataSet(options);
  const { c, dbFile } = set;
  // --postgres serves the same generated data set from PostgreSQL (copied from the SQLite file).
  const databaseUrl = options.postgres ?? set.databaseUrl;
  const database = options.postgres ? "postgresql" : set.database;
  if (options.postgres) await copyToPostgres({ root, dbFile, databaseUrl, log });

  log(`\n── App (${options.postgres ? "PostgreSQL" : "SQLite"}) ──`);
  ensureBuild(root, options.build, options.noBuild);
  const stripe = options.checkout ? await startStripe(root) : null;
  const app = await startApp({
    root,
    port: await freePort(options.port),
    databaseUrl,
    env: stripe ? { ...STRIPE_ENV, STRIPE_API_BASE: stripe.url } : {},
    nodeArgs: options.cpuProf ? ["--cpu-prof", `--cpu-prof-dir=${path.join(root, "data")}`] : [],
  });
  const appBase = `http://${HOST}:${app.port}`;
  log(`Page cache: PAGE_CACHE_SECONDS=${process.env.PAGE_CACHE_SECONDS ?? "5 (default)"}.`);

  let shop = null;
  let checkout = null;
  if (options.checkout) {
    log(`\n── Shop ──`);
    const staffCookie = await signIn(appBase, "seogu@gjjahwal.example");
    const adminCookie = await signIn(appBase, "admin@gjjahwal.example");
    const { cartCookie, raceVariant } = await prepareShop(appBase, staffCookie);
    const q0 = await app.queries();
    checkout = await checkoutRace({
      base: appBase,
      staffCookie,
      variant: raceVariant,
      stock: options.stock,
      buyers: options.buyers,
      stripe,
    });
    checkout.product = `${raceVariant.product} ${raceVariant.name}`;
    checkout.queriesPerOrder = (await app.queries()) - q0;
    checkout.queriesPerOrder /= Math.max(1, checkout.orders);
    log(
      `Checkout race: ${checkout.buyers} buyers, ${checkout.product} with ${checkout.stock} in stock → ${checkout.orders} orders in ${seconds(checkout.seconds * 1000)} = ${checkout.ordersPerSec.toFixed(1)} orders/s (checkout POST p50 ${fmtMs(checkout.checkoutP50)} ms, p95 ${fmtMs(checkout.checkoutP95)} ms); stock left ${checkout.stockAfter}; ${checkout.oversold ? "✖ OVERSOLD" : "no oversell ✓"}; ${checkout.paid} paid by webhook; refused: ${JSON.stringify(checkout.refused)}.`,
    );
    shop = { cartCookie, staffCookie, adminCookie, orderNumber: checkout.orderNumbers.at(-1) };
  }

  const slug = dbFile ? middleArticleSlug(dbFile) : await latestArticleSlug(appBase);
  let targets = await buildTargets(appBase, { articleSlug: slug, shop });
  if (options.only) targets = targets.filter((t) => options.only.some((o) => t.name.includes(o)));

  // One plain request each: the page must answer 200 (and be complete) before it is worth loading.
  let ceilingBody = null;
  for (const target of targets) {
    target.headers = { ...ACCEPT, ...(target.cookie ? { cookie: target.cookie } : {}) };
    const t0 = performance.now();
    const res = await httpGet(appBase + target.path, { headers: target.headers });
    const ms = performance.now() - t0;
    if (res.status !== 200) throw new Error(`${target.name} answered ${res.status}; nothing to benchmark`);
    if (!res.body.includes("</html>")) throw new Error(`${target.name} sent an incomplete page`);
    const hits = res.body.match(/검색 결과 <strong[^>]*>(\d+)<\/strong>건/);
    log(
      `  ${padEnd(target.name, 44)} ${res.status}  ${(Buffer.byteLength(res.body) / 1024).toFixed(1)} KiB (${(res.raw.length / 1024).toFixed(1)} KiB ${res.headers["content-encoding"] ?? "uncompressed"})  first request ${ms.toFixed(0)} ms${hits ? `  (${hits[1]} results)` : ""}`,
    );
    if (target.name === "article" || target.name === "/center (서구)") {
      const js = pageScripts(root, res.body);
      log(
        `    JavaScript: ${js.files.length} files, ${(js.totalGzipBytes / 1024).toFixed(1)} KiB gzip; largest ${js.files
          .slice(0, 4)
          .map((f) => `${path.basename(f.file)} ${(f.gzipBytes / 1024).toFixed(1)}`)
          .join(", ")}`,
      );
      target.scripts = { files: js.files.length, gzipKiB: Number((js.totalGzipBytes / 1024).toFixed(1)) };
    }
    if (target.name === "article") {
      ceilingBody = {
        body: res.raw,
        contentType: res.headers["content-type"],
        contentEncoding: res.headers["content-encoding"],
      };
    }
  }
  ceilingBody ??= { body: Buffer.from("<!doctype html><html></html>"), contentType: "text/html" };
  const ceiling = await startCeiling({ root, ...ceilingBody });
  log(
    `Ceiling: bare node:http child (pid ${ceiling.child.pid}) serving the article's bytes (${ceilingBody.contentEncoding ?? "uncompressed"}) from memory on http://${HOST}:${ceiling.port}.`,
  );

  const loadBefore = os.loadavg()[0];
  log(
    `\n── Load: ${options.connections} connections, ${options.warmup} s warm-up + ${options.duration} s per target ──`,
  );
  const results = [];
  const all = [
    ...targets.map((t) => ({ ...t, url: appBase + t.path, pid: app.child.pid })),
    {
      name: "ceiling (same bytes, node:http)",
      url: `http://${HOST}:${ceiling.port}/`,
      kind: "ceiling",
      headers: ACCEPT,
      pid: ceiling.child.pid,
    },
  ];
  let appPeakKb = NaN;
  for (const target of all) {
    if (wasInterrupted()) return;
    // Warm-up (JIT, caches) needs traffic, not concurrency: fewer connections leave a smaller backlog
    // for a slow server to work off before the measured run.
    if (options.warmup > 0)
      await runLoad({
        url: target.url,
        connections: Math.min(8, options.connections),
        duration: options.warmup,
        headers: target.headers,
      });
    // Every measured run, the ceiling's included, starts with the app server idle.
    await drain(`${appBase}/healthz`);
    if (target.kind === "ceiling") await drain(target.url);
    // One request at a time: the SQL statements each costs, and its CPU time without concurrency.
    let queriesPerReq = NaN;
    let cpuSequential = NaN;
    if (target.kind !== "ceiling") {
      const q0 = await app.queries();
      const c0 = cpuMs(target.pid);
      for (let i = 0; i < QUERY_SAMPLE; i++) await httpGet(target.url, { headers: target.headers });
      cpuSequential = (cpuMs(target.pid) - c0) / QUERY_SAMPLE;
      queriesPerReq = ((await app.queries()) - q0) / QUERY_SAMPLE;
    }
    const sampler = sampleRss(target.pid);
    const cpuBefore = cpuMs(target.pid);
    const r = await runLoad({
      url: target.url,
      connections: options.connections,
      duration: options.duration,
      headers: target.headers,
    });
    // The server goes on to finish what autocannon gave up on (timed-out requests, one in flight per
    // connection at the end): count its CPU until it is idle again, and those requests with it.
    await drain(target.kind === "ceiling" ? target.url : `${appBase}/healthz`, { quiet: true });
    const cpuPerReq = (cpuMs(target.pid) - cpuBefore) / (r.completed + r.timeouts + options.connections);
    const peakKb = sampler.stop();
    if (target.kind !== "ceiling" && !(peakKb <= appPeakKb)) appPeakKb = peakKb;
    results.push({ ...target, ...r, peakKb, cpuPerReq, cpuSequential, queriesPerReq });
    log(
      `  ${padEnd(target.name, 44)} ${r.reqPerSec.toFixed(0).padStart(6)} req/s  p95 ${fmtMs(r.p95)} ms  CPU ${fmtMs(cpuPerReq)} ms/req  ${Number.isFinite(queriesPerReq) ? `${queriesPerReq.toFixed(1)} queries/req  ` : ""}peak RSS ${mib(peakKb)}${r.non2xx ? `  status ${JSON.stringify(r.statusCodes)}` : ""}${r.errors ? `  ${r.errors} errors (${r.timeouts} timeouts)` : ""}${r.truncated ? `  ${r.truncated} truncated pages` : ""}`,
    );
  }
  if (wasInterrupted()) return;
  const hwmKb = highWaterKb(app.child.pid);
  const pageCacheSeconds = Number(process.env.PAGE_CACHE_SECONDS ?? 5);
  const report = { results, c, options, appPeakKb, hwmKb, appOutput: app.output, loadBefore, checkout };
  printReport(report);
  if (options.json) {
    process.stdout.write(JSON.stringify(summary({ ...report, database, pageCacheSeconds }), null, 2) + "\n");
  }
  log(`Total run time ${seconds(performance.now() - started)}.`);
}

try {
  await main();
} catch (error) {
  console.error(`\n✖ bench: ${error.message}`);
  process.exitCode = 1;
} finally {
  await stopAll();
  // The Stripe stand-in's server lives in this process.
  process.exit();
}
