// Preloaded into the app server by the benchmark (`node --import ./scripts/bench/query-counter.js`):
// counts the SQL statements the server sends to its database, at the driver, so the figure includes
// everything (Prisma's queries, raw SQL, BEGIN/COMMIT) and needs nothing from the app.
//   SQLite: every execution of a better-sqlite3 statement (run/all/get/iterate).
//   PostgreSQL: every pg Client#query call (pg.Pool hands out Clients).
// The benchmark asks over the IPC channel: "queries?" → { queries: <count so far> }.
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(path.join(process.cwd(), "package.json"));
let count = 0;

function wrap(proto, names) {
  for (const name of names) {
    const original = proto[name];
    if (typeof original !== "function") continue;
    proto[name] = function (...args) {
      count++;
      return original.apply(this, args);
    };
  }
}

try {
  const Database = require("better-sqlite3");
  const probe = new Database(":memory:");
  wrap(Object.getPrototypeOf(probe.prepare("SELECT 1")), ["run", "all", "get", "iterate"]);
  // exec() runs whole scripts (migrations, PRAGMAs): one count per call.
  wrap(Database.prototype, ["exec"]);
  probe.close();
} catch {
  // better-sqlite3 not installed: a PostgreSQL-only deployment.
}
try {
  wrap(require("pg").Client.prototype, ["query"]);
} catch {
  // pg not installed.
}

if (process.send) {
  process.on("message", (message) => {
    if (message === "queries?") process.send({ queries: count });
  });
  // The channel must not keep a server that was told to stop alive.
  process.channel?.unref();
}
