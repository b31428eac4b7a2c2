// `node scripts/bench/queries.js [--all]`: where the benchmarked pages spend their database time.
// Runs the app's own data functions (news.server.ts, search.server.ts, via tsx) against data/bench.db
// with Prisma query logging, then replays every SQL statement with better-sqlite3 alone and prints
// its best-of-N time and, for the slow ones (or all with --all), EXPLAIN QUERY PLAN.
// Build the data set first with `npm run bench` (it is reused afterwards).
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { tsImport } from "tsx/esm/api";
import { middleArticleSlug } from "./dataset.js";

const root = path.resolve(import.meta.dirname, "..", "..");
const dbFile = path.join(root, "data", "bench.db");
if (!fs.existsSync(dbFile)) {
  console.error("No data/bench.db yet: run `npm run bench` once first.");
  process.exit(1);
}
const showAll = process.argv.includes("--all");
const SLOW_MS = 2;
const RUNS = 7;

process.env.NODE_ENV = "production";
process.env.DATABASE_URL = "file:./data/bench.db";
process.env.SESSION_SECRET ??= "bench-only-session-secret-0123456789abcd";

const load = (file) => tsImport(path.join(root, file), import.meta.url);
const { PrismaClient } = await load("app/generated/prisma/client.ts");
const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
const prisma = new PrismaClient({
  adapter: new PrismaBetterSQLite3({ url: dbFile }),
  log: [{ emit: "event", level: "query" }],
});
const captured = [];
prisma.$on("query", (e) => captured.push({ sql: e.query, params: JSON.parse(e.params) }));
// db.server.ts reuses a client parked on globalThis: hand it this logging one.
globalThis.__prisma = prisma;
const news = await load("app/news/news.server.ts");
const catalog = await load("app/catalog/catalog.server.ts");
const search = await load("app/search/search.server.ts");

const slug = middleArticleSlug(dbFile);
const article = await news.getArticle(slug);
const pages = {
  "/ (home loader)": () =>
    Promise.all([news.getLatestIssue(), news.listCenters(), catalog.getBrand(), catalog.listProducts()]),
  [`/news/${slug}`]: async () => {
    const a = await news.getArticle(slug);
    await Promise.all([news.getIssueNeighbours(a), news.getRelatedArticles(a)]);
  },
  "/search?q=자활센터": () => search.searchArticles("자활센터"),
  "/search?q=청년": () => search.searchArticles("청년"),
  "root loader (every page)": () => news.getRegionalCenter(),
};
if (!article) throw new Error(`article ${slug} not found`);

const db = new Database(dbFile, { readonly: true });
// Prisma logs DateTime parameters as JSON (…Z); the adapter binds them as …+00:00 text.
// Booleans are stored as 0/1.
const bind = (p) =>
  typeof p === "boolean"
    ? Number(p)
    : typeof p === "string" && /^\d{4}-\d\d-\d\dT[\d:.]+Z$/.test(p)
      ? p.replace("Z", "+00:00")
      : p;
const oneLine = (sql) =>
  sql
    .replace(/\s+/g, " ")
    .replace(/`main`\./g, "")
    .trim();

for (const [label, run] of Object.entries(pages)) {
  captured.length = 0;
  const t0 = performance.now();
  await run();
  const prismaMs = performance.now() - t0;
  const statements = [...captured];
  const rows = statements.map(({ sql, params }) => {
    const values = params.map(bind);
    const statement = db.prepare(sql);
    let best = Infinity;
    let count = 0;
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      count = statement.all(...values).length;
      best = Math.min(best, performance.now() - t);
    }
    return { sql, values, best, count };
  });
  const sqlMs = rows.reduce((sum, r) => sum + r.best, 0);
  console.log(
    `\n■ ${label}: ${statements.length} statements, ${sqlMs.toFixed(1)} ms of SQL (best of ${RUNS} each); one cold call through Prisma took ${prismaMs.toFixed(1)} ms`,
  );
  for (const r of rows) {
    const slow = r.best >= SLOW_MS;
    console.log(
      `  ${r.best.toFixed(2).padStart(8)} ms  ${String(r.count).padStart(5)} rows  ${oneLine(r.sql).slice(0, slow || showAll ? 400 : 110)}`,
    );
    if (slow || showAll) {
      for (const p of db.prepare(`EXPLAIN QUERY PLAN ${r.sql}`).all(...r.values))
        console.log(`                              plan: ${p.detail}`);
    }
  }
}
const stats = db.prepare(`SELECT COUNT(*) FROM sqlite_master WHERE name = 'sqlite_stat1'`).pluck().get();
console.log(
  `\nsqlite_stat1 (ANALYZE statistics): ${stats ? "present" : "absent: the planner is guessing index selectivity"}`,
);
db.close();
await prisma.$disconnect();
