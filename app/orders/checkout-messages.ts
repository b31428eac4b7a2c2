// The checkout refusals in Korean, beside the form.
import { formatWon } from "~/utils/format";
import type { PlaceCheckoutResult } from "./place-checkout.server";

type Refusal = Extract<PlaceCheckoutResult, { ok: false }>;

export function checkoutRefusalMessage(refusal: Refusal): string {
  if (refusal.reason === "POLICY_CHANGED") {
    return "주문서를 여신 뒤 약관이 바뀌었습니다. 바뀐 약관을 확인하시고 다시 동의해 주세요.";
  }
  if (refusal.reason === "AMOUNT_CHANGED" && refusal.amount) {
    const { total, surchargeLabel, perParcel, parcels } = refusal.amount;
    const why = surchargeLabel
      ? ` (${surchargeLabel} 추가 배송비 ${formatWon(perParcel)} × ${parcels}상자 포함)`
      : " (추가 배송비 없음)";
    return `결제 금액이 ${formatWon(total)}으로 바뀌었습니다${why}. 바뀐 금액을 확인하시고 다시 결제하기를 눌러 주세요.`;
  }
  return refusal.message ?? "주문을 처리하지 못했습니다. 장바구니를 확인해 주세요.";
}
