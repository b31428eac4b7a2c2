// Zod pieces for admin forms, shared by browser and server: Korean messages, values as staff type them.
import { z } from "zod";
import { atLeastText, limitText, maxText, multiline as markMultiline } from "./text-fields";

const trimmed = (value: unknown) => (typeof value === "string" ? value.trim() : value);

/**
 * The one reading of a whole number a person typed: full-width digits count (NFKC), spaces around are
 * dropped, commas only in thousands groups. "" → undefined (missing); "5,0,0,0", "2.000", "1e3", "5 000"
 * or "삼천" → NaN (refused). A sign parses, so the schema can say "0 or more" rather than "not a number".
 */
function parseWholeNumber(value: unknown, unit?: RegExp): unknown {
  if (typeof value !== "string") return value;
  let text = value.normalize("NFKC").trim();
  if (unit) text = text.replace(unit, "");
  if (text === "") return undefined;
  // A point never parses: "2.000" is someone's 2,000원, not 2원.
  if (/^-?(\d{1,3}(,\d{3})+|\d+)$/.test(text)) return Number(text.replaceAll(",", ""));
  return Number.NaN;
}

/** Won as typed: "3,000", "3000", "3,000원", "３０００" → 3000 (see parseWholeNumber). */
export function parseWonInput(value: unknown): unknown {
  return parseWholeNumber(value, /\s*원$/);
}

/** A count as typed (stock, quantity, pack size): "1,200", "１２" → numbers; no unit word. */
export function parseCountInput(value: unknown): unknown {
  return parseWholeNumber(value);
}

/** Telephone numbers and postal codes as typed: only the digits count ("062-123 4567" → "0621234567"). */
export function parseDigitsInput(value: unknown): unknown {
  return typeof value === "string" ? value.normalize("NFKC").replace(/\D/g, "") : value;
}

/** How a saved amount appears in an input: 3000 → "3,000" (parseWonInput reads it back). */
export function amountInputValue(amount: number): string {
  return new Intl.NumberFormat("ko-KR", { maximumFractionDigits: 0 }).format(amount);
}

/** The word with its particle: withParticle("가격", "을", "를") → "가격을", ("재고", …) → "재고를". */
export function withParticle(word: string, afterConsonant: string, afterVowel: string) {
  const code = word.charCodeAt(word.length - 1) - 0xac00;
  const hasFinal = code >= 0 && code < 11172 && code % 28 !== 0;
  return word + (hasFinal ? afterConsonant : afterVowel);
}

/** A whole, non-negative amount of won, e.g. wonInput("가격"). */
export function wonInput(name: string, max = 100_000_000) {
  const object = withParticle(name, "을", "를");
  const subject = withParticle(name, "은", "는");
  return z.preprocess(
    parseWonInput,
    z
      .number({
        required_error: `${object} 입력해 주세요.`,
        invalid_type_error: `${subject} 숫자로 입력해 주세요. (예: 3000 또는 3,000)`,
      })
      .int(`${subject} 원 단위 정수로 입력해 주세요.`)
      .min(0, `${subject} 0원 이상이어야 합니다.`)
      .max(max, `${subject} 너무 큽니다.`),
  );
}

/** A whole number such as stock or pack size; commas allowed. */
export function countInput(name: string, { min = 0, max = 1_000_000 } = {}) {
  const object = withParticle(name, "을", "를");
  const subject = withParticle(name, "은", "는");
  return z.preprocess(
    parseCountInput,
    z
      .number({
        required_error: `${object} 입력해 주세요.`,
        invalid_type_error: `${subject} 숫자로 입력해 주세요.`,
      })
      .int(`${subject} 정수로 입력해 주세요.`)
      .min(min, `${subject} ${min} 이상이어야 합니다.`)
      .max(max, `${subject} 너무 큽니다.`),
  );
}

/**
 * Required text of at most `max` characters as a person counts them (grapheme clusters); `tooLong` words
 * the length refusal when "N자 이내로 입력해 주세요." is not the form's own.
 */
export function requiredText(message: string, max: number, tooLong?: string) {
  return z.preprocess(trimmed, limitText(z.string({ required_error: message }).min(1, message), max, tooLong));
}

/** Optional text of at most `max` characters; "" when left empty; `multiline` for a <textarea>. */
export function optionalText(max: number, { multiline = false }: { multiline?: boolean } = {}) {
  const schema = z.preprocess(trimmed, maxText(max).default(""));
  return multiline ? markMultiline(schema) : schema;
}

/** Addresses in URLs: lowercase letters, digits and single hyphens. */
export function slugInput(what: string) {
  return z.preprocess(
    (v) => (typeof v === "string" ? v.trim().toLowerCase() : v),
    atLeastText(
      limitText(z.string({ required_error: `${what} 주소(슬러그)를 입력해 주세요.` }), 80),
      2,
      "2자 이상 입력해 주세요.",
    ).pipe(
      z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "영문 소문자, 숫자, 하이픈(-)만 쓸 수 있습니다. (예: gim-jaban)"),
    ),
  );
}

/** An unchecked box sends nothing; a checked one sends "on". */
export const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()).default(false);

/** An id picked from a <select>; "" means none. */
export function idInput(message: string) {
  return z.preprocess(
    (v) => (typeof v === "string" && /^\d+$/.test(v) ? Number(v) : v),
    z.number({ required_error: message, invalid_type_error: message }).int().positive(message),
  );
}

/** Korean telephone numbers, stored as digits. */
export const phoneInput = z.preprocess(
  parseDigitsInput,
  z
    .string()
    .regex(/^0\d{8,10}$/, "전화번호를 062-123-4567 형식으로 입력해 주세요.")
    .optional(),
);

export const emailInput = z.preprocess(
  (v) => (typeof v === "string" ? v.trim().toLowerCase() : v),
  limitText(z.string({ required_error: "이메일을 입력해 주세요." }), 100).pipe(
    z.string().email("이메일 주소를 정확히 입력해 주세요."),
  ),
);

// C0/C1 control characters (other than line breaks and tabs in multi-line text) are never typed by a
// person; they come from pasted garbage or attacks on what prints or exports the text.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_SINGLE_LINE = /[\u0000-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex -- as above
const CONTROL_MULTI_LINE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
export const CONTROL_CHAR_MESSAGE = "보이지 않는 제어 문자가 들어 있습니다. 지우고 다시 입력해 주세요.";

/** Text of at most `max` characters without control characters; "" when left empty. */
export function plainText(
  max: number,
  { multiline = false, required }: { multiline?: boolean; required?: string } = {},
) {
  // Counted as a person sees it (a family emoji is one), not in UTF-16 units.
  const base = limitText(z.string({ required_error: required }).trim(), max).refine(
    (v) => !(multiline ? CONTROL_MULTI_LINE : CONTROL_SINGLE_LINE).test(v),
    CONTROL_CHAR_MESSAGE,
  );
  // Conform sends an empty field as undefined: required text reports `required`, optional text becomes "".
  const schema = required ? base.refine((v) => v.length > 0, required) : base.optional().transform((v) => v ?? "");
  return multiline ? markMultiline(schema) : schema;
}
