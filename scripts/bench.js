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
import { fork, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { counts, ensureDataset, middleArticleSlug } from "./bench/dataset.js";
import { cpuMs, highWaterKb, httpGet, runLoad, sampleRss, stopLoad } from "./bench/load.js";

const root = path.resolve(import.meta.dirname, "..");
const DATABASE_URL = "file:./data/bench.db";
const dbFile = path.join(root, "data", "bench.db");
const HOST = "127.0.0.1";

// ───────────── options ─────────────

function parseArgs(argv) {
  const options = { duration: 10, warmup: 2, connections: 32, port: 3300, fresh: false, build: false, noBuild: false };
  const numeric = { "--duration": "duration", "--warmup": "warmup", "--connections": "connections", "--port": "port" };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split("=", 2);
    if (flag === "--fresh") options.fresh = true;
    else if (flag === "--build") options.build = true;
    else if (flag === "--no-build") options.noBuild = true;
    else if (flag === "--help" || flag === "-h") {
      // The comment block at the top of this file is the help text.
      const lines = fs.readFileSync(import.meta.filename, "utf8").split("\n");
      const end = lines.findIndex((l) => !l.startsWith("//"));
      console.log(
        lines
          .slice(0, end)
          .join("\n")
          .replace(/^\/\/ ?/gm, ""),
      );
      process.exit(0);
    } else if (numeric[flag]) {
      const value = Number(inline ?? argv[++i]);
      const min = flag === "--warmup" ? 0 : 1;
      if (!Number.isFinite(value) || value < min) throw new Error(`${flag} needs a number ≥ ${min}`);
      options[numeric[flag]] = value;
    } else throw new Error(`Unknown option ${argv[i]} (try --help)`);
  }
  return options;
}

// ───────────── output helpers ─────────────

const log = (...args) => console.log(...args);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const fmtMs = (v) => (Number.isFinite(v) ? v.toFixed(1) : "–");
const ratio = (x) => (x >= 0.1 ? x.toFixed(2) : x > 0 ? x.toPrecision(2) : "0");
const mib = (kb) => (Number.isFinite(kb) ? `${(kb / 1024).toFixed(0)} MiB` : "n/a");

/** Terminal columns a string takes: Hangul and other wide characters count twice. */
function width(text) {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0);
    w +=
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xff00 && c <= 0xff60)
        ? 2
        : 1;
  }
  return w;
}
const padEnd = (s, n) => s + " ".repeat(Math.max(0, n - width(s)));
const padStart = (s, n) => " ".repeat(Math.max(0, n - width(s))) + s;

function table(headers, rows, alignRight) {
  const widths = headers.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))));
  const line = (cells) =>
    cells
      .map((c, i) => (alignRight[i] ? padStart(c, widths[i]) : padEnd(c, widths[i])))
      .join("  ")
      .trimEnd();
  return [line(headers), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

// ───────────── processes we start, and stopping them ─────────────

const children = new Set();

function track(child, name) {
  child.benchName = name;
  children.add(child);
  child.once("exit", () => children.delete(child));
  return child;
}

async function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 3000);
  await exited;
  clearTimeout(timer);
}

async function stopAll() {
  stopLoad();
  await Promise.all([...children].map(stopChild));
}

// Last resort if we exit without running the async cleanup (e.g. an uncaught throw): still kill them.
process.on("exit", () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
});
let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, async () => {
    if (interrupted) process.exit(130);
    interrupted = true;
    console.error(`\n${signal}: stopping the servers this benchmark started…`);
    await stopAll();
    process.exit(130);
  });
}

// ───────────── build ─────────────

function newestMtime(entries) {
  let newest = 0;
  let newestPath = null;
  const visit = (p) => {
    let stat;
    try {
      stat = fs.statSync(p);
    } catch {
      return;
    }
    if (stat.isDirectory()) for (const name of fs.readdirSync(p)) visit(path.join(p, name));
    else if (stat.mtimeMs > newest) {
      newest = stat.mtimeMs;
      newestPath = p;
    }
  };
  entries.forEach(visit);
  return { newest, newestPath };
}

function ensureBuild(always, never) {
  const output = path.join(root, "build", "server", "index.js");
  if (never) {
    if (!fs.existsSync(output)) throw new Error("--no-build given but there is no build/server/index.js");
    log(`Build: --no-build given; using build/ from ${fs.statSync(output).mtime.toISOString()}.`);
    return;
  }
  let reason = always ? "--build given" : null;
  if (!reason) {
    if (!fs.existsSync(output)) reason = "no build/server/index.js";
    else {
      const built = fs.statSync(output).mtimeMs;
      const sources = ["app", "public", "vite.config.ts", "tsconfig.json"].map((p) => path.join(root, p));
      const { newest, newestPath } = newestMtime(sources);
      if (newest > built) reason = `${path.relative(root, newestPath)} is newer than the build`;
    }
  }
  if (!reason) {
    log("Build: build/server/index.js is up to date (--build to force).");
    return;
  }
  log(`Build: ${reason}; running remix vite:build…`);
  const t0 = performance.now();
  const build = () =>
    spawnSync(path.join(root, "node_modules", ".bin", "remix"), ["vite:build"], {
      cwd: root,
      env: { ...process.env, NODE_ENV: "production" },
      encoding: "utf8",
    });
  let result = build();
  if (result.status !== 0) {
    // build/ is shared with everyone working in this checkout: a build someone else started at the
    // same moment can empty it under ours. Try once more before giving up.
    log(
      `Build: failed (exit ${result.status}); retrying once in case another build was writing build/ at the same time…`,
    );
    spawnSync("sleep", ["3"]);
    result = build();
  }
  if (result.status !== 0) {
    // Vite's error objects list every watched file: keep the lines that say what went wrong.
    const lines = `${result.stdout ?? ""}\n${result.stderr ?? ""}`
      .split("\n")
      .filter((line) => line.trim() && !/^\s+'.*',?$/.test(line) && !/^\s+at /.test(line) && !/kB │/.test(line));
    process.stderr.write(lines.slice(-25).join("\n") + "\n");
    throw new Error(
      `remix vite:build failed (exit ${result.status}); fix the build, or pass --no-build to use an existing build/`,
    );
  }
  log(`Build: done in ${seconds(performance.now() - t0)}.`);
}

// ───────────── servers ─────────────

function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, HOST, () => probe.close(() => resolve(true)));
  });
}

async function freePort(first) {
  for (let port = first; port < first + 50; port++) if (await portIsFree(port)) return port;
  throw new Error(`No free port in ${first}–${first + 49} on ${HOST}`);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function startApp(port) {
  const baseUrl = `http://localhost:${port}`;
  const child = track(
    spawn(process.execPath, ["--import", "./scripts/bench/loopback-only.js", "server.js"], {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: "production",
        PORT: String(port),
        DATABASE_URL,
        SESSION_SECRET: "bench-only-session-secret-0123456789abcd", // 40 characters, never a real one
        PUBLIC_BASE_URL: baseUrl,
      },
      stdio: ["ignore", "pipe", "pipe"],
    }),
    "app server",
  );
  // Keep the tail of the output for diagnostics, and count the error messages (not stack lines).
  const output = { stdout: "", stderr: "", stderrLines: 0, messages: new Map() };
  child.stdout.on("data", (d) => (output.stdout = (output.stdout + d).slice(-4000)));
  child.stderr.on("data", (d) => {
    output.stderr = (output.stderr + d).slice(-4000);
    for (const line of String(d).split("\n").filter(Boolean)) {
      output.stderrLines++;
      if (!/^\s+at /.test(line) && !/^\s*[{}]/.test(line)) {
        const message = line.trim().slice(0, 160);
        output.messages.set(message, (output.messages.get(message) ?? 0) + 1);
      }
    }
  });
  const t0 = performance.now();
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const res = await httpGet(`http://${HOST}:${port}/healthz`, { timeoutMs: 1000 });
      if (res.status === 200) {
        log(
          `App: node server.js (pid ${child.pid}) healthy on http://${HOST}:${port} after ${seconds(performance.now() - t0)}.`,
        );
        return { child, port, output };
      }
    } catch {
      // not listening yet
    }
    await sleep(150);
  }
  process.stderr.write(output.stdout + output.stderr);
  throw new Error(
    child.exitCode !== null
      ? `server.js exited with code ${child.exitCode}`
      : "server.js did not answer /healthz within 30 s",
  );
}

async function startCeiling(html, contentType) {
  const child = track(
    fork(path.join(root, "scripts", "bench", "ceiling-server.js"), [], {
      cwd: root,
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    }),
    "ceiling server",
  );
  const port = await new Promise((resolve, reject) => {
    child.once("message", (m) => resolve(m.port));
    child.once("exit", (code) => reject(new Error(`ceiling server exited (${code})`)));
    child.send({ html, contentType });
  });
  return { child, port };
}

/**
 * autocannon closes its sockets when a run ends, but the server goes on working through the requests
 * already accepted. Wait until it answers a fresh request, so the next run starts from an idle server.
 */
async function drain(url, { quiet = false } = {}) {
  const t0 = performance.now();
  try {
    await httpGet(url, { timeoutMs: 60_000 });
  } catch (error) {
    if (!interrupted) log(`  (server still busy after 60 s: ${error.message})`);
    return;
  }
  const ms = performance.now() - t0;
  if (ms > 250 && !quiet) log(`  (waited ${seconds(ms)} for the server to work off requests it had already accepted)`);
}

// ───────────── main ─────────────

async function main() {
  const options = parseArgs(process.argv.slice(2));
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

  log(`\n── App ──`);
  ensureBuild(options.build, options.noBuild);
  const app = await startApp(await freePort(options.port));
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
  const ceiling = await startCeiling(articleHtml, articleType);
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
    if (interrupted) return;
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
  if (interrupted) return;
  const hwmKb = highWaterKb(app.child.pid);
  const ceilingRps = results.find((r) => r.kind === "ceiling").reqPerSec;

  const goalOf = (r) =>
    r.kind === "page"
      ? { label: "p99 < 50 ms", value: r.p99, limit: 50 }
      : r.kind === "search"
        ? { label: "p95 < 30 ms", value: r.p95, limit: 30 }
        : null;
  const rows = results.map((r) => {
    const goal = goalOf(r);
    const clean = !r.non2xx && !r.errors && !r.truncated;
    const verdict = goal ? (goal.value < goal.limit && clean ? "meets" : "misses") : "";
    return [
      r.name,
      r.reqPerSec.toFixed(r.reqPerSec < 100 ? 1 : 0),
      fmtMs(r.p50),
      fmtMs(r.p95),
      fmtMs(r.p99),
      fmtMs(r.cpuPerReq),
      String(r.non2xx),
      String(r.errors + r.truncated),
      ratio(r.reqPerSec / ceilingRps),
      goal ? `${goal.label}: ${verdict}` : "",
    ];
  });

  log(
    `\n── Results: ${c.generated.toLocaleString("en")} generated + ${c.articles - c.generated} seeded articles, ${options.connections} connections, ${options.duration} s each ──`,
  );
  log(
    table(
      [
        "target",
        "req/s",
        "p50 ms",
        "p95 ms",
        "p99 ms",
        "CPU ms/req",
        "non-2xx",
        "errors",
        "÷ceiling",
        "target (10k articles)",
      ],
      rows,
      [false, true, true, true, true, true, true, true, true, false],
    ),
  );
  log(
    `CPU ms/req: the server process's user+system CPU time from the start of the run until it was idle again, ÷ the requests it served in that time; it depends much less on other load on the machine than req/s does.`,
  );
  if (results.some((r) => r.errors || r.truncated))
    log(
      `errors: requests with no answer within autocannon's 10 s timeout or a socket error, plus 200 responses whose HTML was cut short; any of them makes a row miss.`,
    );
  // VmHWM is the kernel's high-water mark, but it is updated lazily: take whichever figure is higher.
  log(
    `\nApp server peak RSS: ${mib(Math.max(appPeakKb, hwmKb))} (highest of VmRSS polled every 100 ms during the measured runs, ${mib(appPeakKb)}, and VmHWM since start, ${mib(hwmKb)}).`,
  );
  if (app.output.stderrLines) {
    const top = [...app.output.messages].sort((a, b) => b[1] - a[1]).slice(0, 5);
    log(`App server wrote ${app.output.stderrLines} line(s) to stderr, mostly:`);
    for (const [message, count] of top) log(`  ${String(count).padStart(5)} × ${message}`);
  }
  const cpus = os.availableParallelism?.() ?? os.cpus().length;
  const loadAfter = os.loadavg()[0];
  log(
    `Machine: ${cpus} CPUs, Node ${process.version}; 1-min load average ${loadBefore.toFixed(1)} before the load runs, ${loadAfter.toFixed(1)} after (this benchmark accounts for about 2).`,
  );
  if (loadBefore > cpus * 0.5)
    log(
      `⚠ Other processes were already using the CPUs: treat these figures as pessimistic and compare runs on a quiet machine.`,
    );
  log(`Targets: pages (/, article) p99 < 50 ms; search p95 < 30 ms. Figures are informational; nothing is asserted.`);
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
