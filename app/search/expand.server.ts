// Korean query analysis above the SQL search primitive (searchArticles): each typed word may be read literally,
// without its particle (자활센터를 → 자활센터), as a hashtag (#MOU, or MOU when only a hashtag has it) or as 초성
// (ㅊㄴ → 청년). Per word, the reading that finds more wins; with no result at all, the nearest known word by jamo
// edit distance is searched instead and offered as "혹시 …?".
import { choseongOf, hashtagName, isChoseongQuery, matchesChoseong, nearestWord, particleStems } from "./korean";
import { parseQuery } from "./query";
import { countArticles, SEARCH_CANDIDATES, searchArticles } from "./search.server";
import { searchVocabulary, type Vocabulary } from "./vocabulary.server";

/** One reading of a typed word: a text term, or a hashtag (matched through ArticleTag, not the text). */
type Reading = { kind: "text"; term: string } | { kind: "tag"; name: string };

type SearchResult = Awaited<ReturnType<typeof searchArticles>>;

export type ExpandedSearch = SearchResult & {
  /** What was typed, as shown back. */
  typed: string;
  /** What was searched when it differs from what was typed (자활센터, #MOU, 청년), else null. */
  searchedAs: string | null;
  /** Set when nothing matched what was typed and a near word did: its results are shown. */
  correctedFrom: string | null;
  /** "혹시 …?" when a near known word exists and the typed words found little. */
  suggestion: string | null;
};

/** What a search found, as countArticles counts it (one more than SEARCH_CANDIDATES when it stopped counting). */
const found = (r: SearchResult) => (r.totalCapped ? SEARCH_CANDIDATES + 1 : r.total);

const readingText = (r: Reading) => (r.kind === "tag" ? `#${r.name}` : r.term);

function tagNamed(vocabulary: Vocabulary, name: string) {
  const lower = name.toLowerCase();
  return vocabulary.tags.find((t) => t.name.toLowerCase() === lower)?.name ?? null;
}

/** The vocabulary word a 초성 query most likely means: same 초성 first, then longer words starting with it. */
export function choseongWord(vocabulary: Vocabulary, initials: string): string | null {
  let best: { word: string; rank: number; count: number } | null = null;
  for (const [word, count] of vocabulary.words) {
    const match = matchesChoseong(word, initials);
    if (match !== "prefix") continue;
    const rank = choseongOf(word) === initials ? 0 : 1;
    if (!best || rank < best.rank || (rank === best.rank && count > best.count)) best = { word, rank, count };
  }
  return best?.word ?? null;
}

/** Every reading of one typed word, the default first. */
function readingsOf(word: string, vocabulary: Vocabulary): Reading[] {
  const readings: Reading[] = [];
  const push = (r: Reading) => {
    if (!readings.some((x) => readingText(x) === readingText(r))) readings.push(r);
  };
  const hashtag = hashtagName(word);
  const bare = hashtag ?? word;
  if (isChoseongQuery(bare)) {
    const meant = choseongWord(vocabulary, bare);
    if (meant) push({ kind: "text", term: meant });
  }
  const tag = tagNamed(vocabulary, bare);
  // A word written as a hashtag means the hashtag first; otherwise the text first.
  if (hashtag && tag) push({ kind: "tag", name: tag });
  push({ kind: "text", term: bare });
  for (const stem of particleStems(bare)) {
    push({ kind: "text", term: stem });
    const stemTag = tagNamed(vocabulary, stem);
    if (stemTag) push({ kind: "tag", name: stemTag });
  }
  if (tag) push({ kind: "tag", name: tag });
  return readings;
}

/**
 * Runs searchArticles for a set of readings, and counts what readings find (comparing readings needs no
 * ranking), remembering the answers of this request.
 */
function searcher(now: Date) {
  const memo = new Map<string, Promise<SearchResult | number>>();
  const remembered = <T extends SearchResult | number>(key: string, run: () => Promise<T>) => {
    if (!memo.has(key)) memo.set(key, run());
    return memo.get(key) as Promise<T>;
  };
  const split = (readings: Reading[]) => ({
    text: readings.flatMap((r) => (r.kind === "text" ? [r.term] : [])).join(" "),
    tags: readings.flatMap((r) => (r.kind === "tag" ? [r.name] : [])),
  });
  const key = (readings: Reading[]) => readings.map(readingText).join(" ");
  return {
    search: (readings: Reading[], atPage = 1) => {
      const { text, tags } = split(readings);
      return remembered(`${atPage}|${key(readings)}`, () => searchArticles(text, atPage, now, { tags }));
    },
    count: (readings: Reading[]) => {
      const { text, tags } = split(readings);
      return remembered(`count|${key(readings)}`, () => countArticles(text, now, { tags }));
    },
  };
}

export async function searchArticlesKorean(
  rawQuery: string | null,
  page = 1,
  now = new Date(),
): Promise<ExpandedSearch> {
  const typed = parseQuery(rawQuery);
  const words = [...typed.ftsTerms, ...typed.shortTerms];
  const base = { typed: typed.text, searchedAs: null, correctedFrom: null, suggestion: null };
  if (words.length === 0) return { ...(await searchArticles(rawQuery, page, now)), ...base };

  const vocabulary = await searchVocabulary();
  const { search, count } = searcher(now);
  const options = words.map((w) => readingsOf(w, vocabulary));
  // Per word, on its own: a later reading replaces the earlier one only when it finds strictly more.
  const chosen: Reading[] = [];
  for (const readings of options) {
    let pick = readings[0]!;
    // A word read only one way needs no count. A one-word query's default reading is usually what is shown:
    // its first page (kept for the end) gives the count.
    let most =
      readings.length === 1
        ? 0
        : options.length === 1 && page === 1
          ? found(await search([pick]))
          : await count([pick]);
    for (const reading of readings.slice(1)) {
      // Counts stop past SEARCH_CANDIDATES: no other reading can find strictly more.
      if (most > SEARCH_CANDIDATES) break;
      const total = await count([reading]);
      if (total > most) [pick, most] = [reading, total];
    }
    chosen.push(pick);
  }
  // The first page is searched anyway (and its total is the count, capped the same way).
  const best = page === 1 ? (await search(chosen)).total : await count(chosen);
  const searchedText = chosen.map(readingText).join(" ");
  const searchedAs = searchedText === typed.text ? null : searchedText;

  const corrected = chosen.map((r) => {
    if (r.kind !== "text") return r;
    const near = nearestWord(r.term, vocabulary.words);
    return near ? ({ kind: "text", term: near } as const) : r;
  });
  const correctedText = corrected.map(readingText).join(" ");
  const suggestion = correctedText !== searchedText && best < 3 ? correctedText : null;
  if (best === 0 && suggestion && (await count(corrected)) > 0) {
    return {
      ...(await search(corrected, page)),
      typed: typed.text,
      searchedAs: null,
      correctedFrom: typed.text,
      suggestion,
    };
  }
  return { ...(await search(chosen, page)), typed: typed.text, searchedAs, correctedFrom: null, suggestion };
}
