// Length limits and line breaks of typed text, declared by the schema itself (shared by browser and server):
// a limit counts what a person sees (grapheme clusters), and a field keeps its line breaks only when its
// schema says `multiline(…)`; parseForm reads that marker from the schema (see form-parse.ts).
import { z } from "zod";

const segmenter = new Intl.Segmenter("ko", { granularity: "grapheme" });

// Segmenting one long string is quadratic in V8 (20,000 flags: 9 s), so the text is segmented in short
// chunks: every boundary but the chunk's last is a true one (a boundary depends only on what comes before
// it and the character after it), and the next chunk starts at that last boundary.
const CHUNK = 256;

/** Characters as a person counts them: a family emoji or a decomposed 한글 syllable is one. */
export function visibleLength(text: string, stopAbove = Infinity): number {
  let count = 0;
  let start = 0;
  let size = CHUNK;
  while (start < text.length) {
    let end = start + size;
    if (end >= text.length) {
      for (const _ of segmenter.segment(text.slice(start))) count++;
      return count;
    }
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff) end -= 1; // never cut a surrogate pair
    const starts = Array.from(segmenter.segment(text.slice(start, end)), (segment) => segment.index);
    if (starts.length < 2) {
      size *= 2; // one character longer than the chunk (a pile of combining marks)
      continue;
    }
    count += starts.length - 1;
    if (count > stopAbove) return count;
    start += starts[starts.length - 1]!;
    size = CHUNK;
  }
  return count;
}

/** Whether `text` has at most `max` visible characters (never more than its UTF-16 length). */
export function fitsLength(text: string, max: number): boolean {
  return text.length <= max || visibleLength(text, max) <= max;
}

export const lengthMessage = (max: number) => `${max}자 이내로 입력해 주세요.`;

/** The first `max` visible characters of `text`, never a family emoji or a flag cut in half. */
export function truncateVisible(text: string, max: number): string {
  // Segmenting is costly on a long text: look at a head long enough for `max` usual characters, and at a
  // longer one only when it holds fewer (a pile of combining marks).
  for (let size = Math.max(max * 8, 64); ; size *= 2) {
    const head = size >= text.length ? text : text.slice(0, size);
    const segments = Array.from(segmenter.segment(head), (segment) => segment.segment);
    if (head !== text) segments.pop(); // the head may end inside a character
    if (head === text || segments.length >= max) return segments.slice(0, max).join("");
  }
}

/**
 * `text` (a z.string() with its trims and minimums) limited to `max` visible characters — never zod's
 * `.max()`, which counts UTF-16 units. Checks that only make sense on a short enough text (an email, a
 * pattern) follow with `.pipe(z.string().email(…))`.
 */
export function limitText(text: z.ZodString, max: number, message = lengthMessage(max)) {
  return text.refine((value) => fitsLength(value, max), message);
}

/**
 * `text` required to have at least `min` visible characters — never zod's `.min(n)` for n above 1, which
 * counts UTF-16 units (a family emoji would count 11). `.min(1)` ("not empty") means the same either way.
 */
export function atLeastText<T extends z.ZodType<string>>(text: T, min: number, message: string) {
  return text.refine((value) => visibleLength(value, min) >= min, message);
}

/** A text of at most `max` visible characters. */
export function maxText(max: number, message = lengthMessage(max)) {
  return limitText(z.string(), max, message);
}

const multilineSchemas = new WeakSet<z.ZodTypeAny>();

/** Marks a field typed in a <textarea>: the only kind that keeps line breaks (and tabs). */
export function multiline<T extends z.ZodTypeAny>(schema: T): T {
  multilineSchemas.add(schema);
  return schema;
}

/** The schemas one wrapper holds (optional, default, effects, pipe…), so a marker is found under them. */
function inner(schema: z.ZodTypeAny): z.ZodTypeAny[] {
  const def = schema._def as Record<string, unknown>;
  if (schema instanceof z.ZodEffects) return [def.schema as z.ZodTypeAny];
  if (schema instanceof z.ZodPipeline) return [def.in as z.ZodTypeAny, def.out as z.ZodTypeAny];
  if (schema instanceof z.ZodBranded) return [def.type as z.ZodTypeAny];
  if (schema instanceof z.ZodLazy) return [(def.getter as () => z.ZodTypeAny)()];
  return def.innerType ? [def.innerType as z.ZodTypeAny] : [];
}

function isMarked(schema: z.ZodTypeAny): boolean {
  return multilineSchemas.has(schema) || inner(schema).some(isMarked);
}

/** The schemas a form field name's next part (`variants[0].name` → "variants", "0", "name") leads to. */
function children(schema: z.ZodTypeAny, key: string): z.ZodTypeAny[] {
  if (schema instanceof z.ZodObject) {
    const child = (schema.shape as Record<string, z.ZodTypeAny>)[key];
    return child ? [child] : [];
  }
  if (schema instanceof z.ZodArray) return /^\d+$/.test(key) ? [schema.element] : [];
  if (schema instanceof z.ZodUnion || schema instanceof z.ZodDiscriminatedUnion) {
    return (schema.options as z.ZodTypeAny[]).flatMap((option) => children(option, key));
  }
  if (schema instanceof z.ZodIntersection) {
    return [...children(schema._def.left, key), ...children(schema._def.right, key)];
  }
  return inner(schema).flatMap((wrapped) => children(wrapped, key));
}

const answers = new WeakMap<z.ZodTypeAny, Map<string, boolean>>();

/** Whether the form field `name` is declared `multiline` by `schema`. */
export function isMultilineField(schema: z.ZodTypeAny, name: string): boolean {
  let known = answers.get(schema);
  if (!known) answers.set(schema, (known = new Map()));
  let answer = known.get(name);
  if (answer === undefined) {
    let nodes = [schema];
    for (const key of name.match(/[^.[\]]+/g) ?? []) nodes = nodes.flatMap((node) => children(node, key));
    answer = nodes.some(isMarked);
    known.set(name, answer);
  }
  return answer;
}
