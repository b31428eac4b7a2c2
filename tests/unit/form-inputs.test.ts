import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  countInput,
  parseCountInput,
  parseDigitsInput,
  parseWonInput,
  phoneInput,
  wonInput,
} from "~/utils/form-inputs";
import { lookupSchema } from "~/orders/lookup-form";
import { stockSchema } from "~/catalog/stock-form";
import { refundSchema } from "~/orders/refund-form";

describe("parseWonInput: one reading of won for every form", () => {
  it.each([
    ["5000", 5000],
    ["5,000", 5000],
    ["1,234,567", 1234567],
    ["5,000원", 5000],
    ["5000 원", 5000],
    ["  5,000  ", 5000],
    ["５,０００", 5000], // full-width digits and comma from a Korean IME
    ["５０００원", 5000],
    ["-1,000", -1000], // parses, so the schema can say "0원 이상"
    ["0", 0],
  ])("%j → %d", (input, expected) => {
    expect(parseWonInput(input)).toBe(expected);
  });

  it.each(["5,0,0,0", "50,00", "2.000", "3,00", "5 000", "5-000", "1e3", "0x10", "삼천", "5,000원원", "--5"])(
    "%j is refused (NaN)",
    (input) => {
      expect(parseWonInput(input)).toBeNaN();
    },
  );

  it("reads nothing typed as missing", () => {
    expect(parseWonInput("")).toBeUndefined();
    expect(parseWonInput("   ")).toBeUndefined();
    expect(parseWonInput("원")).toBeUndefined();
  });

  it("refuses overflow and negatives through the schema, with Korean messages", () => {
    const price = wonInput("가격", 10_000_000);
    expect(price.safeParse("99999999999999999999").error?.issues[0]?.message).toBe("가격은 너무 큽니다.");
    expect(price.safeParse("-1").error?.issues[0]?.message).toBe("가격은 0원 이상이어야 합니다.");
    expect(price.safeParse("5,0,0,0").error?.issues[0]?.message).toBe(
      "가격은 숫자로 입력해 주세요. (예: 3000 또는 3,000)",
    );
    expect(price.safeParse("").error?.issues[0]?.message).toBe("가격을 입력해 주세요.");
    expect(price.parse("１２,０００원")).toBe(12000);
  });

  it("is the parser of the refund form: the same inputs, the same answers", () => {
    const refund = (amount: string) =>
      refundSchema.safeParse({ intent: "refund-part", fulfilmentId: "1", amount, key: "k".repeat(16) });
    expect(refund("5,000").data).toMatchObject({ amount: 5000 });
    expect(refund("５０００").data).toMatchObject({ amount: 5000 });
    expect(refund("5,0,0,0").success).toBe(false);
    expect(refund("-5").success).toBe(false);
    expect(refund("").data).toMatchObject({ amount: null });
  });
});

describe("parseCountInput: stock, quantities, pack sizes", () => {
  it.each([
    ["12", 12],
    [" 12 ", 12],
    ["1,200", 1200],
    ["１２", 12],
    ["-3", -3],
  ])("%j → %d", (input, expected) => {
    expect(parseCountInput(input)).toBe(expected);
  });

  it.each(["1,2", "1.5", "1e1", "0x10", "3개", "3원", "1 2", "1-2", "열"])("%j is refused (NaN)", (input) => {
    expect(parseCountInput(input)).toBeNaN();
  });

  it("gives stock and admin counts the same answers", () => {
    const stock = (value: string) =>
      stockSchema.safeParse({ variantId: "1", expectedStock: "3", stock: value }).error?.issues[0]?.message;
    expect(stock("-1")).toBe("재고는 0 이상의 숫자로 입력해 주세요.");
    expect(stock("3.5")).toBe("재고는 0 이상의 숫자로 입력해 주세요.");
    expect(stock("99999999999")).toBe("재고는 99,999개까지 입력할 수 있습니다.");
    expect(stockSchema.parse({ variantId: "1", expectedStock: "3", stock: "１,２００" }).stock).toBe(1200);
    const adminStock = countInput("재고");
    expect(adminStock.parse("１,２００")).toBe(1200);
    expect(adminStock.safeParse("-1").error?.issues[0]?.message).toBe("재고는 0 이상이어야 합니다.");
    expect(adminStock.safeParse("5,0,0").error?.issues[0]?.message).toBe("재고는 숫자로 입력해 주세요.");
  });
});

describe("parseDigitsInput: phone numbers and postal codes", () => {
  it.each([
    ["010-1234-5678", "01012345678"],
    ["010 1234 5678", "01012345678"],
    ["(062) 123-4567", "0621234567"],
    ["０１０-１２３４-５６７８", "01012345678"],
    ["61-452", "61452"],
    ["", ""],
  ])("%j → %j", (input, expected) => {
    expect(parseDigitsInput(input)).toBe(expected);
  });

  it("feeds every phone field the same digits", () => {
    expect(z.object({ phone: phoneInput }).parse({ phone: "０６２-１２３-４５６７" }).phone).toBe("0621234567");
    expect(phoneInput.safeParse("-1234").success).toBe(false);
    expect(lookupSchema.parse({ number: "SD-1", phone: "010 1234-5678" }).phone).toBe("01012345678");
    expect(lookupSchema.safeParse({ number: "SD-1", phone: "1234" }).success).toBe(false);
  });
});
