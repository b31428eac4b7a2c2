// The SQL that differs between the two databases, for article and product search. SQLite matches
// terms of 3+ characters through FTS5 trigram tables and ranks with bm25(); PostgreSQL matches them
// with ILIKE served by pg_trgm GIN indexes and ranks with the same BM25 formula written out in SQL
// (FTS5's k1 = 1.2, b = 0.75 and column weights). Terms of 1–2 characters have no trigram: both scan
// the base table. Every term is a bound parameter, never SQL text.
import { Prisma } from "~/generated/prisma/client";
import { dialect } from "~/utils/db.server";
import { ftsMatchExpression, likePattern } from "./query";

/** A searchable table: its alias in the query, its FTS5 table on SQLite, and columns with weights. */
export type SearchTable = {
  alias: string;
  table: "Article" | "Product";
  fts: "article_fts" | "product_fts";
  columns: readonly (readonly [column: string, weight: number])[];
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

/** FROM clause: on SQLite long terms go through the FTS5 table joined to the base table. */
export function searchFrom(t: SearchTable, longTerms: string[]) {
  const base = Prisma.raw(`"${t.table}" ${t.alias}`);
  if (pg() || longTerms.length === 0) return Prisma.sql`FROM ${base}`;
  return Prisma.sql`FROM ${Prisma.raw(`"${t.fts}" f`)} JOIN ${base} ON ${Prisma.raw(`${t.alias}."id"`)} = f.rowid`;
}

/** WHERE conditions requiring every term. */
export function termConditions(t: SearchTable, longTerms: string[], shortTerms: string[]) {
  const short = shortTerms.map((term) => anyColumnMatches(t, term));
  if (longTerms.length === 0) return short;
  if (pg()) return [...longTerms.map((term) => anyColumnMatches(t, term)), ...short];
  return [Prisma.sql`${Prisma.raw(`"${t.fts}"`)} MATCH ${ftsMatchExpression(longTerms)}`, ...short];
}

/** Relevance of the long terms, higher is better (0 without any). */
export function longTermScore(t: SearchTable, longTerms: string[]) {
  if (longTerms.length === 0) return Prisma.sql`0`;
  const weights = t.columns.map(([, w]) => w).join(", ");
  if (!pg()) return Prisma.sql`(-bm25(${Prisma.raw(`"${t.fts}", ${weights}`)}))`;
  return Prisma.sql`(${Prisma.join(
    longTerms.map((term) => bm25Term(t, term)),
    " + ",
  )})`;
}

/**
 * One term's BM25 contribution as FTS5 computes it: idf × f·(k1+1) / (f + k1·(1 − b + b·|D|/avgdl)), where f
 * sums the column weights of the term's occurrences and idf = ln((N − n + 0.5)/(n + 0.5)) (at least 1e-6)
 * over all rows. Document lengths are in bytes rather than trigrams (only their ratio to the average counts).
 */
function bm25Term(t: SearchTable, term: string) {
  const folded = hasCase(term);
  const needle = folded ? term.toLowerCase() : term;
  // Bytes, not characters: octet_length is constant-time, char_length walks multibyte text.
  const length = new TextEncoder().encode(needle).length;
  const text = (column: string) => (folded ? Prisma.sql`lower(${col(t, column)})` : col(t, column));
  const occurrences = (column: string) =>
    Prisma.sql`((octet_length(${text(column)}) - octet_length(replace(${text(column)}, ${needle}, ''))) / ${Prisma.raw(String(length))})`;
  const f = Prisma.sql`(${Prisma.join(
    t.columns.map(([c, w]) => Prisma.sql`${Prisma.raw(String(w))} * ${occurrences(c)}`),
    " + ",
  )})::float8`;
  const bytes = (alias: string) => Prisma.raw(t.columns.map(([c]) => `octet_length(${alias}."${c}")`).join(" + "));
  const table = Prisma.raw(`"${t.table}" x`);
  const docs = Prisma.sql`(SELECT COUNT(*)::float8 FROM ${table})`;
  const avgBytes = Prisma.sql`(SELECT GREATEST(AVG(${bytes("x")}), 1)::float8 FROM ${table})`;
  const containing = Prisma.sql`(SELECT COUNT(*)::float8 FROM ${table} WHERE ${anyColumnMatches({ ...t, alias: "x" }, term)})`;
  const idf = Prisma.sql`GREATEST(ln((${docs} - ${containing} + 0.5) / (${containing} + 0.5)), 1e-6)`;
  return Prisma.sql`(${idf} * (${f} * 2.2) / (${f} + 1.2 * (0.25 + 0.75 * (${bytes(t.alias)}) / ${avgBytes})))`;
}

/** Days between `now` and a timestamp column, as a real number. */
export function ageInDays(column: Prisma.Sql, now: Date) {
  if (pg()) return Prisma.sql`(EXTRACT(EPOCH FROM (${now}::timestamp - ${column})) / 86400.0)`;
  return Prisma.sql`(julianday(${now}) - julianday(${column}))`;
}

/** Score of 1–2 character terms: the weight of each column that contains each term. */
export function shortTermScore(t: SearchTable, terms: string[]) {
  if (terms.length === 0) return Prisma.sql`0`;
  return Prisma.join(
    terms.flatMap((term) =>
      t.columns.map(
        ([c, w]) => Prisma.sql`(CASE WHEN ${columnMatches(t, c, term)} THEN ${Prisma.raw(String(w))} ELSE 0 END)`,
      ),
    ),
    " + ",
  );
}

/** SQLite's bm25() can't share a query with a window function: the count then runs on its own. */
export function canCountInWindow(longTerms: string[]) {
  return pg() || longTerms.length === 0;
}
