// Korean text functions for search: particles (조사), 초성, jamo-level edit distance. Pure and shared by the
// server (query expansion, suggestions) and the browser (type-ahead matching), so no server imports here.
import { disassemble, getChoseong, josa } from "es-hangul";

// Longest first, so 에서 is tried before 서 would be and 으로 before 로. Compound forms (에서는, 에게도 …) are
// listed whole: a reader writes "자활센터에서는" as often as "자활센터에서".
const PARTICLES = [
  "으로부터",
  "에서부터",
  "에서는",
  "에서도",
  "에서의",
  "에게는",
  "에게도",
  "에게서",
  "으로는",
  "으로도",
  "으로서",
  "으로써",
  "이라는",
  "한테서",
  "에서",
  "에게",
  "한테",
  "께서",
  "으로",
  "로서",
  "로써",
  "로는",
  "까지",
  "부터",
  "처럼",
  "보다",
  "마다",
  "이나",
  "이랑",
  "에는",
  "에도",
  "에의",
  "와의",
  "과의",
  "라는",
  "이며",
  "하고",
  "을",
  "를",
  "이",
  "가",
  "은",
  "는",
  "에",
  "로",
  "와",
  "과",
  "의",
  "도",
  "만",
  "나",
  "랑",
  "께",
] as const;

const HANGUL_SYLLABLE = /[\uAC00-\uD7A3]/;
const CHOSEONG_ONLY = /^[ㄱ-ㅎ]+$/;

/**
 * Stems of a word with a trailing particle removed, longest particle first (자활센터에서는 → 자활센터, 자활센터에서).
 * Only Hangul stems of at least two syllables, so 나이 or 도로 are never cut to one letter.
 */
export function particleStems(word: string): string[] {
  const stems: string[] = [];
  if (!HANGUL_SYLLABLE.test(word.slice(-1))) return stems;
  for (const particle of PARTICLES) {
    if (!word.endsWith(particle)) continue;
    const stem = word.slice(0, -particle.length);
    if ([...stem].length >= 2 && HANGUL_SYLLABLE.test(stem.slice(-1)) && !stems.includes(stem)) stems.push(stem);
  }
  return stems;
}

/** 해시태그 표기(#HACCP, ＃MOU)를 뗀 낱말; 표기가 없으면 null. */
export function hashtagName(word: string): string | null {
  const match = /^[#＃]+(.+)$/.exec(word);
  return match ? match[1]! : null;
}

/** True for a term made only of initial consonants (ㅊㄴ), which readers type for 초성 search. */
export function isChoseongQuery(word: string): boolean {
  return CHOSEONG_ONLY.test(word);
}

/** The 초성 of a word, non-Hangul characters dropped (청년내일 → ㅊㄴㄴㅇ). */
export function choseongOf(word: string): string {
  return getChoseong(word.replace(/[^\uAC00-\uD7A3ㄱ-ㅎ]/g, ""));
}

/** Whether a word's 초성 starts with (or, failing that, contains) a 초성 query. */
export function matchesChoseong(word: string, query: string): "prefix" | "contains" | null {
  const initials = choseongOf(word);
  if (initials.startsWith(query)) return "prefix";
  return initials.includes(query) ? "contains" : null;
}

/** Levenshtein distance over the jamo of two strings (계 and 게 differ by one jamo, not one syllable). */
export function jamoDistance(a: string, b: string): number {
  const x = [...disassemble(a.toLowerCase())];
  const y = [...disassemble(b.toLowerCase())];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[y.length]!;
}

/** How many jamo edits a typo may have: about one in four jamo, at least one, at most four. */
export function typoAllowance(word: string): number {
  return Math.min(4, Math.max(1, Math.floor([...disassemble(word)].length / 4)));
}

/**
 * The vocabulary word nearest to `word` within its typo allowance (ties: the more frequent word), or null when
 * the word itself is known or nothing is near enough.
 */
export function nearestWord(word: string, vocabulary: ReadonlyMap<string, number>): string | null {
  if (vocabulary.has(word) || [...word].length < 2) return null;
  const allowance = typoAllowance(word);
  let best: { word: string; distance: number; count: number } | null = null;
  const length = [...word].length;
  for (const [candidate, count] of vocabulary) {
    if (Math.abs([...candidate].length - length) > 2) continue;
    const distance = jamoDistance(word, candidate);
    if (distance === 0 || distance > allowance) continue;
    if (!best || distance < best.distance || (distance === best.distance && count > best.count)) {
      best = { word: candidate, distance, count };
    }
  }
  return best?.word ?? null;
}

/** Words of a title or name for the vocabulary: split on spaces and punctuation, particles removed. */
export function vocabularyWords(text: string): string[] {
  const words: string[] = [];
  for (const raw of text.normalize("NFC").split(/[^\p{L}\p{N}]+/u)) {
    if ([...raw].length < 2) continue;
    words.push(raw);
    const [stem] = particleStems(raw);
    if (stem) words.push(stem);
  }
  return words;
}

/** The particle that fits after a word: particleAfter("청년", "으로/로") → "으로". */
export function particleAfter(word: string, options: "을/를" | "으로/로" | "이/가" | "은/는"): string {
  return josa(word, options).slice(word.length);
}

/** "혹시 ‘청년내일저축계좌’를 찾으셨나요?" with the object particle that fits the word's last syllable. */
export function didYouMeanText(word: string): string {
  return `혹시 ‘${word}’${particleAfter(word, "을/를")} 찾으셨나요?`;
}
