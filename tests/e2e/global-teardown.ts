import { execFileSync } from "node:child_process";
import { e2eServerEnv } from "../../playwright.config";

export default function globalTeardown() {
  execFileSync("npx", ["tsx", "tests/e2e/money-check.ts"], {
    env: { ...process.env, ...e2eServerEnv },
    stdio: "inherit",
  });
}
