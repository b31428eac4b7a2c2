// Hashtags are typed as free text ("#김장 #나눔", "김장, 나눔") and stored as Tag names without the "#".
import { visibleLength } from "~/utils/text-fields";

export const MAX_HASHTAGS = 10;
export const MAX_HASHTAG_LENGTH = 30;
const VALID = /^[\p{L}\p{N}_]+$/u;

export type ParsedHashtags = { tags: string[]; error?: string };

export function parseHashtags(input: string | null | undefined): ParsedHashtags {
  const tags: string[] = [];
  for (const raw of (input ?? "").normalize("NFC").split(/[\s,，、]+/)) {
    const tag = raw.replace(/^#+/, "");
    if (!tag) continue;
    if (!VALID.test(tag)) {
      return { tags, error: `‘${tag}’: 해시태그에는 글자, 숫자, 밑줄(_)만 쓸 수 있습니다.` };
    }
    if (visibleLength(tag) > MAX_HASHTAG_LENGTH) {
      return { tags, error: `해시태그는 하나에 ${MAX_HASHTAG_LENGTH}자 이내로 입력해 주세요.` };
    }
    if (!tags.some((t) => t.toLowerCase() === tag.toLowerCase())) tags.push(tag);
  }
  if (tags.length > MAX_HASHTAGS) return { tags, error: `해시태그는 ${MAX_HASHTAGS}개까지 달 수 있습니다.` };
  return { tags };
}

/** ["김장", "나눔"] → "#김장 #나눔", the form's way of showing them. */
export function formatHashtags(tags: string[]): string {
  return tags.map((t) => `#${t}`).join(" ");
}
