// `node scripts/bench/search-timing.js [--db data/bench.db] [--runs 20] [--korean] [--module file] [query …]`: CPU and wall time
// per search, run in-process through the app's own search functions (via tsx) against a SQLite data set.
// By default it times searchArticles (the SQL search); --korean times what /search does: searchArticlesKorean
// (readings, hashtags, 초성) plus searchProducts. Each query runs once to warm up, then --runs times;
// it prints the median and p95 wall time and the mean CPU time (user + system, this process) per run.
import fs from "node:fs";
import path from "node:path";
import { tsImport } from "tsx/esm/api";

const root = path.resolve(import.meta.dirname, "..", "..");
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const [value] = args.splice(i, 2).slice(1);
  return value;
};
const korean = args.includes("--korean");
const dbFile = path.resolve(root, option("--db", "data/bench.db"));
const runs = Number(option("--runs", "20"));
// Another copy of search.server.ts and expand.server.ts (e.g. the previous version) to compare with.
const searchModule = option("--module", "app/search/search.server.ts");
const queries = args.filter((a) => a !== "--korean");
if (queries.length === 0) queries.push("자활센터", "청년", "김", "센", "청년 자활센터 일자리", "자활센터 청년");
if (!fs.existsSync(dbFile)) {
  console.error(`No ${path.relative(root, dbFile)}: build it with \`npm run bench\` first.`);
  process.exit(1);
}

process.env.NODE_ENV = "production";
process.env.DATABASE_URL = `file:${dbFile}`;
process.env.SESSION_SECRET ??= "bench-only-session-secret-0123456789abcd";

const load = (file) => tsImport(path.join(root, file), import.meta.url);
const search = await load(searchModule);
const expand = await load(path.join(path.dirname(searchModule), "expand.server.ts"));
const { prisma } = await load("app/utils/db.server.ts");

async function once(q) {
  if (!korean) return search.searchArticles(q);
  const result = await expand.searchArticlesKorean(q);
  await search.searchProducts(result.query.text);
  return result;
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
console.log(
  `${path.relative(root, dbFile)}, ${korean ? "searchArticlesKorean + searchProducts" : "searchArticles"}, ${runs} runs`,
);
for (const q of queries) {
  const first = await once(q);
  const walls = [];
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await once(q);
    walls.push(performance.now() - t);
  }
  const cpu = process.cpuUsage(cpu0);
  walls.sort((a, b) => a - b);
  const cpuMs = (cpu.user + cpu.system) / 1000 / runs;
  const top = first.hits[0]?.slug ?? "-";
  console.log(
    `${q.padEnd(16)} total ${String(first.total).padStart(6)}  cpu ${cpuMs.toFixed(2).padStart(7)} ms  ` +
      `median ${pct(walls, 0.5).toFixed(2).padStart(7)} ms  p95 ${pct(walls, 0.95).toFixed(2).padStart(7)} ms  first ${top}`,
  );
}
await prisma.$disconnect();
