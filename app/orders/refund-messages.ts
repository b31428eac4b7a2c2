// Korean for the admin order page: why a refund was refused, and the notice after one went through.
import type { Refusal } from "~/utils/command-result";
import { formatWon } from "~/utils/format";
import type { RefundRefusal, RefundResult } from "./refunds.server";

const REFUSAL_MESSAGE: Record<Exclude<RefundRefusal, "AMOUNT_OUT_OF_RANGE" | "PROVIDER_UNREACHABLE">, string> = {
  PART_NOT_FOUND: "이 주문의 센터별 상품을 찾을 수 없습니다.",
  NO_PAYMENT: "결제 정보를 찾을 수 없어 환불할 수 없습니다.",
  FULLY_REFUNDED: "이미 전액 환불된 상품입니다.",
  PART_SHIPPED: "이미 발송된 상품은 취소할 수 없습니다. 부분 환불을 이용해 주세요.",
  PROVIDER_DECLINED: "결제사가 환불을 거절했습니다.",
  ORDER_NOT_FOUND: "결제된 주문을 찾을 수 없습니다.",
  ORDER_SHIPPED: "이미 발송된 센터 상품이 있어 전체 취소할 수 없습니다. 센터별로 처리해 주세요.",
  NOTHING_LEFT: "환불할 금액이 남아 있지 않습니다.",
};

export function refundRefusalMessage(refusal: Refusal<RefundResult>): string {
  switch (refusal.reason) {
    case "AMOUNT_OUT_OF_RANGE":
      return `환불 금액은 1원 이상 ${formatWon(refusal.refundable ?? 0)} 이하로 입력해 주세요.`;
    case "PROVIDER_UNREACHABLE":
      return `결제사에 환불을 요청하지 못했습니다. 잠시 뒤 다시 시도해 주세요. (${refusal.detail ?? ""})`;
    default:
      return REFUSAL_MESSAGE[refusal.reason];
  }
}

/** Notices of the admin order page after a cancellation or refund. */
export function refundNoticeText(notice: string | null): string | null {
  const match = notice ? /^(cancelled|refunded)-(\d+)$/.exec(notice) : null;
  if (!match) return null;
  const amount = formatWon(Number(match[2]));
  return match[1] === "cancelled"
    ? `취소하고 ${amount}을 환불 요청했습니다. 재고가 복구되었습니다.`
    : `${amount}을 환불 요청했습니다.`;
}
