import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
// Must be set before ./paths is evaluated, so workers (which inherit the environment) agree on it.
process.env.TEST_RUN_ID ??= `run-${process.pid}`;
const { ROOT, TEMPLATE_DB, TMP, TMP_ROOT, TEST_POSTGRES_URL, postgresUrl } = await import("./paths");
const { buildApp, PREBUILT_APP } = await import("./server");
const { dropRunDatabases, TEMPLATE_POSTGRES_DATABASE } = await import("./database");

/** Builds the template database (real migrations, real seed, as `npm run dev` does) and the app. */
export default async function setup() {
  removeStaleRuns();
  fs.mkdirSync(TMP, { recursive: true });
  const templateUrl = TEST_POSTGRES_URL ? postgresUrl(TEMPLATE_POSTGRES_DATABASE()) : `file:${TEMPLATE_DB}`;
  const result = spawnSync(process.execPath, [path.join(ROOT, "scripts/setup-db.js"), "--reset"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: templateUrl },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`Template database setup failed:\n${result.stdout}\n${result.stderr}`);
  // The HTTP tests run the real production server; build it once for the whole run. (TEST_SKIP_BUILD=1
  // skips it when running only unit/integration files, e.g. while other route files are half-written.)
  if (PREBUILT_APP) {
    if (!fs.existsSync(path.join(PREBUILT_APP, "server/index.js")))
      throw new Error(`TEST_APP_BUILD=${PREBUILT_APP} holds no production build: run \`npm run build\` first.`);
  } else if (process.env.TEST_SKIP_BUILD !== "1") buildApp();
  return async () => {
    await dropRunDatabases();
    fs.rmSync(TMP, { recursive: true, force: true });
  };
}

/** Folders of earlier runs that were interrupted; a run still going is younger than an hour. */
function removeStaleRuns() {
  if (!fs.existsSync(TMP_ROOT)) return;
  for (const name of fs.readdirSync(TMP_ROOT)) {
    const dir = path.join(TMP_ROOT, name);
    if (Date.now() - fs.statSync(dir).mtimeMs > 60 * 60_000) fs.rmSync(dir, { recursive: true, force: true });
  }
}
