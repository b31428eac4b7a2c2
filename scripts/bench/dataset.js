// Builds (or reuses) the benchmark database: the normal migrations + seed, then N published articles
// (10,000 by default) in 월호 issues of 100, written straight through better-sqlite3 in one transaction.
// The article_fts triggers from the search migration keep the trigram index in sync as rows go in.
//
// Text is recombined from the seeded 2023년 12월호 articles, so terms such as 자활센터 (most
// articles) and 청년 (a minority) keep roughly the frequencies they have in real issues.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/** Bump when the generator changes shape, so an old data/bench.db is rebuilt rather than reused. */
const GENERATOR_VERSION = 4;

export const ARTICLES_PER_ISSUE = 100;
export const FIRST_ISSUE = { year: 2015, month: 9 }; // newest generated issue; older ones go back month by month

/** Generated slugs look like 2011-05-042-haccp-mou: issue key, position in the issue, template slug. */
export const GENERATED_SLUG_GLOB = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][0-9]-*";

const HANGUL_TAGLINES = [
  "지역사회와 함께 밝은 내일을 만들어가는 광주자활뉴스",
  "일을 통한 자립, 함께 여는 희망",
  "광주 자활 현장의 이야기를 전합니다",
  "참여주민과 자활센터가 함께 걷는 길",
];

// Deterministic PRNG (mulberry32) so the same data set comes out on every machine.
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The format the Prisma better-sqlite3 adapter writes DateTime columns in (ISO 8601, +00:00). */
export function sqliteDate(date) {
  return date.toISOString().replace("Z", "+00:00");
}

function issueMonths(issueCount) {
  const months = [];
  let { year, month } = FIRST_ISSUE;
  for (let i = 0; i < issueCount; i++) {
    months.push({ year, month, key: `${year}-${String(month).padStart(2, "0")}` });
    month -= 1;
    if (month === 0) {
      month = 12;
      year -= 1;
    }
  }
  return months;
}

function metaFile(dbFile) {
  return `${dbFile}.bench.json`;
}

function migrationNames(root) {
  const dir = path.join(root, "prisma", "migrations");
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

/** Why the existing file can't be reused, or null when it can. */
function reuseProblem(root, dbFile, articles) {
  if (!fs.existsSync(dbFile)) return "no data set yet";
  let meta;
  try {
    meta = JSON.parse(fs.readFileSync(metaFile(dbFile), "utf8"));
  } catch {
    return "no metadata file next to it";
  }
  if (meta.generatorVersion !== GENERATOR_VERSION) return "generator changed";
  let db;
  try {
    db = new Database(dbFile, { readonly: true, fileMustExist: true });
    const applied = db
      .prepare(`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name`)
      .pluck()
      .all();
    if (applied.join() !== migrationNames(root).join()) return "migrations changed since it was built";
    const generated = db.prepare(`SELECT COUNT(*) FROM "Article" WHERE slug GLOB ?`).pluck().get(GENERATED_SLUG_GLOB);
    if (generated !== articles) return `it has ${generated} generated articles, not ${articles}`;
    const fts = db.prepare(`SELECT COUNT(*) FROM "article_fts"`).pluck().get();
    const total = db.prepare(`SELECT COUNT(*) FROM "Article"`).pluck().get();
    if (fts !== total) return `article_fts has ${fts} rows for ${total} articles`;
  } catch (error) {
    return `unreadable (${error.message})`;
  } finally {
    db?.close();
  }
  return null;
}

/** Markdown blocks and prose sentences of the seeded articles: the raw material. */
function loadTemplates(db) {
  const articles = db
    .prepare(
      `SELECT a.id, a.slug, a.title, a.summary, a.body, a.sectionId, a.centerId, a.coverArt, a.coverAlt,
              s.slug AS sectionSlug
         FROM "Article" a LEFT JOIN "Section" s ON s.id = a.sectionId
        ORDER BY a.id`,
    )
    .all();
  const tagRows = db
    .prepare(`SELECT at.articleId, at.tagId, t.name FROM "ArticleTag" at JOIN "Tag" t ON t.id = at.tagId`)
    .all();
  for (const a of articles) a.tagIds = tagRows.filter((r) => r.articleId === a.id).map((r) => r.tagId);
  for (const a of articles) {
    const prose = [a.summary, ...a.body.split(/\n{2,}/)].filter((block) => !/^\s*([#>\-*|]|\d+\.)/.test(block));
    a.sentences = [
      ...new Set(
        prose
          .flatMap((block) => block.replace(/\s+/g, " ").split(/(?<=다\.)\s+/))
          .map((s) => s.trim())
          .filter((s) => s.length >= 15 && s.endsWith(".")),
      ),
    ];
  }
  return {
    articles,
    allTagIds: db.prepare(`SELECT id FROM "Tag" ORDER BY id`).pluck().all(),
    centers: db.prepare(`SELECT id, slug, kind FROM "Center" ORDER BY id`).all(),
  };
}

function withYear(text, year) {
  // The seed speaks of 2022–2024; shift those years so an article reads as written for its issue.
  return text.replace(/\b(2022|2023|2024)(?=년|\.|\s|-)/g, (y) => String(year + (Number(y) - 2023)));
}

function generateArticles(templates, random, months) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const sample = (list, count) => {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, count);
  };
  const regional = templates.centers.find((c) => c.kind === "REGIONAL");
  const rows = [];
  // Oldest issue first, so ids grow with publication dates as they would have in real use.
  for (const [issueIndex, month] of [...months.entries()].reverse()) {
    const positions = new Map();
    for (let n = 1; n <= ARTICLES_PER_ISSUE; n++) {
      const t = pick(templates.articles);
      // The template's own blocks, then one or two paragraphs recombined from sentences of the
      // template (mostly) or of another article in its section, so topics stay coherent.
      const sameSection = templates.articles.filter((a) => a.sectionId === t.sectionId && a.sentences.length);
      const extra = [];
      const paragraphs = 1 + Math.floor(random() * 2);
      for (let p = 0; p < paragraphs; p++) {
        const source = random() < 0.7 || sameSection.length === 0 ? t : pick(sameSection);
        if (source.sentences.length === 0) continue;
        const count = Math.min(source.sentences.length, 2 + Math.floor(random() * 2));
        extra.push(sample(source.sentences, count).join(" "));
      }
      const body = withYear([t.body, ...extra].join("\n\n"), month.year);
      const tagIds = new Set(t.tagIds);
      if (random() < 0.3) tagIds.add(pick(templates.allTagIds));
      const position = (positions.get(t.sectionId) ?? 0) + 1;
      positions.set(t.sectionId, position);
      rows.push({
        issueIndex,
        slug: `${month.key}-${String(n).padStart(3, "0")}-${t.slug}`,
        title: withYear(t.title, month.year),
        summary: withYear(t.summary, month.year),
        body,
        coverArt: t.coverArt,
        coverAlt: t.coverAlt,
        sectionId: t.sectionId,
        centerId: t.centerId ?? (t.sectionSlug === "local" ? pick(templates.centers).id : (regional?.id ?? null)),
        position,
        tagIds: [...tagIds],
      });
    }
  }
  return rows;
}

function run(root, command, args, env) {
  const result = spawnSync(command, args, { cwd: root, env, encoding: "utf8" });
  if (result.status !== 0) {
    process.stderr.write(result.stdout ?? "");
    process.stderr.write(result.stderr ?? "");
    throw new Error(`${path.basename(command)} ${args.join(" ")} failed (exit ${result.status})`);
  }
  return result.stdout;
}

/**
 * Ensures `dbFile` holds the benchmark data set. Returns counts and timings for the report.
 * @param {{ root: string, dbFile: string, databaseUrl: string, articles: number, fresh: boolean, log: (s: string) => void }} options
 */
export async function ensureDataset({ root, dbFile, databaseUrl, articles, fresh, log }) {
  const problem = fresh ? "--fresh given" : reuseProblem(root, dbFile, articles);
  if (!problem) {
    log(`Reusing ${path.relative(root, dbFile)} (use --fresh to rebuild).`);
    return { reused: true, ...counts(dbFile) };
  }
  log(`Building ${path.relative(root, dbFile)}: ${problem}.`);
  fs.rmSync(metaFile(dbFile), { force: true });

  const env = { ...process.env, DATABASE_URL: databaseUrl };
  const t0 = performance.now();
  run(root, process.execPath, [path.join(root, "scripts", "setup-db.js"), "--reset"], env);
  const setupMs = performance.now() - t0;

  // The app's own Markdown → plain text conversion, so bodyText is exactly what the editor would store.
  const { tsImport } = await import("tsx/esm/api");
  const { markdownToText } = await tsImport(path.join(root, "app", "utils", "markdown.server.ts"), import.meta.url);

  const t1 = performance.now();
  const db = new Database(dbFile);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF"); // the file is disposable; this connection only
  const templates = loadTemplates(db);
  const months = issueMonths(Math.ceil(articles / ARTICLES_PER_ISSUE));
  const rows = generateArticles(templates, rng(20151109), months).slice(-articles);
  for (const row of rows) row.bodyText = markdownToText(row.body);
  const textMs = performance.now() - t1;

  const t2 = performance.now();
  const insertIssue = db.prepare(
    `INSERT INTO "Issue" (key, title, tagline, status, publishedAt, createdAt, updatedAt)
     VALUES (@key, @title, @tagline, 'PUBLISHED', @publishedAt, @publishedAt, @publishedAt)`,
  );
  const insertArticle = db.prepare(
    `INSERT INTO "Article" (slug, title, summary, body, bodyText, coverArt, coverAlt, status, publishedAt,
                            position, issueId, sectionId, centerId, createdAt, updatedAt)
     VALUES (@slug, @title, @summary, @body, @bodyText, @coverArt, @coverAlt, 'PUBLISHED', @publishedAt,
             @position, @issueId, @sectionId, @centerId, @publishedAt, @publishedAt)`,
  );
  const insertTag = db.prepare(`INSERT INTO "ArticleTag" (articleId, tagId) VALUES (?, ?)`);
  const setCover = db.prepare(`UPDATE "Issue" SET coverArticleId = ? WHERE id = ?`);
  db.transaction(() => {
    const issueIds = [];
    for (let i = months.length - 1; i >= 0; i--) {
      const m = months[i];
      // 1st of the month, 09:00 KST = 00:00 UTC.
      const publishedAt = sqliteDate(new Date(Date.UTC(m.year, m.month - 1, 1, 0, 0, 0)));
      const title = `${m.year}년 ${m.month}월호`;
      const tagline = HANGUL_TAGLINES[i % HANGUL_TAGLINES.length];
      issueIds[i] = Number(insertIssue.run({ key: m.key, title, tagline, publishedAt }).lastInsertRowid);
    }
    let coverFor = -1;
    for (const row of rows) {
      const m = months[row.issueIndex];
      const publishedAt = sqliteDate(new Date(Date.UTC(m.year, m.month - 1, 1, 0, 0, 0)));
      const { issueIndex, tagIds, ...fields } = row;
      const id = Number(insertArticle.run({ ...fields, publishedAt, issueId: issueIds[issueIndex] }).lastInsertRowid);
      for (const tagId of tagIds) insertTag.run(id, tagId);
      if (coverFor !== issueIndex) {
        setCover.run(id, issueIds[issueIndex]);
        coverFor = issueIndex;
      }
    }
  })();
  const insertMs = performance.now() - t2;
  db.exec("ANALYZE"); // as setup-db does: planner statistics for the grown tables
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.close();

  fs.writeFileSync(
    metaFile(dbFile),
    JSON.stringify({ generatorVersion: GENERATOR_VERSION, builtAt: new Date().toISOString() }, null, 2) + "\n",
  );
  return { reused: false, setupMs, textMs, insertMs, ...counts(dbFile) };
}

/** Counts for the report, including how often the two benchmarked search terms occur. */
export function counts(dbFile) {
  const db = new Database(dbFile, { readonly: true });
  try {
    const one = (sql, ...args) =>
      db
        .prepare(sql)
        .pluck()
        .get(...args);
    const containing = (term) =>
      one(`SELECT COUNT(*) FROM "Article" WHERE instr(title, @t) OR instr(summary, @t) OR instr(bodyText, @t)`, {
        t: term,
      });
    return {
      articles: one(`SELECT COUNT(*) FROM "Article"`),
      published: one(`SELECT COUNT(*) FROM "Article" WHERE status = 'PUBLISHED'`),
      generated: one(`SELECT COUNT(*) FROM "Article" WHERE slug GLOB ?`, GENERATED_SLUG_GLOB),
      issues: one(`SELECT COUNT(*) FROM "Issue"`),
      articleTags: one(`SELECT COUNT(*) FROM "ArticleTag"`),
      ftsRows: one(`SELECT COUNT(*) FROM "article_fts"`),
      avgBodyChars: Math.round(one(`SELECT AVG(length(bodyText)) FROM "Article"`)),
      withJahwalCenter: containing("자활센터"),
      withYouth: containing("청년"),
      fileBytes: fs.statSync(dbFile).size,
    };
  } finally {
    db.close();
  }
}

/** A generated article in the middle of the set (by id), for the article-page target. */
export function middleArticleSlug(dbFile) {
  const db = new Database(dbFile, { readonly: true });
  try {
    const total = db.prepare(`SELECT COUNT(*) FROM "Article" WHERE slug GLOB ?`).pluck().get(GENERATED_SLUG_GLOB);
    return db
      .prepare(`SELECT slug FROM "Article" WHERE slug GLOB ? ORDER BY id LIMIT 1 OFFSET ?`)
      .pluck()
      .get(GENERATED_SLUG_GLOB, Math.floor(total / 2));
  } finally {
    db.close();
  }
}
