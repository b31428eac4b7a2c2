// The description (대체 텍스트) of a product photo, typed beside the upload and in the photo list.
import { cleanText } from "~/utils/form-parse";
import { fitsLength, lengthMessage } from "~/utils/text-fields";

export const ALT_REQUIRED = "사진 설명(대체 텍스트)을 입력해 주세요. 화면을 읽어 주는 프로그램이 이 글을 읽습니다.";
export const MAX_ALT = 200;

/** The typed description (one line, control characters removed), or the refusal; counted as a person sees it. */
export function readAlt(value: FormDataEntryValue | null): { ok: true; alt: string } | { ok: false; message: string } {
  const alt = typeof value === "string" ? cleanText(value, false).trim() : "";
  if (!alt) return { ok: false, message: ALT_REQUIRED };
  if (!fitsLength(alt, MAX_ALT)) return { ok: false, message: `사진 설명은 ${lengthMessage(MAX_ALT)}` };
  return { ok: true, alt };
}
