import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ROOT, TEMPLATE_DB, TMP } from "./paths";
import { buildApp } from "./server";

/** Builds the template database (real migrations, real seed, as `npm run dev` does) and the app. */
export default function setup() {
  fs.rmSync(TMP, { recursive: true, force: true });
  fs.mkdirSync(TMP, { recursive: true });
  const result = spawnSync(process.execPath, [path.join(ROOT, "scripts/setup-db.js")], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: `file:${TEMPLATE_DB}` },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`Template database setup failed:\n${result.stdout}\n${result.stderr}`);
  // The HTTP tests run the real production server; build it once for the whole run.
  buildApp();
}
