// The closing summary of `npm run bench`: the results table against the targets, and the notes under it.
import os from "node:os";
import { fmtMs, log, mib, ratio, table } from "./format.js";

// Issue 14's targets, CPU ms per request with the cache off: public pages and the cart ≤ 4, staff pages
// ≤ 6, search ≤ 8. The ceiling has none.
const goalOf = (r) =>
  r.goalCpuMs ? { label: `CPU ≤ ${r.goalCpuMs} ms`, value: r.cpuPerReq, limit: r.goalCpuMs + 1e-9 } : null;

/** The machine-readable summary `--json` prints. */
export function summary({ results, c, options, appPeakKb, hwmKb, checkout, database, pageCacheSeconds }) {
  const ceilingRps = results.find((r) => r.kind === "ceiling")?.reqPerSec ?? NaN;
  const round = (v, d = 2) => (Number.isFinite(v) ? Number(v.toFixed(d)) : null);
  return {
    database,
    pageCacheSeconds,
    dataset: c && { articles: c.articles, generated: c.generated, issues: c.issues, fileBytes: c.fileBytes },
    connections: options.connections,
    durationSeconds: options.duration,
    machine: { cpus: os.availableParallelism?.() ?? os.cpus().length, node: process.version, load1: os.loadavg()[0] },
    targets: results.map((r) => ({
      name: r.name,
      path: r.kind === "ceiling" ? null : r.path,
      kind: r.kind,
      requests: r.completed,
      reqPerSec: round(r.reqPerSec, 1),
      p50: round(r.p50),
      p95: round(r.p95),
      p99: round(r.p99),
      cpuMsPerRequest: round(r.cpuPerReq),
      cpuMsPerRequestSequential: round(r.cpuSequential),
      queriesPerRequest: round(r.queriesPerReq),
      peakRssMiB: round(r.peakKb / 1024, 0),
      ofCeiling: round(r.reqPerSec / ceilingRps, 3),
      non2xx: r.non2xx,
      errors: r.errors + r.truncated,
      goalCpuMs: r.goalCpuMs ?? null,
      ...(r.scripts ? { javascript: r.scripts } : {}),
    })),
    appPeakRssMiB: round(Math.max(appPeakKb, hwmKb) / 1024, 0),
    checkout: checkout && {
      buyers: checkout.buyers,
      stock: checkout.stock,
      orders: checkout.orders,
      seconds: round(checkout.seconds),
      ordersPerSec: round(checkout.ordersPerSec, 1),
      checkoutP50: round(checkout.checkoutP50),
      checkoutP95: round(checkout.checkoutP95),
      queriesPerOrder: round(checkout.queriesPerOrder, 1),
      stockAfter: checkout.stockAfter,
      oversold: checkout.oversold,
      paid: checkout.paid,
    },
  };
}

/**
 * Prints the results table and the notes after it (CPU, errors, peak RSS, app stderr, machine load).
 * `results` holds one entry per target, the ceiling's included; `c` the data set's counts;
 * `appOutput` the app server's output summary from startApp().
 */
export function printReport({ results, c, options, appPeakKb, hwmKb, appOutput, loadBefore, checkout }) {
  const ceilingRps = results.find((r) => r.kind === "ceiling").reqPerSec;
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
      fmtMs(r.cpuSequential),
      Number.isFinite(r.queriesPerReq) ? r.queriesPerReq.toFixed(1) : "",
      String(r.non2xx),
      String(r.errors + r.truncated),
      ratio(r.reqPerSec / ceilingRps),
      goal ? `${goal.label}: ${verdict}` : "",
    ];
  });

  log(
    `\n── Results: ${c ? `${c.generated.toLocaleString("en")} generated + ${c.articles - c.generated} seeded articles` : "external database"}, ${options.connections} connections, ${options.duration} s each, PAGE_CACHE_SECONDS=${process.env.PAGE_CACHE_SECONDS ?? 5} ──`,
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
        "seq CPU ms",
        "queries/req",
        "non-2xx",
        "errors",
        "÷ceiling",
        "target (cache off)",
      ],
      rows,
      [false, true, true, true, true, true, true, true, true, true, true, false],
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
  if (appOutput.stderrLines) {
    const top = [...appOutput.messages].sort((a, b) => b[1] - a[1]).slice(0, 5);
    log(`App server wrote ${appOutput.stderrLines} line(s) to stderr, mostly:`);
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
  log(
    `queries/req: SQL statements the app server ran (counted at the driver) over 30 sequential requests after the warm-up, ÷ 30; seq CPU ms: its CPU time per request over those same 30 (no concurrency; 10 ms clock ticks).`,
  );
  if (checkout)
    log(
      `Checkout: ${checkout.buyers} buyers, ${checkout.stock} in stock → ${checkout.orders} orders, ${checkout.ordersPerSec.toFixed(1)} orders/s, ${checkout.queriesPerOrder.toFixed(1)} queries per order (cart + checkout + failures), stock left ${checkout.stockAfter}: ${checkout.oversold ? "✖ OVERSOLD" : "no oversell"}.`,
    );
  log(
    `Targets (CPU ms/request, cache off): pages and /cart ≤ 4, staff pages ≤ 6, search ≤ 8. Figures are informational; nothing is asserted.`,
  );
}
