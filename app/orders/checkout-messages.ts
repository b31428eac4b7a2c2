// The Korean for why an order could not be placed or paid (the codes of placeCheckout, placeOrder and
// startPayment), shown beside the checkout form.
import type { Refusal } from "~/utils/command-result";
import { formatWon } from "~/utils/format";
import type { PlaceCheckoutResult } from "./place-checkout.server";

type CheckoutRefusal = Refusal<PlaceCheckoutResult> | { ok: false; reason: "NO_PAYMENT_METHOD" };

export function checkoutRefusalMessage(refusal: CheckoutRefusal): string {
  switch (refusal.reason) {
    case "EMPTY_CART":
      return "장바구니가 비어 있습니다.";
    case "STALE_CART":
      return "장바구니의 상품 정보가 바뀌었습니다. 장바구니를 확인해 주세요.";
    case "OUT_OF_STOCK":
      return `${refusal.item ?? "상품"}의 재고가 부족하거나 가격이 바뀌었습니다.`;
    case "NO_PAYMENT_METHOD":
      return "결제 수단이 설정되지 않았습니다.";
    case "POLICY_CHANGED":
      return "주문서를 여신 뒤 약관이 바뀌었습니다. 바뀐 약관을 확인하시고 다시 동의해 주세요.";
    case "AMOUNT_CHANGED": {
      if (!refusal.amount) return "결제 금액이 바뀌었습니다. 바뀐 금액을 확인하시고 다시 결제하기를 눌러 주세요.";
      const { total, surchargeLabel, perParcel, parcels } = refusal.amount;
      const why = surchargeLabel
        ? ` (${surchargeLabel} 추가 배송비 ${formatWon(perParcel)} × ${parcels}상자 포함)`
        : " (추가 배송비 없음)";
      return `결제 금액이 ${formatWon(total)}으로 바뀌었습니다${why}. 바뀐 금액을 확인하시고 다시 결제하기를 눌러 주세요.`;
    }
  }
}
