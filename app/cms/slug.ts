// Article addresses (/news/<slug>) are lowercase ASCII words joined by hyphens, like the seeded ones
// ("bukgu-dongsin-winter-bazaar", "matsarang-feasibility"). Korean titles are romanized with the
// Revised Romanization of Korean, syllable by syllable, so "서구 김장 나눔" becomes "seogu-gimjang-nanum".

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX_LENGTH = 80;
const GENERATED_MAX_LENGTH = 60;

const INITIALS = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"];
const MEDIALS = [
  "a",
  "ae",
  "ya",
  "yae",
  "eo",
  "e",
  "yeo",
  "ye",
  "o",
  "wa",
  "wae",
  "oe",
  "yo",
  "u",
  "wo",
  "we",
  "wi",
  "yu",
  "eu",
  "ui",
  "i",
];
// Final consonants as pronounced at the end of a syllable…
const FINALS = [
  "",
  "k",
  "k",
  "k",
  "n",
  "n",
  "n",
  "t",
  "l",
  "k",
  "m",
  "l",
  "l",
  "l",
  "p",
  "l",
  "m",
  "p",
  "p",
  "t",
  "t",
  "ng",
  "t",
  "t",
  "k",
  "t",
  "p",
  "t",
];
// …and when the next syllable starts with a silent ㅇ, the consonant carries over ("음악" → "eumak").
const LINKED_FINALS: Record<number, string> = {
  1: "g",
  2: "kk",
  4: "n",
  7: "d",
  8: "r",
  16: "m",
  17: "b",
  19: "s",
  20: "ss",
  22: "j",
  23: "ch",
  24: "k",
  25: "t",
  26: "p",
  27: "",
};
const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;
const SILENT_INITIAL = 11;
const RIEUL_INITIAL = 5;
const RIEUL_FINAL = 8;

type Syllable = { initial: number; medial: number; final: number };

function decompose(ch: string): Syllable | null {
  const code = ch.codePointAt(0)!;
  if (code < HANGUL_FIRST || code > HANGUL_LAST) return null;
  const offset = code - HANGUL_FIRST;
  return { initial: Math.floor(offset / 588), medial: Math.floor((offset % 588) / 28), final: offset % 28 };
}

/** Romanizes the Hangul syllables of `text`; other characters pass through unchanged. */
export function romanize(text: string): string {
  const chars = [...text.normalize("NFC")];
  let out = "";
  for (let i = 0; i < chars.length; i++) {
    const s = decompose(chars[i]!);
    if (!s) {
      out += chars[i];
      continue;
    }
    const prev = i > 0 ? decompose(chars[i - 1]!) : null;
    const next = decompose(chars[i + 1] ?? "");
    // ㄹ after ㄹ is "l" ("설립" → "seollip"); an initial after a linked final is already written.
    let initial = INITIALS[s.initial]!;
    if (s.initial === RIEUL_INITIAL && prev?.final === RIEUL_FINAL) initial = "l";
    const linked = next?.initial === SILENT_INITIAL ? LINKED_FINALS[s.final] : undefined;
    out += initial + MEDIALS[s.medial]! + (linked ?? FINALS[s.final]!);
  }
  return out;
}

/**
 * A slug for a title: romanized, lowercase, words joined by "-", at most 60 characters (cut between
 * words). Year/month/day counters after numbers are dropped ("2024년 1월" → "2024-1").
 */
export function slugify(title: string): string {
  const words = romanize(title.normalize("NFC").replace(/(\d+)\s*(년|월|일)/g, "$1 "))
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = "";
  for (const word of words) {
    const candidate = slug ? `${slug}-${word}` : word;
    if (candidate.length > GENERATED_MAX_LENGTH) break;
    slug = candidate;
  }
  return slug || (words[0]?.slice(0, GENERATED_MAX_LENGTH) ?? "") || "article";
}

/** "seogu-gimjang" → "seogu-gimjang-2" → "seogu-gimjang-3"… */
export function numberedSlug(base: string, n: number): string {
  return n <= 1 ? base : `${base.slice(0, SLUG_MAX_LENGTH - String(n).length - 1)}-${n}`;
}
