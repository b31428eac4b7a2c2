// Load generation (autocannon, programmatic API), latency percentiles and server memory sampling.
import fs from "node:fs";
import http from "node:http";
import { execFileSync } from "node:child_process";
import zlib from "node:zlib";
import autocannon from "autocannon";

/**
 * One GET on a fresh connection (no keep-alive pool: a pooled socket the server has since closed
 * would fail with ECONNRESET after a long load run). Resolves { status, headers, body }.
 */
export function httpGet(url, { timeoutMs = 30_000, headers = {} } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent: false, headers: { connection: "close", ...headers } }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => {
        const raw = Buffer.concat(chunks);
        const encoding = res.headers["content-encoding"];
        const plain =
          encoding === "br" ? zlib.brotliDecompressSync(raw) : encoding === "gzip" ? zlib.gunzipSync(raw) : raw;
        resolve({ status: res.statusCode, headers: res.headers, raw, body: plain.toString("utf8") });
      });
      res.on("error", reject);
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer from ${url} within ${timeoutMs / 1000} s`)));
    req.on("error", reject);
  });
}

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1];
}

let current = null;

/** Stops the autocannon run in progress, if any (SIGINT). */
export function stopLoad() {
  current?.stop();
}

/**
 * One autocannon run. Latencies come from the per-response event (sub-millisecond, unlike
 * autocannon's integer histogram, which also has no p95); like autocannon, only 2xx responses count
 * towards latency percentiles, the rest are reported as non-2xx.
 */
export async function runLoad({ url, connections, duration, headers = {} }) {
  const latencies = [];
  let completed = 0;
  // A page cut short (e.g. React's render aborted by entry.server's stream timeout) still has status
  // 200: check that the document is complete (Remix streams its loader data in scripts after </html>
  // and closes that stream last), and report the others as truncated.
  // Compressed bodies can't be checked here (autocannon hands them over as text): their pages were checked
  // once, decompressed, before the load.
  const verifyBody = (body) =>
    body.includes("</html>") &&
    (!body.includes("__remixContext.streamController") || body.includes("streamController.close()"));
  const compressed = Boolean(headers["accept-encoding"]);
  const instance = autocannon({
    url,
    connections,
    duration,
    timeout: 10,
    headers,
    ...(compressed ? {} : { verifyBody }),
  });
  current = instance;
  instance.on("response", (_client, statusCode, _bytes, responseTime) => {
    completed++;
    if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
  });
  try {
    const result = await instance;
    latencies.sort((a, b) => a - b);
    return {
      reqPerSec: completed / result.duration,
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      p99: percentile(latencies, 99),
      max: latencies.at(-1) ?? NaN,
      completed,
      ok: latencies.length,
      non2xx: result.non2xx,
      statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([k, v]) => [k, v.count])),
      truncated: result.mismatches,
      errors: result.errors,
      timeouts: result.timeouts,
      duration: result.duration,
    };
  } finally {
    current = null;
  }
}

function readStatusKb(pid, field) {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const match = status.match(new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, "m"));
  return match ? Number(match[1]) : NaN;
}

/** Resident set size of a process in KiB: /proc on Linux, `ps -o rss=` elsewhere. */
export function rssKb(pid) {
  try {
    return readStatusKb(pid, "VmRSS");
  } catch {
    try {
      return Number(execFileSync("ps", ["-o", "rss=", "-p", String(pid)], { encoding: "utf8" }).trim());
    } catch {
      return NaN;
    }
  }
}

/** Peak RSS since the process started (Linux VmHWM), or NaN where /proc is unavailable. */
export function highWaterKb(pid) {
  try {
    return readStatusKb(pid, "VmHWM");
  } catch {
    return NaN;
  }
}

let clockTicks = null;

/** CPU time (user + system) a process has used so far, in ms; NaN where /proc is unavailable. */
export function cpuMs(pid) {
  try {
    // Fields after the ")" that closes the command name: state is field 3, utime 14, stime 15.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    clockTicks ??= Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks;
  } catch {
    return NaN;
  }
}

/** Polls a process's RSS until stopped; returns the peak seen (KiB). */
export function sampleRss(pid, intervalMs = 100) {
  let peak = rssKb(pid);
  const timer = setInterval(() => {
    const kb = rssKb(pid);
    if (kb > peak || Number.isNaN(peak)) peak = kb;
  }, intervalMs);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      const kb = rssKb(pid);
      if (kb > peak) peak = kb;
      return peak;
    },
  };
}
