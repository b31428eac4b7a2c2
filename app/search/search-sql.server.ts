// The SQL that differs between the two databases, for article and product search. SQLite matches every term
// through FTS5 trigram tables: terms of 3+ characters as phrases, 1–2 character terms as an OR of the indexed
// trigrams that start with them (looked up in an fts5vocab table; the indexed columns end in two spaces so a
// term at the end of a column still starts one). PostgreSQL matches with ILIKE (pg_trgm GIN indexes serve
// the long terms). Every term is a bound parameter, never SQL text.
import { Prisma } from "~/generated/prisma/client";
import { createContentStore } from "~/utils/content-cache.server";
import { dialect, prisma } from "~/utils/db.server";
import { FTS_MIN_TERM_LENGTH, ftsMatchExpression, likePattern, termLength } from "./query";

/** A searchable table: its alias in the query, its FTS5 tables on SQLite, and columns with weights. */
export type SearchTable = {
  alias: string;
  table: "Article" | "Product";
  fts: "article_fts" | "product_fts";
  vocab: "article_fts_vocab" | "product_fts_vocab";
  columns: readonly (readonly [column: string, weight: number])[];
  /** A column whose weight every match gets without checking it (see termScore). */
  implied?: string;
};

const pg = () => dialect === "postgresql";
const col = (t: SearchTable, column: string) => Prisma.raw(`${t.alias}."${column}"`);
/** Hangul, digits and most symbols have no letter case; folding case costs PostgreSQL dearly on long text. */
const hasCase = (term: string) => term.toLowerCase() !== term.toUpperCase();
/** SQLite's LIKE ignores ASCII case already; PostgreSQL needs ILIKE for the same matches (when case exists). */
const like = (term: string) => Prisma.raw(pg() && hasCase(term) ? "ILIKE" : "LIKE");

function columnMatches(t: SearchTable, column: string, term: string) {
  return Prisma.sql`${col(t, column)} ${like(term)} ${likePattern(term)} ESCAPE '\\'`;
}

/** The row contains the term in any column (a substring match, ignoring case). */
function anyColumnMatches(t: SearchTable, term: string) {
  return Prisma.sql`(${Prisma.join(
    t.columns.map(([c]) => columnMatches(t, c, term)),
    " OR ",
  )})`;
}

/**
 * How the terms are matched: on SQLite one FTS5 MATCH expression (null when a short term starts no indexed
 * trigram, so nothing can match), on PostgreSQL LIKE conditions.
 */
export type Matcher = { fts: string | null; terms: string[] };

/** Every indexed trigram that starts with a 1–2 character term (the index folds case like the tokenizer). */
async function loadTrigrams(t: SearchTable, lower: string): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ term: string }[]>(Prisma.sql`
    SELECT term FROM ${Prisma.raw(`"${t.vocab}"`)} WHERE term >= ${lower} AND term < ${`${lower}\u{10FFFF}`}`);
  return rows.map((r) => r.term);
}

// fts5vocab counts every listed trigram's documents as it goes (3–6 ms for 청년 over 100,000 articles), so the
// lists are kept per content version, in a store of their own so search words never push page content out.
const cachedTrigrams = createContentStore(2000);

function trigramsStartingWith(t: SearchTable, term: string): Promise<string[]> {
  const lower = term.toLowerCase();
  return cachedTrigrams(`${t.vocab}|${lower}`, () => loadTrigrams(t, lower));
}

export async function matcher(t: SearchTable, terms: string[]): Promise<Matcher> {
  if (pg() || terms.length === 0) return { fts: null, terms };
  const parts: string[] = [];
  for (const term of terms) {
    if (termLength(term) >= FTS_MIN_TERM_LENGTH) {
      parts.push(ftsMatchExpression([term]));
      continue;
    }
    const trigrams = await trigramsStartingWith(t, term);
    if (trigrams.length === 0) return { fts: null, terms };
    parts.push(`(${ftsMatchExpression(trigrams, "OR")})`);
  }
  return { fts: parts.join(" AND "), terms };
}

/** False when a SQLite search can't match anything (a short term that starts no indexed trigram). */
export const canMatch = (m: Matcher) => pg() || m.terms.length === 0 || m.fts !== null;

/** FROM clause: on SQLite matched terms go through the FTS5 table joined to the base table. */
export function searchFrom(t: SearchTable, m: Matcher) {
  const base = Prisma.raw(`"${t.table}" ${t.alias}`);
  if (pg() || m.terms.length === 0) return Prisma.sql`FROM ${base}`;
  return Prisma.sql`FROM ${Prisma.raw(`"${t.fts}" f`)} JOIN ${base} ON ${Prisma.raw(`${t.alias}."id"`)} = f.rowid`;
}

/** WHERE conditions requiring every term. */
export function termConditions(t: SearchTable, m: Matcher) {
  if (m.terms.length === 0) return [];
  if (pg()) return m.terms.map((term) => anyColumnMatches(t, term));
  return [Prisma.sql`${Prisma.raw(`"${t.fts}"`)} MATCH ${m.fts}`];
}

/** Newest rows first, in the order the index yields them (FTS5 walks its rowids backwards without a sort). */
export function newestFirst(t: SearchTable, m: Matcher) {
  return Prisma.raw(!pg() && m.terms.length > 0 ? "f.rowid DESC" : `${t.alias}."id" DESC`);
}

/** Days between `now` and a timestamp column, as a real number. */
export function ageInDays(column: Prisma.Sql, now: Date) {
  if (pg()) return Prisma.sql`(EXTRACT(EPOCH FROM (${now}::timestamp - ${column})) / 86400.0)`;
  return Prisma.sql`(julianday(${now}) - julianday(${column}))`;
}

/**
 * Relevance: for each term, the weight of each column that contains it (0 without terms). The implied column's
 * weight is given to every match: a term found in no other column is in that one, and a term also found in
 * another column would add its small weight to a much larger one.
 */
export function termScore(t: SearchTable, terms: string[]) {
  if (terms.length === 0) return Prisma.sql`0`;
  return Prisma.join(
    terms.flatMap((term) =>
      t.columns.map(([c, w]) =>
        c === t.implied
          ? Prisma.raw(String(w))
          : Prisma.sql`(CASE WHEN ${columnMatches(t, c, term)} THEN ${Prisma.raw(String(w))} ELSE 0 END)`,
      ),
    ),
    " + ",
  );
}
