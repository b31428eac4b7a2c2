import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { ROOT, TMP } from "./paths";

/** A production build made beforehand (CI runs `npm run build` once and passes TEST_APP_BUILD=build to both
 * database runs); unset, each run builds its own into tests/.tmp. */
export const PREBUILT_APP = process.env.TEST_APP_BUILD ? path.resolve(ROOT, process.env.TEST_APP_BUILD) : null;
export const TEST_BUILD_DIR = PREBUILT_APP ?? path.join(TMP, "build");
export const TEST_SESSION_SECRET = "test-session-secret-0123456789-abcdefghij";

/** Production build of the app into tests/.tmp/build, as `npm run build` makes it. */
export function buildApp() {
  const og = spawnSync(process.execPath, [path.join(ROOT, "scripts/render-og-images.js")], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (og.status !== 0) throw new Error(`rendering Open Graph images failed:\n${og.stderr}`);
  const result = spawnSync(path.join(ROOT, "node_modules/.bin/remix"), ["vite:build"], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: "production", BUILD_DIR: TEST_BUILD_DIR },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

export type RunningServer = { url: string; process: ChildProcess; stop: () => Promise<void>; output: () => string };

/** Starts `node server.js` (the production entry point) and waits until it answers /healthz (503 included: some tests break the database on purpose). */
export async function startServer(env: Record<string, string>): Promise<RunningServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let output = "";
  const child = spawn(process.execPath, [path.join(ROOT, "server.js")], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "production",
      BUILD_DIR: TEST_BUILD_DIR,
      PORT: String(port),
      PUBLIC_BASE_URL: "https://news.example.kr",
      ...env,
    },
  });
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early (${child.exitCode}):\n${output}`);
    try {
      await fetch(`${url}/healthz`);
      break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    process: child,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
