import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/paths";
import { TEST_BUILD_DIR } from "../support/server";

function boot(env: Record<string, string>) {
  return spawnSync(process.execPath, [path.join(ROOT, "server.js")], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, BUILD_DIR: TEST_BUILD_DIR, PORT: "1", NODE_ENV: "production", ...env },
    encoding: "utf8",
    timeout: 15_000,
  });
}

describe("configuration is validated at boot", () => {
  it("refuses to start in production without SESSION_SECRET, saying why", () => {
    const result = boot({ NODE_ENV: "production" });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("SESSION_SECRET is required when NODE_ENV=production");
  });

  it("refuses a malformed PUBLIC_BASE_URL or PORT", () => {
    const result = boot({
      NODE_ENV: "production",
      SESSION_SECRET: "x".repeat(40),
      PUBLIC_BASE_URL: "not a url",
      PORT: "abc",
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("PUBLIC_BASE_URL");
    expect(result.stderr).toContain("PORT");
  });

  it.each(["true", "yes", "10.0.0.0/33", "loopback,not-an-address"])(
    "refuses TRUST_PROXY=%s with a configuration error, not a crash",
    (value) => {
      const result = boot({ NODE_ENV: "production", SESSION_SECRET: "x".repeat(40), TRUST_PROXY: value });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain("Server not started. Invalid environment configuration");
      expect(result.stderr).toContain("TRUST_PROXY");
      expect(result.stderr).not.toContain("TypeError");
    },
  );
});
