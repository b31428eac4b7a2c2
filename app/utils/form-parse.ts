// The one door every submitted form goes through (actions on the server, Conform's checks in the browser):
// typed text is cleaned of control characters before any schema sees it, a field sent twice gets a Korean
// message, and lengths count what a person sees. Which fields keep line breaks is read from the schema
// (`multiline`, text-fields.ts). Shared by browser and server.
import { parseWithZod } from "@conform-to/zod";
import { z } from "zod";
import { isMultilineField } from "./text-fields";

export { limitText, maxText, multiline, visibleLength } from "./text-fields";

// C0 controls but tab, line feed and carriage return; DEL; C1 controls. NUL, BEL or ESC have no business in a
// name or a memo and end up in staff pages and CSV files.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** Text as a person typed it: control characters removed; line breaks kept only where `multiline`. */
export function cleanText(value: string, multiline: boolean): string {
  const text = value.replace(CONTROL_CHARACTERS, "").replace(/\r\n?/g, "\n");
  return multiline ? text : text.replace(/[\n\t]+/g, " ");
}

/** The payload with every text cleaned; line breaks stay only in the fields the schema marks `multiline`. */
function cleanPayload(payload: FormData | URLSearchParams, schema: z.ZodTypeAny): FormData | URLSearchParams {
  const clean = (name: string, value: string) => cleanText(value, isMultilineField(schema, name));
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

export const DUPLICATE_FIELD_MESSAGE = "같은 항목이 두 번 보내졌습니다. 페이지를 새로 고친 뒤 다시 입력해 주세요.";

// Conform turns a field sent twice into an array; Zod would say "Expected string, received array".
z.setErrorMap((issue, ctx) =>
  issue.code === z.ZodIssueCode.invalid_type && issue.received === "array"
    ? { message: DUPLICATE_FIELD_MESSAGE }
    : { message: ctx.defaultError },
);

/** parseWithZod, on the cleaned payload: use it for every form. */
export const parseForm = ((payload: FormData | URLSearchParams, options: Parameters<typeof parseWithZod>[1]) => {
  const schema = typeof options.schema === "function" ? options.schema(null) : options.schema;
  return parseWithZod(cleanPayload(payload, schema), options);
}) as typeof parseWithZod;

/**
 * Which of `intents` a page's form was sent as (its `intent` field, read like any other field), for a page
 * whose forms each have their own schema; null when it is none of them.
 */
export function parseIntent<const Intents extends readonly [string, ...string[]]>(
  payload: FormData | URLSearchParams,
  intents: Intents,
): Intents[number] | null {
  const submission = parseForm(payload, { schema: z.object({ intent: z.enum(intents) }) });
  return submission.status === "success" ? (submission.value.intent as Intents[number]) : null;
}
