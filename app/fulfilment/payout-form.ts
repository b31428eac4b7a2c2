// The admin's forms for a center's monthly 정산: 확정, 지급 완료 (with the transfer's date and a memo), 확정 취소.
// Shared by the browser (Conform) and the action.
import { z } from "zod";
import type { SettlementPayoutStatus } from "~/generated/prisma/enums";
import { optionalText } from "~/utils/form-inputs";
import { parseMonth } from "./settlement-month";

export type PayoutStatus = SettlementPayoutStatus;
export const PAYOUT_STATUS_LABEL: Record<PayoutStatus, string> = { CONFIRMED: "정산 확정", PAID: "지급 완료" };

const monthField = z.string().refine((v) => parseMonth(v) !== null, "정산 월이 올바르지 않습니다.");
const centerField = z.coerce.number({ invalid_type_error: "센터를 찾을 수 없습니다." }).int().positive();

/** "2024-01-10" that is a real calendar day (not 2024-02-30). */
export function isCalendarDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const payoutSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("confirm"), centerId: centerField, month: monthField }),
  z.object({ intent: z.literal("reopen"), centerId: centerField, month: monthField }),
  z.object({
    intent: z.literal("pay"),
    centerId: centerField,
    month: monthField,
    paidOn: z
      .string({ required_error: "지급일을 입력해 주세요." })
      .trim()
      .refine(isCalendarDay, "지급일을 2024-01-10 형식의 날짜로 입력해 주세요."),
    memo: optionalText(200),
  }),
]);
export type PayoutInput = z.infer<typeof payoutSchema>;
