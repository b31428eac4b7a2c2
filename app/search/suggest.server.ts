// Type-ahead for the search boxes: hashtags, article titles and products whose text contains what was typed,
// or whose 초성 starts with it (ㅊㄴ → #청년, 청년자립도전사업단 …). Answers from the cached vocabulary.
import { hashtagName, isChoseongQuery, particleStems } from "./korean";
import { fitsLength } from "~/utils/text-fields";
import { MAX_QUERY_LENGTH } from "./query";
import { searchVocabulary } from "./vocabulary.server";

export type Suggestion = { kind: "tag" | "article" | "product"; label: string; href: string };

export const SUGGESTION_LIMIT = 8;

type Matcher = (text: string, initials: string) => number | null;

/** Lower is better: starts with the text, then contains it; null when it doesn't match. */
function matcherFor(typed: string): Matcher | null {
  const text = typed.normalize("NFC").trim().toLowerCase();
  if (!text || !fitsLength(text, MAX_QUERY_LENGTH)) return null;
  const bare = hashtagName(text) ?? text;
  if (isChoseongQuery(bare)) {
    return (_t, initials) => (initials.startsWith(bare) ? 0 : initials.includes(bare) ? 1 : null);
  }
  const needles = [bare, ...particleStems(bare)];
  return (candidate) => {
    const lower = candidate.toLowerCase();
    for (const needle of needles) {
      if (lower.startsWith(needle)) return 0;
      if (lower.includes(needle)) return 1;
    }
    return null;
  };
}

export async function suggest(typed: string | null): Promise<Suggestion[]> {
  const match = typed ? matcherFor(typed) : null;
  if (!match) return [];
  const vocabulary = await searchVocabulary();
  const ranked: (Suggestion & { rank: number; order: number })[] = [];
  vocabulary.tags.forEach((t, order) => {
    const rank = match(t.name, t.initials);
    if (rank !== null) {
      ranked.push({
        kind: "tag",
        label: `#${t.name}`,
        href: `/search?q=${encodeURIComponent(`#${t.name}`)}`,
        rank,
        order,
      });
    }
  });
  vocabulary.products.forEach((p, order) => {
    const rank = match(p.name, p.initials);
    if (rank !== null)
      ranked.push({ kind: "product", label: p.name, href: `/shop/${p.slug}`, rank, order: order + 100 });
  });
  vocabulary.titles.forEach((a, order) => {
    const rank = match(a.title, a.initials);
    if (rank !== null)
      ranked.push({ kind: "article", label: a.title, href: `/news/${a.slug}`, rank, order: order + 200 });
  });
  // Tags first (they lead to many articles), then products, then titles; better matches first within each.
  return ranked
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .slice(0, SUGGESTION_LIMIT)
    .map(({ kind, label, href }) => ({ kind, label, href }));
}
