// The closing summary of `npm run bench`: the results table against the targets, and the notes under it.
import os from "node:os";
import { fmtMs, log, mib, ratio, table } from "./format.js";

// Pages: p99 < 50 ms; search: p95 < 30 ms; the ceiling has no target.
const goalOf = (r) =>
  r.kind === "page"
    ? { label: "p99 < 50 ms", value: r.p99, limit: 50 }
    : r.kind === "search"
      ? { label: "p95 < 30 ms", value: r.p95, limit: 30 }
      : null;

/**
 * Prints the results table and the notes after it (CPU, errors, peak RSS, app stderr, machine load).
 * `results` holds one entry per target, the ceiling's included; `c` the data set's counts;
 * `appOutput` the app server's output summary from startApp().
 */
export function printReport({ results, c, options, appPeakKb, hwmKb, appOutput, loadBefore }) {
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
  log(`Targets: pages (/, article) p99 < 50 ms; search p95 < 30 ms. Figures are informational; nothing is asserted.`);
}
