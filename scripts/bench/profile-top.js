// `node scripts/bench/profile-top.js <file.cpuprofile> [N]`: where a V8 CPU profile (from
// `npm run bench -- --cpu-prof`) spent its busy time: the top N functions by self time, and the time
// by component (Prisma, Remix, React, the app, GC, …) as shares of the busy (non-idle) time.
import fs from "node:fs";

const [file, topArg] = process.argv.slice(2);
if (!file) {
  console.error("usage: node scripts/bench/profile-top.js <file.cpuprofile> [N]");
  process.exit(1);
}
const top = Number(topArg ?? 20);
const profile = JSON.parse(fs.readFileSync(file, "utf8"));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfUs = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i];
  selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
}

const COMPONENTS = [
  ["idle", (f, u) => f === "(idle)" && !u],
  ["garbage collection", (f) => f === "(garbage collector)"],
  ["program (native, unattributed)", (f) => f === "(program)"],
  // The query counter wraps better-sqlite3's native statement calls: their time shows as the wrapper's.
  ["SQLite statement execution (native)", (_f, u) => /bench\/query-counter\.js/.test(u)],
  ["Prisma query compiler (WASM)", (_f, u) => /query_compiler|\.wasm|wasm:\/\//.test(u)],
  ["Prisma client (JS)", (_f, u) => /@prisma\/client|generated\/prisma|\/runtime\/client/.test(u)],
  ["Prisma adapter + better-sqlite3", (_f, u) => /adapter-better-sqlite3|better-sqlite3|driver-adapter/.test(u)],
  ["React DOM server render", (_f, u) => /react-dom/.test(u)],
  ["Remix server runtime / router", (_f, u) => /@remix-run|react-router|turbo-stream/.test(u)],
  ["express / compression / zlib", (_f, u) => /express|compression|zlib|body-parser|send\//.test(u)],
  ["app (build/server)", (_f, u) => /build\/server/.test(u)],
  ["node internals", (_f, u) => /^node:/.test(u) || u === ""],
  ["other packages", () => true],
];

const byFunction = new Map();
const byComponent = new Map();
let busy = 0;
for (const [id, us] of selfUs) {
  const node = byId.get(id);
  const f = node.callFrame.functionName || "(anonymous)";
  const u = node.callFrame.url || "";
  const component = COMPONENTS.find(([, test]) => test(f, u))[0];
  byComponent.set(component, (byComponent.get(component) ?? 0) + us);
  if (component === "idle") continue;
  busy += us;
  const where = u
    ? `${u.replace(/^.*node_modules\//, "").replace(/^file:\/\/.*\/build\//, "build/")}:${node.callFrame.lineNumber + 1}`
    : "";
  const key = `${f}  ${where}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + us);
}

const pct = (us) => `${((100 * us) / busy).toFixed(1).padStart(5)} %`;
console.log(`Busy (non-idle) time: ${(busy / 1000).toFixed(0)} ms`);
console.log(`\nBy component:`);
for (const [name, us] of [...byComponent].filter(([n]) => n !== "idle").sort((a, b) => b[1] - a[1]))
  console.log(`  ${pct(us)}  ${name}`);
console.log(`\nTop ${top} functions by self time:`);
for (const [key, us] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top))
  console.log(`  ${pct(us)}  ${key.slice(0, 150)}`);
