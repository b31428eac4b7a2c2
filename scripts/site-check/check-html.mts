// The Nu HTML Checker (vnu-jar, needs Java 17+) over every page of the built site: all sitemap URLs, the
// public pages outside the sitemap and every staff page type, and the customer's, admin's and center's pages of
// orders it places first (paid, partly refunded, shipped: order-fixtures.ts). Also fails on a NUL byte in any
// response. With --base (a server already running) there are no order fixtures.
//
//   npm run build && npm run check:html            # starts the built server on a fresh seeded database
//   npm run check:html -- --base http://localhost:3000   # or checks a server that is already running
//
// Exits non-zero, listing each error with its page and line, when anything is wrong.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { sitePages, type OrderPage } from "./site-pages";

const root = path.resolve(import.meta.dirname, "../..");
const vnuJar = path.join(root, "node_modules/vnu-jar/build/dist/vnu.jar");

type VnuMessage = { type: string; subType?: string; url: string; lastLine?: number; message: string; extract?: string };

async function main() {
  const baseArg = process.argv.indexOf("--base");
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "check-html-"));
  let server: ChildProcess | null = null;
  try {
    let base = baseArg > 0 ? process.argv[baseArg + 1]! : "";
    let orders: OrderPage[] = [];
    if (!base) ({ base, server, orders } = await startBuiltServer(work));
    const pages = await sitePages(base, orders);
    const files = new Map<string, string>();
    const problems: string[] = [];
    for (const [i, page] of pages.entries()) {
      const res = await fetch(page.url, { headers: page.cookie ? { Cookie: page.cookie } : {} });
      const bytes = Buffer.from(await res.arrayBuffer());
      // Only the deliberate not-found pages may answer other than 200 (an order page that 404s checks nothing).
      if (res.status !== 200 && !page.url.includes("no-such"))
        problems.push(`${page.url} (${page.as}): HTTP ${res.status}`);
      if (bytes.includes(0)) problems.push(`${page.url}: NUL byte at offset ${bytes.indexOf(0)}`);
      const file = path.join(work, `page-${i}.html`);
      fs.writeFileSync(file, bytes);
      files.set(`file:${file}`, `${page.url} (${page.as})`);
    }
    const vnu = spawnSync("java", ["-jar", vnuJar, "--errors-only", "--format", "json", ...files.keys()].map(String), {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    if (vnu.error) throw vnu.error;
    const messages = (JSON.parse(vnu.stderr || '{"messages":[]}') as { messages: VnuMessage[] }).messages;
    for (const m of messages.filter((m) => m.type === "error" || m.subType === "fatal")) {
      const page = files.get(m.url.replace(/^file:\/*/, "file:/")) ?? m.url;
      problems.push(
        `${page}:${m.lastLine ?? "?"}: ${m.message}${m.extract ? `\n      ${m.extract.trim().slice(0, 160)}` : ""}`,
      );
    }
    // vnu exits 1 on errors; any other failure (no Java, a crash) must not pass as "0 errors".
    if (vnu.status !== 0 && !problems.length) problems.push(`vnu exited ${vnu.status}: ${vnu.stderr.slice(0, 2000)}`);
    const orderPages = pages.filter((p) => p.as.endsWith(" order")).length;
    console.log(`Checked ${pages.length} pages (${orderPages} of orders) with the Nu HTML Checker.`);
    if (problems.length) {
      console.error(`\n✖ ${problems.length} HTML error(s):\n${problems.map((p) => `  - ${p}`).join("\n")}\n`);
      process.exitCode = 1;
    } else console.log("✓ 0 errors, no NUL bytes.");
  } finally {
    server?.kill("SIGTERM");
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** `node server.js` on the production build (BUILD_DIR, default build/) and a freshly seeded database. */
async function startBuiltServer(work: string) {
  const env = { ...process.env, DATABASE_URL: `file:${path.join(work, "site.db")}` };
  const setup = spawnSync(process.execPath, [path.join(root, "scripts/setup-db.js")], {
    cwd: root,
    env,
    encoding: "utf8",
  });
  if (setup.status !== 0) throw new Error(`database setup failed:\n${setup.stdout}\n${setup.stderr}`);
  // Orders placed through the app's own commands (the test payment needs NODE_ENV other than production).
  const fixtures = spawnSync(
    process.execPath,
    ["--import", "tsx", path.join(root, "scripts/site-check/order-fixtures.ts")],
    {
      cwd: root,
      env: { ...env, NODE_ENV: "test" },
      encoding: "utf8",
    },
  );
  if (fixtures.status !== 0) throw new Error(`order fixtures failed:\n${fixtures.stdout}\n${fixtures.stderr}`);
  const orders = JSON.parse(fixtures.stdout.trim().split("\n").at(-1)!) as OrderPage[];
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, [path.join(root, "server.js")], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...env,
      NODE_ENV: "production",
      PORT: String(port),
      PUBLIC_BASE_URL: base,
      SESSION_SECRET: process.env.SESSION_SECRET ?? "check-html-session-secret-0123456789abcdef",
      PAGE_CACHE_SECONDS: "0",
    },
  });
  for (let tries = 0; tries < 200; tries++) {
    if (server.exitCode !== null) throw new Error(`server exited (${server.exitCode})`);
    if (
      await fetch(`${base}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { base, server, orders };
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill("SIGTERM");
  throw new Error("server did not start");
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

await main();
