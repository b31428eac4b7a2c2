// The form that publishes a new version of a policy (/admin/policies/:slug).
import { z } from "zod";
import { parseKstInput } from "~/cms/kst-input";
import { plainText } from "~/utils/form-inputs";

export const policySchema = z.object({
  body: plainText(50_000, { multiline: true, required: "본문을 입력해 주세요." }),
  effectiveAt: z.preprocess(
    (v) => (typeof v === "string" && v.trim() ? (parseKstInput(v) ?? "invalid") : undefined),
    z.date({
      required_error: "시행 일시를 입력해 주세요.",
      invalid_type_error: "시행 일시를 2026-01-05 09:00 형식으로 입력해 주세요.",
    }),
  ),
  note: plainText(200),
});

/** Earlier versions stay as they were: a new one may start now or later, never in the past. */
export function effectiveAtProblem(effectiveAt: Date, now = new Date()) {
  return effectiveAt.getTime() < now.getTime() - 10 * 60_000 ? "시행 일시는 지금 이후로 정해 주세요." : null;
}
