#!/usr/bin/env node
// How much JavaScript the public pages make the browser load: per page, the number of script files and
// their gzip size (see page-js.js). Starts nothing: it reads a running production server of this build, e.g.
//   npm run build && PORT=3390 NODE_ENV=production DATABASE_URL=file:./data/dev.db SESSION_SECRET=… node server.js
//   npm run bench:js -- http://localhost:3390            (or BENCH_JS_URL=…; default http://localhost:3000)
// or saved pages: `npm run bench:js -- article.html home.html`. `--files` lists every file of each page;
// `--build <dir>` reads the files from another build folder than ./build (it must be the server's build).
import fs from "node:fs";
import path from "node:path";
import { pageScripts } from "./page-js.js";

const args = process.argv.slice(2);
const listFiles = args.includes("--files");
const buildAt = args.indexOf("--build");
const buildDir = path.resolve(buildAt >= 0 ? args[buildAt + 1] : "build");
const operands = args.filter((a, i) => !a.startsWith("--") && (buildAt < 0 || i !== buildAt + 1));
// pageScripts reads <root>/build/client; a build folder elsewhere is read through a link named build.
const root = path.basename(buildDir) === "build" ? path.dirname(buildDir) : linkedRoot(buildDir);

function linkedRoot(dir) {
  const tmp = fs.mkdtempSync(path.join(fs.realpathSync(process.env.TMPDIR ?? "/tmp"), "page-js-"));
  fs.symlinkSync(dir, path.join(tmp, "build"));
  return tmp;
}

const kib = (bytes) => (bytes / 1024).toFixed(1);

/** The pages a reader sees: home, the first article, 월호, product linked from it, a search and the cart. */
async function publicPages(base) {
  const text = async (p) => {
    const res = await fetch(new URL(p, base));
    if (!res.ok) throw new Error(`${p}: HTTP ${res.status}`);
    return res.text();
  };
  const home = await text("/");
  const first = (html, re, what) => {
    const m = re.exec(html);
    if (!m) throw new Error(`no ${what} link found`);
    return m[1];
  };
  const article = first(home, /href="(\/news\/[^"/?#]+)"/, "article");
  const issue = first(home + (await text("/issues")), /href="(\/issues\/[^"/?#]+)"/, "issue");
  const product = first(await text("/shop"), /href="(\/shop\/[^"/?#]+)"/, "product");
  const pages = ["/", article, issue, product, "/search?q=자활", "/cart"];
  return Promise.all(pages.map(async (p) => ({ name: p, html: p === "/" ? home : await text(p) })));
}

async function main() {
  const files = operands.filter((o) => !/^https?:\/\//.test(o));
  const base = operands.find((o) => /^https?:\/\//.test(o)) ?? process.env.BENCH_JS_URL ?? "http://localhost:3000";
  const pages = files.length
    ? files.map((f) => ({ name: f, html: fs.readFileSync(f, "utf8") }))
    : await publicPages(base);
  console.log(`page JavaScript (gzip, files read from ${path.relative(process.cwd(), buildDir) || "."})`);
  for (const { name, html } of pages) {
    const { files: scripts, totalGzipBytes } = pageScripts(root, html);
    const missing = scripts.filter((s) => Number.isNaN(s.gzipBytes));
    if (missing.length) throw new Error(`${name}: ${missing[0].file} is not in ${buildDir}: another build?`);
    console.log(
      `${name.padEnd(48)} ${String(scripts.length).padStart(3)} files ${kib(totalGzipBytes).padStart(7)} KiB`,
    );
    if (listFiles) for (const s of scripts) console.log(`    ${kib(s.gzipBytes).padStart(6)} KiB  ${s.file}`);
  }
}

main().catch((error) => {
  console.error(`✖ ${error.message}`);
  process.exit(1);
});
