import { z } from "zod";
import { formatWon } from "~/utils/format";
import { parseWonInput } from "~/utils/form-inputs";
import { limitText } from "~/utils/text-fields";

// One schema for the four buttons of the admin order page. The idempotency key is made when the page
// is rendered, so a double submit (or a retried request) carries the same key and refunds once.
const key = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, "페이지를 새로 고친 뒤 다시 시도해 주세요.");
const reason = limitText(z.string().trim(), 200, "사유는 200자 이내로 적어 주세요.")
  .optional()
  .transform((value) => value ?? "");
const partId = z.coerce.number({ invalid_type_error: "센터를 찾을 수 없습니다." }).int().positive();

/** "5,000" or "5000원" → 5000, read by the app's one won parser; empty → null (everything left). */
const WON_MESSAGE = "환불 금액은 원 단위 숫자로 입력해 주세요.";
const wonAmount = z
  .preprocess(
    parseWonInput,
    z
      .number({ invalid_type_error: WON_MESSAGE })
      .int(WON_MESSAGE)
      .min(0, WON_MESSAGE)
      .max(999_999_999, WON_MESSAGE)
      .optional(),
  )
  .transform((value) => value ?? null);

export const refundSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("refund-part"), fulfilmentId: partId, amount: wonAmount, reason, key }),
  z.object({ intent: z.literal("cancel-part"), fulfilmentId: partId, reason, key }),
  z.object({ intent: z.literal("refund-order"), reason, key }),
  z.object({ intent: z.literal("cancel-order"), reason, key }),
]);
export type RefundFormInput = z.infer<typeof refundSchema>;

/** The message for an amount outside 1원 … what is left (the same words the server's refusal uses). */
export function refundRangeMessage(refundable: number) {
  return `환불 금액은 1원 이상 ${formatWon(refundable)} 이하로 입력해 주세요.`;
}

/** The browser's check of a part's refund: the schema plus the amount still refundable, shown on the page. */
export function refundSchemaFor(refundable: number) {
  return refundSchema.superRefine((value, ctx) => {
    if (value.intent !== "refund-part" || value.amount === null) return;
    if (value.amount < 1 || value.amount > refundable) {
      ctx.addIssue({ code: "custom", path: ["amount"], message: refundRangeMessage(refundable) });
    }
  });
}

/** The id of the form an intent came from: each part has a cancel and a refund form, the order one more. */
export function refundFormId(intent: string, fulfilmentId: string | number = "") {
  if (intent === "cancel-part") return `cancel-${fulfilmentId}`;
  if (intent === "refund-part") return `refund-${fulfilmentId}`;
  return "whole-order";
}
