// Zod pieces for admin forms, shared by browser and server: Korean messages, values as staff type them.
import { z } from "zod";
import { maxText, visibleLength } from "./form-parse";

const trimmed = (value: unknown) => (typeof value === "string" ? value.trim() : value);

/** "3,000", "3000", "3,000원" → 3000; "" → undefined (missing); "2.000", "3,00" or "삼천" → NaN (refused). */
export function parseWonInput(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const text = value.trim().replace(/\s*원$/, "");
  if (text === "") return undefined;
  // Commas only in thousands groups. A sign parses (so the message can say "0 or more"); a point never
  // does: "2.000" is someone's 2,000원, not 2원.
  if (/^-?(\d{1,3}(,\d{3})+|\d+)$/.test(text)) return Number(text.replaceAll(",", ""));
  return Number.NaN;
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
    parseWonInput,
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

/** Required text of at most `max` characters as a person counts them (grapheme clusters). */
export function requiredText(message: string, max: number) {
  return z.preprocess(
    trimmed,
    z
      .string({ required_error: message })
      .min(1, message)
      .refine((text) => visibleLength(text) <= max, `${max}자 이내로 입력해 주세요.`),
  );
}

export function optionalText(max: number) {
  return z.preprocess(trimmed, maxText(max).default(""));
}

/** Addresses in URLs: lowercase letters, digits and single hyphens. */
export function slugInput(what: string) {
  return z.preprocess(
    (v) => (typeof v === "string" ? v.trim().toLowerCase() : v),
    z
      .string({ required_error: `${what} 주소(슬러그)를 입력해 주세요.` })
      .min(2, "2자 이상 입력해 주세요.")
      .max(80, "80자 이내로 입력해 주세요.")
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "영문 소문자, 숫자, 하이픈(-)만 쓸 수 있습니다. (예: gim-jaban)"),
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
  (v) => (typeof v === "string" ? v.replace(/\D/g, "") : v),
  z
    .string()
    .regex(/^0\d{8,10}$/, "전화번호를 062-123-4567 형식으로 입력해 주세요.")
    .optional(),
);

export const emailInput = z.preprocess(
  (v) => (typeof v === "string" ? v.trim().toLowerCase() : v),
  z
    .string({ required_error: "이메일을 입력해 주세요." })
    .max(100, "100자 이내로 입력해 주세요.")
    .email("이메일 주소를 정확히 입력해 주세요."),
);
