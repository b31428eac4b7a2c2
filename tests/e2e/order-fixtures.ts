// Orders in the e2e database, placed through the app's own commands by scripts/site-check/order-fixtures.ts
// (a paid, a partly refunded and a shipped order of 서구's products). Each call adds three new orders.
import { spawnSync } from "node:child_process";
import path from "node:path";
import type { OrderPage } from "../../scripts/site-check/site-pages";
import { E2E_DATABASE_URL } from "./shop-steps";

export function placeOrderFixtures(): OrderPage[] {
  const root = path.resolve(import.meta.dirname, "../..");
  const run = spawnSync(
    process.execPath,
    ["--import", "tsx", path.join(root, "scripts/site-check/order-fixtures.ts")],
    { cwd: root, env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL, NODE_ENV: "test" }, encoding: "utf8" },
  );
  if (run.status !== 0) throw new Error(`order fixtures failed:\n${run.stdout}\n${run.stderr}`);
  return JSON.parse(run.stdout.trim().split("\n").at(-1)!) as OrderPage[];
}
