// 반품 배송비 as the returns policy states it (교환·반품·환불 안내 › 반품 배송비).
import { describe, expect, it } from "vitest";
import { customerReturnFee, returnFeeFor } from "~/orders/return-shipping";

const paidShipping = { centerShippingFee: 3000, shippingFee: 3000, surcharge: 0 };

describe("return shipping fee", () => {
  it("is the center's one-way fee for the customer's reasons, nothing for the seller's", () => {
    expect(returnFeeFor("RETURN", "단순 변심", paidShipping)).toBe(3000);
    expect(returnFeeFor("RETURN", "기타", paidShipping)).toBe(3000);
    for (const reason of ["파손", "상품 불량", "오배송", "표시·광고와 다름"])
      expect(returnFeeFor("RETURN", reason, paidShipping)).toBe(0);
  });

  it("adds the 제주·도서산간 surcharge, and the first delivery's fee when the part shipped free", () => {
    expect(customerReturnFee({ ...paidShipping, surcharge: 3000 })).toBe(6000);
    expect(customerReturnFee({ centerShippingFee: 3000, shippingFee: 0, surcharge: 0 })).toBe(6000);
    expect(customerReturnFee({ centerShippingFee: 3000, shippingFee: 0, surcharge: 5000 })).toBe(11000);
  });

  it("is never taken for an exchange or a cancel", () => {
    expect(returnFeeFor("EXCHANGE", "단순 변심", paidShipping)).toBe(0);
    expect(returnFeeFor("CANCEL", "단순 변심", paidShipping)).toBe(0);
  });
});
