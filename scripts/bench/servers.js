// The two servers under load: the app (`node server.js`, production build) and the bare node:http
// ceiling, both on the loopback interface; and waiting for a server to go idle between runs.
import { fork, spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { log, seconds } from "./format.js";
import { httpGet } from "./load.js";
import { track, wasInterrupted } from "./processes.js";

export const HOST = "127.0.0.1";

function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, HOST, () => probe.close(() => resolve(true)));
  });
}

/** The first port from `first` on (50 tried) that nothing listens on. */
export async function freePort(first) {
  for (let port = first; port < first + 50; port++) if (await portIsFree(port)) return port;
  throw new Error(`No free port in ${first}–${first + 49} on ${HOST}`);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts `node server.js` in `root` against `databaseUrl` and waits until /healthz answers.
 * Resolves { child, port, output }: output keeps the tail of stdout/stderr and counts stderr messages.
 */
export async function startApp({ root, port, databaseUrl, env = {}, nodeArgs = [] }) {
  const baseUrl = `http://localhost:${port}`;
  const preloads = ["--import", "./scripts/bench/loopback-only.js", "--import", "./scripts/bench/query-counter.js"];
  const child = track(
    spawn(process.execPath, [...nodeArgs, ...preloads, "server.js"], {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: "production",
        PORT: String(port),
        DATABASE_URL: databaseUrl,
        SESSION_SECRET: "bench-only-session-secret-0123456789abcd", // 40 characters, never a real one
        PUBLIC_BASE_URL: baseUrl,
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe", "ipc"],
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
        return { child, port, output, queries: () => queryCount(child) };
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

/** The SQL statements the app server has run so far (scripts/bench/query-counter.js answers over IPC). */
function queryCount(child) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(NaN), 2000);
    child.once("message", (m) => {
      clearTimeout(timer);
      resolve(m.queries);
    });
    child.send("queries?");
  });
}

/** Forks scripts/bench/ceiling-server.js serving `html` from memory. Resolves { child, port }. */
export async function startCeiling({ root, body, contentType, contentEncoding }) {
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
    child.send({ body: body.toString("base64"), contentType, contentEncoding });
  });
  return { child, port };
}

/**
 * autocannon closes its sockets when a run ends, but the server goes on working through the requests
 * already accepted. Wait until it answers a fresh request, so the next run starts from an idle server.
 */
export async function drain(url, { quiet = false } = {}) {
  const t0 = performance.now();
  try {
    await httpGet(url, { timeoutMs: 60_000 });
  } catch (error) {
    if (!wasInterrupted()) log(`  (server still busy after 60 s: ${error.message})`);
    return;
  }
  const ms = performance.now() - t0;
  if (ms > 250 && !quiet) log(`  (waited ${seconds(ms)} for the server to work off requests it had already accepted)`);
}
