import { describe, expect, it } from "vitest";
import { z } from "zod";
import { checkoutSchema } from "~/orders/checkout-form";
import { cleanText, DUPLICATE_FIELD_MESSAGE, parseForm, parseIntent, visibleLength } from "~/utils/form-parse";
import { CUSTOMER } from "../support/shop";

/** The field errors of a submission that was refused (none for one that passed). */
const errorsOf = (submission: { status?: string; error?: Record<string, string[] | null> | null } | object) =>
  ("error" in submission ? submission.error : null) ?? {};

const checkoutFields = (overrides: Record<string, string> = {}) => {
  const form = new FormData();
  const fields: Record<string, string> = {
    ordererName: CUSTOMER.ordererName,
    ordererPhone: CUSTOMER.ordererPhone,
    ordererEmail: CUSTOMER.ordererEmail,
    sameAsOrderer: "on",
    postalCode: CUSTOMER.postalCode,
    address1: CUSTOMER.address1,
    consentAll: "on",
    ...overrides,
  };
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
};

describe("input hygiene for every form (parseForm)", () => {
  it("removes NUL, BEL, ESC, DEL and C1 controls; keeps line breaks only in multi-line fields", () => {
    expect(cleanText("김\u0000민\u0007지\u001b[31m\u007f\u0085", false)).toBe("김민지[31m");
    expect(cleanText("1층\r\n경비실\t앞", false)).toBe("1층 경비실 앞");
    expect(cleanText("첫 줄\r\n둘째 줄\r셋째", true)).toBe("첫 줄\n둘째 줄\n셋째");
  });

  it("stores a memo and a name without the control characters that were sent", () => {
    const result = parseForm(
      checkoutFields({ ordererName: "김\u0000민지\u0007", deliveryMemo: "문 앞에\u001b 두세요\n감사합니다" }),
      { schema: checkoutSchema },
    );
    expect(result.status).toBe("success");
    expect(result.status === "success" && [result.value.ordererName, result.value.deliveryMemo]).toEqual([
      "김민지",
      "문 앞에 두세요 감사합니다",
    ]);
  });

  it("counts length as a person sees it: 20 family emoji fit a 100-character memo, 101 letters don't", () => {
    const family = "👨‍👩‍👧‍👦";
    expect([family.length, visibleLength(family)]).toEqual([11, 1]);
    expect(visibleLength("한국어")).toBe(3);
    expect(visibleLength("\u1112\u1161\u11ab")).toBe(1); // 한 written as three jamo
    const emoji = parseForm(checkoutFields({ deliveryMemo: family.repeat(20) }), { schema: checkoutSchema });
    expect(emoji.status).toBe("success");
    const long = parseForm(checkoutFields({ deliveryMemo: "가".repeat(101) }), { schema: checkoutSchema });
    expect(errorsOf(long).deliveryMemo).toEqual(["100자 이내로 입력해 주세요."]);
  });

  it("answers a field sent twice in Korean", () => {
    const form = checkoutFields();
    form.append("ordererName", "두 번째");
    const result = parseForm(form, { schema: checkoutSchema });
    expect(errorsOf(result).ordererName).toEqual([DUPLICATE_FIELD_MESSAGE]);
    const plain = parseForm(new URLSearchParams("a=1&a=2"), { schema: z.object({ a: z.string() }) });
    expect(errorsOf(plain).a).toEqual([DUPLICATE_FIELD_MESSAGE]);
  });

  it("tells which of a page's forms was sent by its intent, and none for another or a repeated one", () => {
    const intents = ["accept", "deliver"] as const;
    expect(parseIntent(new URLSearchParams("intent=deliver&fulfilmentId=3"), intents)).toBe("deliver");
    expect(parseIntent(new URLSearchParams("intent=ship"), intents)).toBeNull();
    expect(parseIntent(new URLSearchParams("fulfilmentId=3"), intents)).toBeNull();
    expect(parseIntent(new URLSearchParams("intent=accept&intent=deliver"), intents)).toBeNull();
  });
});
