import { describe, expect, it } from "vitest";
import { DEFAULT_SURCHARGE_RANGES, quoteShipping, surchargeFor } from "~/cart/shipping";
import { checkoutSchema } from "~/orders/checkout-form";
import { allowedPriorStates, ORDER_STATUSES, type OrderStatus } from "~/orders/order-states";
import { deriveDeliveryState, type FulfilmentStatus } from "~/orders/part-states";
import { toStripeAmount } from "~/payments/amount";

// ───────────── Won ↔ Stripe (KRW is zero-decimal) ─────────────

describe("toStripeAmount", () => {
  it.each([
    [0, 0],
    [1, 1],
    [3000, 3000],
    [5500, 5500],
    [20000, 20000],
    [28000, 28000],
    [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  ])("%i won passes through unchanged as %i (never ×100)", (won, stripe) => {
    expect(toStripeAmount(won)).toBe(stripe);
  });

  it.each([
    ["fractional", 20000.5],
    ["tiny fraction", 0.1],
    ["negative", -1],
    ["negative amount", -20000],
    ["NaN", Number.NaN],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["-Infinity", Number.NEGATIVE_INFINITY],
    ["beyond safe integers", 2 ** 53],
  ])("rejects a %s amount (%s)", (_label, value) => {
    expect(() => toStripeAmount(value)).toThrow(RangeError);
  });
});

// ───────────── Shipping ─────────────

describe("quoteShipping", () => {
  const seogu = { shippingFee: 3000, freeShippingThreshold: 30000 };

  it.each([
    ["empty group", 0, { fee: 0, amountToFree: 0 }],
    ["1원", 1, { fee: 3000, amountToFree: 29999 }],
    ["below threshold", 25000, { fee: 3000, amountToFree: 5000 }],
    ["1원 below threshold", 29999, { fee: 3000, amountToFree: 1 }],
    ["exactly at threshold", 30000, { fee: 0, amountToFree: 0 }],
    ["above threshold", 30001, { fee: 0, amountToFree: 0 }],
    ["well above threshold", 100000, { fee: 0, amountToFree: 0 }],
  ])("%s (%i원) → %o", (_label, itemsTotal, expected) => {
    expect(quoteShipping(itemsTotal, seogu)).toEqual(expected);
  });

  it("uses each center's own fee and threshold", () => {
    const other = { shippingFee: 4000, freeShippingThreshold: 50000 };
    expect(quoteShipping(30000, other)).toEqual({ fee: 4000, amountToFree: 20000 });
    expect(quoteShipping(50000, other)).toEqual({ fee: 0, amountToFree: 0 });
  });
});

describe("surchargeFor", () => {
  it.each([
    ["63000", 3000],
    ["63001", 3000],
    ["63300", 3000],
    ["63644", 3000],
  ])("%s is 제주: +%i원", (postalCode, amount) => {
    const surcharge = surchargeFor(postalCode);
    expect(surcharge).not.toBeNull();
    expect(surcharge!.amount).toBe(amount);
    expect(surcharge!.label).toBe("제주");
  });

  it.each([
    ["62999", "just below 제주"],
    ["63645", "just above 제주"],
    ["61945", "광주 서구"],
    ["06236", "서울 (leading zero)"],
  ])("%s (%s) → no surcharge", (postalCode) => {
    expect(surchargeFor(postalCode)).toBeNull();
  });

  it.each([
    ["", "empty"],
    ["6300", "4 digits"],
    ["630000", "6 digits"],
    ["63-000", "dash"],
    [" 63000", "leading space"],
    ["63000 ", "trailing space"],
    ["6300a", "letter"],
    ["abcde", "letters"],
    ["63000.0", "decimal"],
  ])("malformed %j (%s) → null", (postalCode) => {
    expect(surchargeFor(postalCode)).toBeNull();
  });

  it("accepts other range tables", () => {
    const ranges = [...DEFAULT_SURCHARGE_RANGES, { from: 40200, to: 40240, amount: 5000, label: "울릉" }];
    expect(surchargeFor("40220", ranges)).toMatchObject({ amount: 5000, label: "울릉" });
    expect(surchargeFor("63100", ranges)).toMatchObject({ amount: 3000, label: "제주" });
    expect(surchargeFor("40241", ranges)).toBeNull();
  });
});

// ───────────── Order (payment) states ─────────────

const STATUSES = [
  "PENDING_PAYMENT",
  "PAID",
  "PAYMENT_FAILED",
  "EXPIRED",
  "CANCELLED",
  "PARTIALLY_REFUNDED",
  "REFUNDED",
] as const satisfies readonly OrderStatus[];

/** Every allowed move, written out by hand; every other pair must be refused. */
const ALLOWED = new Set<string>([
  "PENDING_PAYMENT→PAID",
  "PENDING_PAYMENT→PAYMENT_FAILED",
  "PENDING_PAYMENT→EXPIRED",
  "PENDING_PAYMENT→CANCELLED",
  "PAID→PARTIALLY_REFUNDED",
  "PAID→REFUNDED",
  "PAID→CANCELLED",
  "PARTIALLY_REFUNDED→PARTIALLY_REFUNDED",
  "PARTIALLY_REFUNDED→REFUNDED",
  "PARTIALLY_REFUNDED→CANCELLED",
]);

const PAIRS = STATUSES.flatMap((from) =>
  STATUSES.map((to) => [from, to, ALLOWED.has(`${from}→${to}`) ? "allowed" : "refused"] as const),
);

describe("order states", () => {
  it("knows exactly the seven statuses", () => {
    expect([...ORDER_STATUSES].sort()).toEqual([...STATUSES].sort());
  });

  it("the table covers every pair", () => {
    expect(PAIRS).toHaveLength(49);
    expect(PAIRS.filter(([, , verdict]) => verdict === "allowed")).toHaveLength(ALLOWED.size);
  });

  it.each(STATUSES)("allowedPriorStates(%s) follows the transition table", (to) => {
    const expected = STATUSES.filter((from) => ALLOWED.has(`${from}→${to}`));
    expect([...allowedPriorStates(to)].sort()).toEqual([...expected].sort());
  });

  it.each([
    ["PENDING_PAYMENT", []],
    ["PAID", ["PENDING_PAYMENT"]],
    ["PAYMENT_FAILED", ["PENDING_PAYMENT"]],
    ["EXPIRED", ["PENDING_PAYMENT"]],
    ["CANCELLED", ["PENDING_PAYMENT", "PAID", "PARTIALLY_REFUNDED"]],
    ["PARTIALLY_REFUNDED", ["PAID", "PARTIALLY_REFUNDED"]],
    ["REFUNDED", ["PAID", "PARTIALLY_REFUNDED"]],
  ] as [OrderStatus, OrderStatus[]][])("allowedPriorStates(%s) = %j", (to, expected) => {
    expect([...allowedPriorStates(to)].sort()).toEqual([...expected].sort());
  });

  it.each(STATUSES)("a late/repeated event cannot move a finished order: REFUNDED → %s refused", (to) => {
    expect(allowedPriorStates(to)).not.toContain("REFUNDED");
  });

  it("an `expired` after `completed` changes nothing, and a repeated `completed` neither", () => {
    expect(allowedPriorStates("EXPIRED")).not.toContain("PAID");
    expect(allowedPriorStates("PAYMENT_FAILED")).not.toContain("PAID");
    expect(allowedPriorStates("PAID")).toEqual(["PENDING_PAYMENT"]);
  });
});

// ───────────── Delivery state for customers ─────────────

describe("deriveDeliveryState", () => {
  it.each([
    [["NEW"], "결제완료"],
    [["NEW", "NEW"], "결제완료"],
    [["ACCEPTED"], "상품준비중"],
    [["NEW", "ACCEPTED"], "상품준비중"],
    [["ACCEPTED", "ACCEPTED"], "상품준비중"],
    [["SHIPPED", "NEW"], "부분배송중"],
    [["ACCEPTED", "SHIPPED"], "부분배송중"],
    [["DELIVERED", "NEW"], "부분배송중"],
    [["SHIPPED", "ACCEPTED", "NEW"], "부분배송중"],
    [["SHIPPED"], "배송중"],
    [["SHIPPED", "SHIPPED"], "배송중"],
    [["SHIPPED", "DELIVERED"], "배송중"],
    [["DELIVERED"], "배송완료"],
    [["DELIVERED", "DELIVERED"], "배송완료"],
    // cancelled parts are ignored
    [["NEW", "CANCELLED"], "결제완료"],
    [["ACCEPTED", "CANCELLED"], "상품준비중"],
    [["SHIPPED", "CANCELLED"], "배송중"],
    [["SHIPPED", "CANCELLED", "NEW"], "부분배송중"],
    [["DELIVERED", "CANCELLED"], "배송완료"],
    [["CANCELLED", "DELIVERED", "DELIVERED"], "배송완료"],
    // nothing left
    [["CANCELLED"], "취소"],
    [["CANCELLED", "CANCELLED"], "취소"],
  ] as [FulfilmentStatus[], string][])("%j → %s", (statuses, expected) => {
    expect(deriveDeliveryState(statuses)).toBe(expected);
  });
});

// ───────────── Checkout form ─────────────

const VALID = {
  ordererName: "김광주",
  ordererPhone: "010-1234-5678",
  ordererEmail: "buyer@example.kr",
  sameAsOrderer: "on",
  recipientName: "",
  recipientPhone: "",
  postalCode: "61945",
  address1: "광주광역시 서구 죽봉대로 38번길 25",
  address2: "2층",
  deliveryMemo: "문 앞에 놓아 주세요",
  consentPrivacy: "on",
  consentThirdParty: "on",
  consentPurchase: "on",
} satisfies Record<string, string>;

function without(input: Record<string, string>, ...keys: string[]) {
  const copy = { ...input };
  for (const key of keys) delete copy[key];
  return copy;
}

/** path → message of the first issue on that path. */
function errorsOf(input: Record<string, string>): Record<string, string> {
  const result = checkoutSchema.safeParse(input);
  if (result.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) errors[issue.path.join(".")] ??= issue.message;
  return errors;
}

describe("checkoutSchema", () => {
  it("accepts a complete form and copies the orderer to the recipient when sameAsOrderer is on", () => {
    const result = checkoutSchema.safeParse(VALID);
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({
      ordererName: "김광주",
      ordererPhone: "01012345678",
      ordererEmail: "buyer@example.kr",
      sameAsOrderer: true,
      recipientName: "김광주",
      recipientPhone: "01012345678",
      postalCode: "61945",
      address1: "광주광역시 서구 죽봉대로 38번길 25",
      address2: "2층",
      deliveryMemo: "문 앞에 놓아 주세요",
      consentPrivacy: true,
      consentThirdParty: true,
      consentPurchase: true,
    });
  });

  it("the orderer wins over stray recipient fields when sameAsOrderer is on", () => {
    const result = checkoutSchema.safeParse({ ...VALID, recipientName: "다른사람", recipientPhone: "010-9999-8888" });
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({ recipientName: "김광주", recipientPhone: "01012345678" });
  });

  it.each([
    ["010-1234-5678", "01012345678"],
    ["01012345678", "01012345678"],
    ["010 1234 5678", "01012345678"],
    ["011-234-5678", "0112345678"],
  ])("stores phone %j as digits %j", (phone, digits) => {
    const result = checkoutSchema.safeParse({ ...VALID, ordererPhone: phone });
    expect(result.success).toBe(true);
    expect(result.data!.ordererPhone).toBe(digits);
    expect(result.data!.recipientPhone).toBe(digits);
  });

  it("trims text and fills optional fields with empty strings", () => {
    const result = checkoutSchema.safeParse({
      ...without(VALID, "address2", "deliveryMemo"),
      ordererName: "  김광주  ",
      ordererEmail: " buyer@example.kr ",
    });
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({
      ordererName: "김광주",
      ordererEmail: "buyer@example.kr",
      address2: "",
      deliveryMemo: "",
    });
  });

  it.each([
    ["ordererName", "주문하시는 분의 이름을 입력해 주세요."],
    ["ordererPhone", "휴대전화 번호를 입력해 주세요."],
    ["ordererEmail", "이메일을 입력해 주세요."],
    ["postalCode", "우편번호를 입력해 주세요."],
    ["address1", "주소를 입력해 주세요."],
    ["consentPrivacy", "개인정보 수집·이용에 동의해 주세요."],
    ["consentThirdParty", "개인정보 제3자 제공에 동의해 주세요."],
    ["consentPurchase", "구매조건 확인 및 결제 진행에 동의해 주세요."],
  ])("missing %s → %s", (field, message) => {
    const errors = errorsOf(without(VALID, field));
    expect(errors).toEqual({ [field]: message });
  });

  it.each([
    ["ordererName", "", "주문하시는 분의 이름을 입력해 주세요."],
    ["ordererName", "   ", "주문하시는 분의 이름을 입력해 주세요."],
    ["ordererPhone", "", "휴대전화 번호를 입력해 주세요."],
    ["ordererPhone", "02-123-4567", "휴대전화 번호를 010-1234-5678 형식으로 입력해 주세요."],
    ["ordererPhone", "010-12", "휴대전화 번호를 010-1234-5678 형식으로 입력해 주세요."],
    ["ordererEmail", "", "이메일을 입력해 주세요."],
    ["ordererEmail", "buyer@", "이메일 주소를 정확히 입력해 주세요."],
    ["ordererEmail", "buyer.example.kr", "이메일 주소를 정확히 입력해 주세요."],
    ["postalCode", "6194", "우편번호 5자리를 입력해 주세요."],
    ["postalCode", "619450", "우편번호 5자리를 입력해 주세요."],
    ["address1", "  ", "주소를 입력해 주세요."],
    ["ordererName", "가".repeat(31), "30자 이내로 입력해 주세요."],
    ["deliveryMemo", "가".repeat(101), "100자 이내로 입력해 주세요."],
    ["consentPrivacy", "off", "개인정보 수집·이용에 동의해 주세요."],
    ["consentPurchase", "", "구매조건 확인 및 결제 진행에 동의해 주세요."],
  ])("%s = %j → %s", (field, value, message) => {
    expect(errorsOf({ ...VALID, [field]: value })).toEqual({ [field]: message });
  });

  it("reports every missing field at once, each on its own path", () => {
    const errors = errorsOf({ sameAsOrderer: "on" });
    expect(errors).toEqual({
      ordererName: "주문하시는 분의 이름을 입력해 주세요.",
      ordererPhone: "휴대전화 번호를 입력해 주세요.",
      ordererEmail: "이메일을 입력해 주세요.",
      postalCode: "우편번호를 입력해 주세요.",
      address1: "주소를 입력해 주세요.",
      consentPrivacy: "개인정보 수집·이용에 동의해 주세요.",
      consentThirdParty: "개인정보 제3자 제공에 동의해 주세요.",
      consentPurchase: "구매조건 확인 및 결제 진행에 동의해 주세요.",
    });
  });

  describe("without sameAsOrderer", () => {
    const separate = without(VALID, "sameAsOrderer");

    it("requires the recipient's name and phone", () => {
      expect(errorsOf(separate)).toEqual({
        recipientName: "받는 분의 이름을 입력해 주세요.",
        recipientPhone: "받는 분의 연락처를 입력해 주세요.",
      });
      expect(errorsOf(without(separate, "recipientName", "recipientPhone"))).toEqual({
        recipientName: "받는 분의 이름을 입력해 주세요.",
        recipientPhone: "받는 분의 연락처를 입력해 주세요.",
      });
    });

    it("requires the name when only the phone is given, and vice versa", () => {
      expect(errorsOf({ ...separate, recipientPhone: "010-2222-3333" })).toEqual({
        recipientName: "받는 분의 이름을 입력해 주세요.",
      });
      expect(errorsOf({ ...separate, recipientName: "박서구" })).toEqual({
        recipientPhone: "받는 분의 연락처를 입력해 주세요.",
      });
    });

    it("checks the recipient phone's format", () => {
      expect(errorsOf({ ...separate, recipientName: "박서구", recipientPhone: "12345" })).toEqual({
        recipientPhone: "연락처를 010-1234-5678 형식으로 입력해 주세요.",
      });
    });

    it.each([
      ["010-2222-3333", "01022223333"],
      ["062-367-3027", "0623673027"],
    ])("keeps the recipient given (phone %j → %j)", (phone, digits) => {
      const result = checkoutSchema.safeParse({ ...separate, recipientName: " 박서구 ", recipientPhone: phone });
      expect(result.success).toBe(true);
      expect(result.data).toMatchObject({
        sameAsOrderer: false,
        ordererName: "김광주",
        ordererPhone: "01012345678",
        recipientName: "박서구",
        recipientPhone: digits,
      });
    });
  });
});
