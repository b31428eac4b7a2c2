// Makes sure build/ holds a production build of the current sources before the benchmark starts it.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { log, seconds } from "./format.js";

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

/**
 * Runs `remix vite:build` in `root` when `always`, or when build/server/index.js is missing or older
 * than the sources; never when `never` (then the build must exist).
 */
export function ensureBuild(root, always, never) {
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
