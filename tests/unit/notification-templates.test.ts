import { describe, expect, it } from "vitest";
import { composeOrderEmail, type EmailOrder, REFUND_TIMING } from "~/notifications/templates";

const BASE = "https://shop.example.kr/";
const LINK = "https://shop.example.kr/orders/tok_abc123";

function order(overrides: Partial<EmailOrder> = {}): EmailOrder {
  return {
    number: "SD-20231201-7KQ3XM",
    lookupToken: "tok_abc123",
    ordererName: "김민지",
    recipientName: "박서준",
    recipientPhone: "01098765432",
    postalCode: "61945",
    address1: "광주광역시 서구 화정로 149",
    address2: "3층",
    deliveryMemo: "문 앞에 놓아 주세요",
    itemsTotal: 33_000,
    shippingTotal: 3_000,
    total: 36_000,
    // 2023-12-01 01:30 UTC = 10:30 KST (the tests run in America/Los_Angeles on purpose)
    createdAt: new Date("2023-12-01T01:20:00Z"),
    paidAt: new Date("2023-12-01T01:30:00Z"),
    parts: [
      {
        fulfilmentId: 11,
        centerName: "광주서구지역자활센터",
        centerPhone: "062-361-9114",
        status: "NEW",
        shippingFee: 0,
        items: [
          { productName: "내친구김 김자반", variantName: "2봉", quantity: 2, lineTotal: 10_000 },
          { productName: "내친구김 선물세트", variantName: "선물세트", quantity: 1, lineTotal: 15_000 },
        ],
      },
      {
        fulfilmentId: 12,
        centerName: "광주광산지역자활센터",
        centerPhone: null,
        status: "NEW",
        shippingFee: 3_000,
        items: [{ productName: "우리쌀 쿠키", variantName: "1상자", quantity: 1, lineTotal: 8_000 }],
      },
    ],
    ...overrides,
  };
}

const withStatuses = (a: string, b: string) => {
  const o = order();
  o.parts[0]!.status = a;
  o.parts[1]!.status = b;
  return o;
};

describe("ORDER_PAID", () => {
  const mail = composeOrderEmail(order(), { kind: "ORDER_PAID" }, BASE);

  it("has the Korean subject with the order number", () => {
    expect(mail.subject).toBe("[소소드림] 주문이 접수되었습니다 (주문번호 SD-20231201-7KQ3XM)");
  });

  it("lists the items under each center, with totals in won and the KST payment time", () => {
    const seogu = mail.text.indexOf("■ 광주서구지역자활센터 발송");
    const gwangsan = mail.text.indexOf("■ 광주광산지역자활센터 발송");
    expect(seogu).toBeGreaterThan(-1);
    expect(gwangsan).toBeGreaterThan(seogu);
    const seoguBlock = mail.text.slice(seogu, gwangsan);
    expect(seoguBlock).toContain("- 내친구김 김자반 2봉 × 2  10,000원");
    // A variant named like its product is not repeated.
    expect(seoguBlock).toContain("- 내친구김 선물세트 × 1  15,000원");
    expect(seoguBlock).toContain("배송비 무료");
    expect(mail.text.slice(gwangsan)).toContain("- 우리쌀 쿠키 1상자 × 1  8,000원");
    expect(mail.text.slice(gwangsan)).toContain("배송비 3,000원");
    expect(mail.text).toContain("상품 금액: 33,000원");
    expect(mail.text).toContain("결제 금액: 36,000원");
    expect(mail.text).toContain("결제일시: 2023. 12. 1.(금) 10:30");
  });

  it("shows the shipping address and the order page link without a double slash", () => {
    expect(mail.text).toContain("박서준 · 010-9876-5432");
    expect(mail.text).toContain("(61945) 광주광역시 서구 화정로 149 3층");
    expect(mail.text).toContain("배송 메모: 문 앞에 놓아 주세요");
    expect(mail.text).toContain(LINK);
    expect(mail.text).not.toContain("kr//orders");
  });

  it("ends with the centers' phone numbers and says replies go nowhere", () => {
    expect(mail.text).toContain("상품 문의: 광주서구지역자활센터 062-361-9114");
    expect(mail.text).toContain("발신 전용");
  });
});

describe("SHIPPED", () => {
  const shipment = { courier: "CJ", trackingNumber: "123456789012" };

  it("names the center's parcel, the courier, the tracking number and link, and the order link", () => {
    const o = withStatuses("SHIPPED", "ACCEPTED");
    const mail = composeOrderEmail(o, { kind: "SHIPPED", fulfilmentId: 11, shipment }, BASE);
    expect(mail.subject).toBe("[소소드림] 상품이 발송되었습니다 (주문번호 SD-20231201-7KQ3XM)");
    expect(mail.text).toContain("보낸 곳: 광주서구지역자활센터");
    expect(mail.text).toContain("택배사: CJ대한통운");
    expect(mail.text).toContain("송장번호: 123456789012");
    expect(mail.text).toContain("배송 조회: https://trace.cjlogistics.com/next/tracking.html?wblNo=123456789012");
    expect(mail.text).toContain(LINK);
    // Only this parcel's items; the other center's part is announced as still coming.
    expect(mail.text).toContain("내친구김 김자반 2봉");
    expect(mail.text).not.toContain("우리쌀 쿠키");
    expect(mail.text).toContain("광주광산지역자활센터의 상품은 준비되는 대로 따로 발송됩니다.");
  });

  it("says nothing about other parcels once they have all shipped", () => {
    const o = withStatuses("SHIPPED", "SHIPPED");
    const mail = composeOrderEmail(o, { kind: "SHIPPED", fulfilmentId: 12, shipment }, BASE);
    expect(mail.text).toContain("보낸 곳: 광주광산지역자활센터");
    expect(mail.text).not.toContain("따로 발송됩니다");
  });

  it("falls back to a plain hint when no tracking link can be made", () => {
    const o = withStatuses("SHIPPED", "NEW");
    const unknown = { courier: "DHL", trackingNumber: "98765" };
    const mail = composeOrderEmail(o, { kind: "SHIPPED", fulfilmentId: 11, shipment: unknown }, BASE);
    expect(mail.text).toContain("택배사: DHL");
    expect(mail.text).not.toContain("배송 조회: http");
    expect(mail.text).toContain("택배사 누리집에서 송장번호로");
  });

  it("refuses a parcel that is not part of the order", () => {
    expect(() => composeOrderEmail(order(), { kind: "SHIPPED", fulfilmentId: 99, shipment }, BASE)).toThrow(
      /not part of order/,
    );
  });
});

describe("CANCELLED and REFUNDED", () => {
  it("a center's part: which center, its items, the amount, when the money returns, the rest still ships", () => {
    const o = withStatuses("CANCELLED", "ACCEPTED");
    const mail = composeOrderEmail(o, { kind: "CANCELLED", fulfilmentId: 11, amount: 25_000 }, BASE);
    expect(mail.subject).toBe("[소소드림] 주문 일부가 취소되었습니다 (주문번호 SD-20231201-7KQ3XM)");
    expect(mail.text).toContain("주문하신 상품 가운데 광주서구지역자활센터 상품이 취소되었습니다.");
    expect(mail.text).toContain("내친구김 김자반 2봉 × 2");
    expect(mail.text).not.toContain("우리쌀 쿠키");
    expect(mail.text).toContain("환불 금액: 25,000원");
    expect(mail.text).toContain("카드사 사정에 따라 3~7 영업일");
    expect(mail.text).toContain("다른 센터의 상품은 그대로 발송됩니다.");
    expect(mail.text).toContain(LINK);
  });

  it("the whole order: every center's items and the total amount", () => {
    const o = withStatuses("CANCELLED", "CANCELLED");
    const mail = composeOrderEmail(o, { kind: "CANCELLED", amount: 36_000 }, BASE);
    expect(mail.subject).toBe("[소소드림] 주문이 취소되었습니다 (주문번호 SD-20231201-7KQ3XM)");
    expect(mail.text).toContain("[광주서구지역자활센터]");
    expect(mail.text).toContain("[광주광산지역자활센터]");
    expect(mail.text).toContain("환불 금액: 36,000원");
    expect(mail.text).toContain(REFUND_TIMING);
    expect(mail.text).not.toContain("그대로 발송됩니다");
  });

  it("a part of a one-center order reads as the whole order", () => {
    const o = order({ parts: [{ ...order().parts[0]!, status: "CANCELLED" }] });
    const mail = composeOrderEmail(o, { kind: "CANCELLED", fulfilmentId: 11, amount: 25_000 }, BASE);
    expect(mail.subject).toBe("[소소드림] 주문이 취소되었습니다 (주문번호 SD-20231201-7KQ3XM)");
  });

  it("a refund names its scope and amount", () => {
    const part = composeOrderEmail(order(), { kind: "REFUNDED", fulfilmentId: 12, amount: 5_000 }, BASE);
    expect(part.subject).toBe("[소소드림] 주문 일부 환불이 처리되었습니다 (주문번호 SD-20231201-7KQ3XM)");
    // 5,000원 of the 광산 part: a partial refund says so, with its amount and items, never "주문 전체".
    expect(part.text).toContain("부분 환불: 광주광산지역자활센터 상품 가운데 5,000원");
    expect(part.text).toContain("■ 환불 대상 상품");
    expect(part.text).not.toContain("주문 전체");
    expect(part.text).toContain("환불 금액: 5,000원");
    expect(part.text).toContain("3~7 영업일");

    // A partial refund of a whole order (no part named) is partial too.
    const some = composeOrderEmail(order(), { kind: "REFUNDED", amount: 2_000 }, BASE);
    expect(some.subject).toBe("[소소드림] 주문 일부 환불이 처리되었습니다 (주문번호 SD-20231201-7KQ3XM)");
    expect(some.text).toContain("부분 환불: 주문하신 상품 가운데 2,000원");
    expect(some.text).not.toContain("주문 전체");

    const whole = composeOrderEmail(order(), { kind: "REFUNDED", amount: 36_000 }, BASE);
    expect(whole.subject).toBe("[소소드림] 주문 환불이 처리되었습니다 (주문번호 SD-20231201-7KQ3XM)");
    expect(whole.text).toContain("환불 범위: 주문 전체");
  });

  it("without money to return, no refund lines", () => {
    const mail = composeOrderEmail(order(), { kind: "CANCELLED", amount: 0 }, BASE);
    expect(mail.text).not.toContain("환불 금액");
    expect(mail.text).not.toContain("영업일");
  });
});
