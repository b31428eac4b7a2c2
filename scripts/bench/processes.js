// The child processes the benchmark starts, and making sure they stop: on success, on error, on
// Ctrl-C, and (as a last resort) on an exit that skipped the async cleanup.
// Importing this module installs the process "exit", SIGINT and SIGTERM handlers.
import { stopLoad } from "./load.js";

const children = new Set();
let interrupted = false;

/** True once SIGINT or SIGTERM has been received: the benchmark is shutting down. */
export const wasInterrupted = () => interrupted;

/** Remembers a child process so that stopAll() and the exit handlers stop it. */
export function track(child, name) {
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

/** Stops the load run in progress and every tracked child (SIGTERM, then SIGKILL after 3 s). */
export async function stopAll() {
  stopLoad();
  await Promise.all([...children].map(stopChild));
}

// Last resort if we exit without running the async cleanup (e.g. an uncaught throw): still kill them.
process.on("exit", () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
});
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, async () => {
    if (interrupted) process.exit(130);
    interrupted = true;
    console.error(`\n${signal}: stopping the servers this benchmark started…`);
    await stopAll();
    process.exit(130);
  });
}
