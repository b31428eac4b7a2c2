// `npm run db:backup [-- --out backups/mine]` and `npm run db:restore -- backups/<stamp>`.
// A backup is a folder: the database (a consistent snapshot taken while the site keeps serving), the
// uploaded images, and manifest.json. Each database kind knows how to snapshot and restore itself: SQLite
// here (VACUUM INTO), PostgreSQL in db-backup-postgres.ts (pg_dump / pg_restore).
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { DEFAULT_DATABASE_URL, resolveDatabaseFile } from "../app/utils/database-url";
import { postgres } from "./db-backup-postgres";

type DatabaseKind = {
  name: string;
  handles(url: string): boolean;
  /** Writes a consistent snapshot of the live database into `dir`; returns the file name it wrote. */
  backup(url: string, dir: string): Promise<string>;
  /** Replaces the database at `url` with the snapshot `file` (the server must be stopped). */
  restore(url: string, file: string): Promise<void>;
};

const sqlite: DatabaseKind = {
  name: "sqlite",
  handles: (url) => url.startsWith("file:"),
  async backup(url, dir) {
    const target = path.join(dir, "database.db");
    // VACUUM INTO reads one snapshot (a WAL read transaction: writers go on meanwhile) and writes it as a
    // fresh, compact file with everything committed so far, the WAL's contents included. Copying the
    // file (`cp data/dev.db`) misses whatever still sits in the WAL.
    const db = new Database(resolveDatabaseFile(url), { readonly: true, fileMustExist: true });
    try {
      db.prepare("VACUUM INTO ?").run(target);
    } finally {
      db.close();
    }
    const check = new Database(target, { readonly: true });
    try {
      const result = check.pragma("integrity_check", { simple: true });
      if (result !== "ok") throw new Error(`백업본이 무결성 검사를 통과하지 못했습니다: ${String(result)}`);
    } finally {
      check.close();
    }
    return "database.db";
  },
  async restore(url, file) {
    const target = resolveDatabaseFile(url);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    // A WAL or shared-memory file left from the old database would be replayed over the restored one.
    for (const suffix of ["-wal", "-shm", "-journal"]) fs.rmSync(target + suffix, { force: true });
    fs.copyFileSync(file, `${target}.restoring`);
    fs.renameSync(`${target}.restoring`, target);
    const db = new Database(target);
    db.pragma("journal_mode = WAL");
    db.close();
  },
};

const DATABASE_KINDS: DatabaseKind[] = [sqlite, postgres];

function kindFor(url: string): DatabaseKind {
  const kind = DATABASE_KINDS.find((k) => k.handles(url));
  if (!kind)
    throw new Error(
      `DATABASE_URL(${url.split(":")[0]}:…)을 백업하는 방법이 없습니다: file: 또는 postgresql:// 이어야 합니다.`,
    );
  return kind;
}

type Manifest = { createdAt: string; kind: string; database: string; uploads: number };

function countFiles(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
}

export async function backup({ url, uploadsDir, out }: { url: string; uploadsDir: string; out: string }) {
  const kind = kindFor(url);
  fs.mkdirSync(out, { recursive: true });
  // Database first, images second: images are written before the rows that point to them, so every image
  // the snapshot refers to is already on disk when the folder is copied (files are never changed in place).
  const database = await kind.backup(url, out);
  if (fs.existsSync(uploadsDir)) fs.cpSync(uploadsDir, path.join(out, "uploads"), { recursive: true });
  const manifest: Manifest = {
    createdAt: new Date().toISOString(),
    kind: kind.name,
    database,
    uploads: countFiles(path.join(out, "uploads")),
  };
  fs.writeFileSync(path.join(out, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

export async function restore({ url, uploadsDir, from }: { url: string; uploadsDir: string; from: string }) {
  const manifest = JSON.parse(fs.readFileSync(path.join(from, "manifest.json"), "utf8")) as Manifest;
  const kind = kindFor(url);
  if (kind.name !== manifest.kind) {
    throw new Error(`이 백업은 ${manifest.kind} 데이터베이스의 것인데 DATABASE_URL은 ${kind.name}입니다.`);
  }
  await kind.restore(url, path.join(from, manifest.database));
  if (fs.existsSync(path.join(from, "uploads"))) {
    fs.cpSync(path.join(from, "uploads"), uploadsDir, { recursive: true });
  }
  return manifest;
}

async function main() {
  const [command = "", ...rest] = process.argv.slice(2);
  const { values, positionals } = parseArgs({
    args: rest,
    options: { out: { type: "string" } },
    allowPositionals: true,
  });
  if (fs.existsSync(".env")) process.loadEnvFile(".env");
  const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
  const uploadsDir = path.resolve(process.env.UPLOADS_DIR || "./data/uploads");
  if (command === "backup") {
    const stamp = new Date().toISOString().replace(/[:.]/g, "-");
    const out = path.resolve(values.out ?? path.join("backups", stamp));
    const manifest = await backup({ url, uploadsDir, out });
    console.log(`Backed up the ${manifest.kind} database and ${manifest.uploads} uploaded files to ${out}`);
  } else if (command === "restore" && positionals[0]) {
    const manifest = await restore({ url, uploadsDir, from: path.resolve(positionals[0]) });
    console.log(`Restored the backup of ${manifest.createdAt} (${manifest.uploads} uploaded files)`);
  } else {
    console.error("Usage: npm run db:backup [-- --out <folder>]  |  npm run db:restore -- <backup folder>");
    process.exit(2);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
