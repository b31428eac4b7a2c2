// The product form's words for each refusal of product-admin.server.ts, and where each message stands.
import type { FieldMessage } from "~/utils/form-reply.server";
import type { ProductRefusalReason } from "./product-admin.server";

export function productRefusal(refusal: { reason: ProductRefusalReason; option?: string }): FieldMessage {
  switch (refusal.reason) {
    case "SLUG_TAKEN":
      return { field: "slug", message: "이미 다른 상품이 쓰는 주소입니다. 다른 주소를 입력해 주세요." };
    case "FOREIGN_OPTION":
      return {
        field: "form",
        message: "다른 상품의 옵션이 섞여 있습니다. 페이지를 새로 고친 뒤 다시 저장해 주세요.",
      };
    case "STALE_STOCK":
      return {
        field: "form",
        message: `${refusal.option} 옵션의 재고가 그사이 주문 등으로 바뀌었습니다. 페이지를 새로 고쳐 지금 재고를 확인한 뒤 다시 저장해 주세요.`,
      };
  }
}
