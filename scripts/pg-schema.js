// Writes prisma/postgresql/schema.prisma from prisma/schema.prisma, the one schema source.
// The models are the same on both databases; only the datasource and the client's output folder differ.
// `node scripts/pg-schema.js --check` fails when the committed PostgreSQL schema is stale.
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
export const SQLITE_SCHEMA = path.join(root, "prisma/schema.prisma");
export const PG_SCHEMA = path.join(root, "prisma/postgresql/schema.prisma");

/** The PostgreSQL schema text for a SQLite schema text. */
export function toPostgresSchema(source) {
  const replace = (text, from, to) => {
    if (!text.includes(from)) throw new Error(`schema.prisma no longer contains ${JSON.stringify(from)}`);
    return text.replace(from, to);
  };
  let text = source;
  text = replace(text, 'provider = "sqlite"', 'provider = "postgresql"');
  text = replace(text, 'url      = "file:./data/dev.db"', 'url      = "postgresql://postgres@127.0.0.1:5432/gwangju"');
  text = replace(text, "the better-sqlite3 adapter", "the pg adapter");
  text = replace(text, 'output       = "../app/generated/prisma"', 'output       = "../../app/generated/prisma-pg"');
  // PostgreSQL reads a record with its relations in one statement (LATERAL joins, JSON aggregates) instead of
  // one per relation level: fewer round trips for a page. SQLite keeps Prisma's per-level queries.
  text = replace(text, '  moduleFormat = "esm"\n}', '  moduleFormat = "esm"\n  previewFeatures = ["relationJoins"]\n}');
  return (
    "// GENERATED from prisma/schema.prisma by scripts/pg-schema.js (npm run db:migration runs it). Do not edit.\n" +
    text
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const wanted = toPostgresSchema(fs.readFileSync(SQLITE_SCHEMA, "utf8"));
  const current = fs.existsSync(PG_SCHEMA) ? fs.readFileSync(PG_SCHEMA, "utf8") : "";
  if (process.argv.includes("--check")) {
    if (current !== wanted) {
      console.error("prisma/postgresql/schema.prisma is stale: run `node scripts/pg-schema.js`.");
      process.exit(1);
    }
  } else if (current !== wanted) {
    fs.mkdirSync(path.dirname(PG_SCHEMA), { recursive: true });
    fs.writeFileSync(PG_SCHEMA, wanted);
    console.log("Wrote prisma/postgresql/schema.prisma");
  }
}
