// 반품 배송비 as the returns policy (교환·반품·환불 안내, app/policies/policy-drafts.ts) states it: for a reason of
// the customer's (단순 변심, 기타), the center's one-way fee (Center.shippingFee, plus the part's 제주·도서산간
// surcharge) comes off the refund, and the first delivery's fee too when the part shipped free; for the seller's
// reasons (파손, 상품 불량, 오배송, 표시·광고와 다름) the seller bears everything. Pure: the order page shows it before the request is
// sent, and the request records it when opened.

/** Reasons the seller answers for: nothing is deducted. Every other return reason is the customer's. */
export const SELLER_FAULT_RETURN_REASONS = ["파손", "상품 불량", "오배송", "표시·광고와 다름"] as const;

export function customerPaysReturn(reasonCode: string): boolean {
  return !(SELLER_FAULT_RETURN_REASONS as readonly string[]).includes(reasonCode);
}

export type ReturnFeePart = {
  /** The center's per-parcel fee now (what a parcel back costs it). */
  centerShippingFee: number;
  /** What the customer paid for this part's delivery: 0 when it shipped free. */
  shippingFee: number;
  surcharge: number;
};

/** The return shipping fee the customer bears when they send the part back of their own accord. */
export function customerReturnFee(part: ReturnFeePart): number {
  const back = part.centerShippingFee + part.surcharge;
  return part.shippingFee === 0 ? back + part.centerShippingFee : back;
}

/** What a return request deducts: the customer's fee for their own reasons, 0 for the seller's. */
export function returnFeeFor(kind: string, reasonCode: string, part: ReturnFeePart): number {
  return kind === "RETURN" && customerPaysReturn(reasonCode) ? customerReturnFee(part) : 0;
}
