// The Korean for why an order could not be placed or paid (the codes of placeOrder and startPayment).
import type { Refusal } from "~/utils/command-result";
import type { PlaceOrderResult } from "./orders.server";

type CheckoutRefusal = Refusal<PlaceOrderResult> | { ok: false; reason: "NO_PAYMENT_METHOD" };

export function checkoutRefusalMessage(refusal: CheckoutRefusal): string {
  switch (refusal.reason) {
    case "EMPTY_CART":
      return "장바구니가 비어 있습니다.";
    case "STALE_CART":
      return "장바구니의 상품 정보가 바뀌었습니다. 장바구니를 확인해 주세요.";
    case "OUT_OF_STOCK":
      return `${refusal.item}의 재고가 부족하거나 가격이 바뀌었습니다.`;
    case "NO_PAYMENT_METHOD":
      return "결제 수단이 설정되지 않았습니다.";
  }
}
