// The Korean for a refused cart change (the codes of cart.server), and the field it belongs beside.
import { MAX_QUANTITY, type CartResult } from "./cart.server";
import type { Refusal } from "~/utils/command-result";

export function cartRefusalError(refusal: Refusal<CartResult>): { field: string; message: string } {
  switch (refusal.reason) {
    case "NOT_FOR_SALE":
      return { field: "variantId", message: "판매하지 않는 상품입니다." };
    case "SOLD_OUT":
      return { field: "variantId", message: "품절된 상품입니다." };
    case "NOT_IN_CART":
      return { field: "itemId", message: "장바구니에 없는 상품입니다." };
    case "OVER_MAX":
      return { field: "quantity", message: `한 상품은 최대 ${MAX_QUANTITY}개까지 담을 수 있습니다.` };
    case "OVER_STOCK":
      return { field: "quantity", message: `재고가 부족합니다. 남은 수량은 ${refusal.stock}개입니다.` };
  }
}
