// Turning what a reader typed into search terms, and marking matches in results. Pure functions,
// shared by the search module and its unit tests. Nothing here builds SQL text from user input:
// terms are only ever passed to SQL as bound parameters.

import { truncateVisible } from "~/utils/text-fields";

export const MAX_QUERY_LENGTH = 100;
export const MAX_TERMS = 6;
/** The trigram tokenizer can only match terms of at least three characters. */
export const FTS_MIN_TERM_LENGTH = 3;

export type ParsedQuery = {
  /** The query as shown back to the reader (normalised, trimmed, length-capped). */
  text: string;
  /** Terms of 3+ characters: matched as phrases of the FTS5 trigram index. */
  ftsTerms: string[];
  /** Terms of 1–2 characters: matched as any indexed trigram starting with them. */
  shortTerms: string[];
};

/** Length in characters (code points), as the trigram tokenizer counts. */
export const termLength = (s: string) => [...s].length;

export function parseQuery(raw: string | null | undefined): ParsedQuery {
  // Capped in characters as a reader counts them (a family emoji is one, and never cut in half).
  const text = truncateVisible((raw ?? "").normalize("NFC").replace(/\s+/g, " ").trim(), MAX_QUERY_LENGTH).trim();
  const terms: string[] = [];
  for (const word of text.split(" ")) {
    // Surrounding quotes and brackets carry no meaning for readers; strip them but keep the rest.
    const term = word.replace(/^["'“”‘’(（[]+|["'“”‘’)）\]]+$/g, "");
    if (!term || terms.some((t) => t.toLowerCase() === term.toLowerCase())) continue;
    terms.push(term);
    if (terms.length === MAX_TERMS) break;
  }
  return {
    text,
    ftsTerms: terms.filter((t) => termLength(t) >= FTS_MIN_TERM_LENGTH),
    shortTerms: terms.filter((t) => termLength(t) < FTS_MIN_TERM_LENGTH),
  };
}

export function isEmptyQuery(query: ParsedQuery) {
  return query.ftsTerms.length === 0 && query.shortTerms.length === 0;
}

/**
 * FTS5 MATCH expression: every term as a quoted string (inner quotes doubled), all required (or any, with OR).
 * Quoting makes operators such as AND, NEAR( or * plain text.
 */
export function ftsMatchExpression(terms: string[], operator: "AND" | "OR" = "AND"): string {
  return terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(` ${operator} `);
}

/** LIKE pattern for a term, with %, _ and the escape character itself escaped (ESCAPE '\'). */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function termsRegExp(terms: string[]) {
  const sorted = [...terms].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return sorted.length ? new RegExp(`(${sorted.join("|")})`, "gi") : null;
}

/** HTML-escapes text and wraps every occurrence of the terms in <mark>. */
export function highlight(text: string, terms: string[]): string {
  const re = termsRegExp(terms);
  if (!re) return escapeHtml(text);
  return text
    .split(re)
    .map((part, i) => (i % 2 === 1 ? `<mark>${escapeHtml(part)}</mark>` : escapeHtml(part)))
    .join("");
}

/** A window of the text around the first match, highlighted; the start of the text if none. */
export function snippet(text: string, terms: string[], radius = 60): string {
  const re = termsRegExp(terms);
  const match = re ? re.exec(text) : null;
  if (!match) {
    const head = text.slice(0, radius * 2);
    return highlight(head, terms) + (text.length > head.length ? "…" : "");
  }
  const start = Math.max(0, match.index - radius);
  const end = Math.min(text.length, match.index + match[0].length + radius);
  return (start > 0 ? "…" : "") + highlight(text.slice(start, end), terms) + (end < text.length ? "…" : "");
}

/**
 * The text snippets are cut from: summary then body, except when the body already repeats the summary (local
 * news often has a one-sentence body equal to its summary), which would show the same sentence twice.
 */
export function snippetSource(summary: string, bodyText: string): string {
  const lead = summary.trim();
  if (!lead || bodyText.includes(lead)) return bodyText;
  return `${lead} ${bodyText}`;
}
