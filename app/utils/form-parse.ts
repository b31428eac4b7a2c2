// The one door every submitted form goes through (actions on the server, Conform's checks in the browser):
// typed text is cleaned of control characters before any schema sees it, a field sent twice gets a Korean
// message, and lengths count what a person sees. Shared by browser and server.
import { parseWithZod } from "@conform-to/zod";
import { z } from "zod";

/** Fields typed in a <textarea>: the only ones that keep line breaks (and tabs). */
export const MULTILINE_FIELDS = new Set([
  "body",
  "summary",
  "description",
  "reviewNote",
  "reason",
  "note",
  "giftMessage",
  "closing",
  "message",
  // 상품정보제공고시 items are typed in textareas
  "foodName",
  "foodType",
  "manufacturer",
  "manufacturedOn",
  "shelfLife",
  "contents",
  "ingredients",
  "origin",
  "nutrition",
  "gmo",
  "cautions",
  "imported",
  "storage",
]);

// C0 controls but tab, line feed and carriage return; DEL; C1 controls. NUL, BEL or ESC have no business in a
// name or a memo and end up in staff pages and CSV files.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** Text as a person typed it: control characters removed; line breaks kept only where `multiline`. */
export function cleanText(value: string, multiline: boolean): string {
  const text = value.replace(CONTROL_CHARACTERS, "").replace(/\r\n?/g, "\n");
  return multiline ? text : text.replace(/[\n\t]+/g, " ");
}

function cleanPayload(payload: FormData | URLSearchParams): FormData | URLSearchParams {
  const clean = (name: string, value: string) => cleanText(value, MULTILINE_FIELDS.has(name));
  if (payload instanceof URLSearchParams) {
    return new URLSearchParams([...payload.entries()].map(([name, value]) => [name, clean(name, value)]));
  }
  const cleaned = new FormData();
  for (const [name, value] of payload.entries()) {
    if (typeof value === "string") cleaned.append(name, clean(name, value));
    else cleaned.append(name, value);
  }
  return cleaned;
}

const segmenter = new Intl.Segmenter("ko", { granularity: "grapheme" });

/** Characters as a person counts them: a family emoji or a decomposed 한글 syllable is one. */
export function visibleLength(text: string): number {
  let count = 0;
  for (const _ of segmenter.segment(text)) count++;
  return count;
}

/** A text of at most `max` visible characters (grapheme clusters, not UTF-16 units). */
export function maxText(max: number, message = `${max}자 이내로 입력해 주세요.`) {
  return z.string().refine((text) => visibleLength(text) <= max, message);
}

export const DUPLICATE_FIELD_MESSAGE = "같은 항목이 두 번 보내졌습니다. 페이지를 새로 고친 뒤 다시 입력해 주세요.";

// Conform turns a field sent twice into an array; Zod would say "Expected string, received array".
z.setErrorMap((issue, ctx) =>
  issue.code === z.ZodIssueCode.invalid_type && issue.received === "array"
    ? { message: DUPLICATE_FIELD_MESSAGE }
    : { message: ctx.defaultError },
);

/** parseWithZod, on the cleaned payload: use it for every form. */
export const parseForm = ((payload: FormData | URLSearchParams, options: Parameters<typeof parseWithZod>[1]) =>
  parseWithZod(cleanPayload(payload), options)) as typeof parseWithZod;
