// Every text limit of every form counts what a person sees (grapheme clusters), and line breaks survive only
// in the fields whose schema says `multiline` (read by parseForm from the schema, no list of names to keep).
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createUserSchema } from "~/accounts/user-form";
import { productSchema } from "~/catalog/product-form";
import { centerSchema } from "~/centers/center-form";
import { adminArticleSchema, centerArticleSchema, requestChangesSchema } from "~/cms/article-form";
import { coverImageSchema, issueDetailsSchema } from "~/cms/issue-forms";
import { payoutSchema } from "~/fulfilment/payout-form";
import { subscribeSchema } from "~/newsletter/subscription-form";
import { checkoutSchema } from "~/orders/checkout-form";
import { lookupSchema } from "~/orders/lookup-form";
import { customerRequestSchema } from "~/orders/part-request-form";
import { reviewActionSchema } from "~/orders/payment-review-form";
import { refundSchema } from "~/orders/refund-form";
import { policySchema } from "~/policies/policy-form";
import { siteInfoSchema } from "~/site-info/site-info-fields";
import { parseForm } from "~/utils/form-parse";
import { isMultilineField, multiline, visibleLength } from "~/utils/text-fields";
import { CUSTOMER } from "../support/shop";

const FAMILY = "👨‍👩‍👧‍👦"; // 7 code points, 11 UTF-16 units, one character on screen
const FLAG = "🇰🇷"; // two regional indicators
const NFD_HAN = "\u1112\u1161\u11ab"; // 한 typed as three jamo (조합형, as macOS files and some IMEs send it)
const HANGUL = "가";

type Case = { schema: z.ZodTypeAny; field: string; max: number; message: string; with?: Record<string, string> };
const KEY = { key: "k".repeat(20) };
const CASES: Case[] = [
  { schema: adminArticleSchema, field: "title", max: 120, message: "제목은 120자 이내로 입력해 주세요." },
  { schema: adminArticleSchema, field: "summary", max: 300, message: "요약은 300자 이내로 입력해 주세요." },
  { schema: adminArticleSchema, field: "eventPlace", max: 100, message: "장소는 100자 이내로 입력해 주세요." },
  { schema: centerArticleSchema, field: "eventHost", max: 100, message: "주최는 100자 이내로 입력해 주세요." },
  { schema: adminArticleSchema, field: "coverAlt", max: 200, message: "대체 텍스트는 200자 이내로 입력해 주세요." },
  {
    schema: requestChangesSchema,
    field: "reviewNote",
    max: 1000,
    message: "수정 요청은 1,000자 이내로 입력해 주세요.",
  },
  {
    schema: reviewActionSchema,
    field: "note",
    max: 200,
    message: "메모는 200자까지 쓸 수 있습니다.",
    with: { intent: "close", reviewId: "1" },
  },
  {
    schema: refundSchema,
    field: "reason",
    max: 200,
    message: "사유는 200자 이내로 적어 주세요.",
    with: { intent: "refund-order", ...KEY },
  },
  { schema: checkoutSchema, field: "ordererName", max: 30, message: "30자 이내로 입력해 주세요." },
  { schema: checkoutSchema, field: "deliveryMemo", max: 100, message: "100자 이내로 입력해 주세요." },
  { schema: checkoutSchema, field: "address2", max: 100, message: "100자 이내로 입력해 주세요." },
  { schema: customerRequestSchema, field: "note", max: 500, message: "500자 이내로 입력해 주세요." },
  { schema: policySchema, field: "note", max: 200, message: "200자 이내로 입력해 주세요." },
  { schema: issueDetailsSchema, field: "title", max: 40, message: "40자 이내로 입력해 주세요." },
  { schema: issueDetailsSchema, field: "closing", max: 300, message: "300자 이내로 입력해 주세요." },
  { schema: coverImageSchema, field: "alt", max: 200, message: "200자 이내로 입력해 주세요." },
  { schema: productSchema, field: "name", max: 60, message: "60자 이내로 입력해 주세요." },
  { schema: productSchema, field: "description", max: 20_000, message: "20000자 이내로 입력해 주세요." },
  { schema: productSchema, field: "cautions", max: 1000, message: "1000자 이내로 입력해 주세요." },
  { schema: productSchema, field: "variants[0].name", max: 30, message: "30자 이내로 입력해 주세요." },
  { schema: centerSchema, field: "name", max: 50, message: "50자 이내로 입력해 주세요." },
  { schema: centerSchema, field: "description", max: 2000, message: "2000자 이내로 입력해 주세요." },
  { schema: siteInfoSchema, field: "businessName", max: 50, message: "50자 이내로 입력해 주세요." },
  { schema: createUserSchema, field: "name", max: 30, message: "30자 이내로 입력해 주세요." },
  {
    schema: payoutSchema,
    field: "memo",
    max: 200,
    message: "200자 이내로 입력해 주세요.",
    with: { intent: "pay", centerId: "1", month: "2026-01", paidOn: "2026-02-10" },
  },
];

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

/** The messages `field` got (other fields of the form may be missing: only this one is looked at). */
function errorsFor(schema: z.ZodTypeAny, field: string, value: string, extra: Record<string, string> = {}) {
  const submission = parseForm(form({ ...extra, [field]: value }), { schema });
  return submission.status === "error" ? (submission.error?.[field] ?? undefined) : undefined;
}

describe("length limits count what a person sees", () => {
  it("counts long texts in linear time (segmenting one long string is quadratic in V8)", () => {
    const started = performance.now();
    expect(visibleLength(FLAG.repeat(50_000))).toBe(50_000);
    expect(visibleLength(`a${"\u0301".repeat(10_000)}${FAMILY.repeat(20_000)}`)).toBe(20_001);
    expect(performance.now() - started).toBeLessThan(3_000);
  });

  it("counts graphemes: a family emoji, a flag and a decomposed 한 are one character each", () => {
    expect([FAMILY.length, visibleLength(FAMILY)]).toEqual([11, 1]);
    expect([FLAG.length, visibleLength(FLAG)]).toEqual([4, 1]);
    expect([NFD_HAN.length, visibleLength(NFD_HAN)]).toEqual([3, 1]);
    expect(visibleLength(`김${FAMILY}${NFD_HAN}!`)).toBe(4);
  });

  for (const unit of [HANGUL, FAMILY, NFD_HAN, FLAG]) {
    it.each(CASES)(`${JSON.stringify(unit)}: $field fits exactly $max and is refused at one more`, (c) => {
      expect(errorsFor(c.schema, c.field, unit.repeat(c.max), c.with)).toBeUndefined();
      expect(errorsFor(c.schema, c.field, unit.repeat(c.max + 1), c.with)).toEqual([c.message]);
    });
  }

  it("checks a format only on a text short enough, with the same messages as before", () => {
    const longEmail = `${"a".repeat(250)}@example.kr`;
    expect(errorsFor(subscribeSchema, "email", longEmail)).toEqual(["이메일 주소가 너무 깁니다."]);
    expect(errorsFor(subscribeSchema, "email", "not-an-email")).toEqual([
      "이메일 주소 형식이 올바르지 않습니다. 예: name@example.kr",
    ]);
    expect(errorsFor(checkoutSchema, "ordererEmail", `${"a".repeat(95)}@ex.kr`)).toEqual([
      "100자 이내로 입력해 주세요.",
    ]);
    expect(errorsFor(productSchema, "slug", "a".repeat(81))).toEqual(["80자 이내로 입력해 주세요."]);
    expect(errorsFor(productSchema, "slug", "김자반")).toEqual([
      "영문 소문자, 숫자, 하이픈(-)만 쓸 수 있습니다. (예: gim-jaban)",
    ]);
    expect(errorsFor(lookupSchema, "number", "1".repeat(41))).toEqual(["주문번호를 확인해 주세요."]);
    expect(errorsFor(createUserSchema, "password", FAMILY.repeat(200))).toBeUndefined();
    // The minimum counts what a person sees too: nine family emoji are 99 UTF-16 units but nine characters.
    expect(errorsFor(createUserSchema, "password", FAMILY.repeat(9))).toEqual(["비밀번호는 10자 이상이어야 합니다."]);
    expect(errorsFor(createUserSchema, "password", FAMILY.repeat(10))).toBeUndefined();
    expect(errorsFor(productSchema, "slug", "a")).toEqual(["2자 이상 입력해 주세요."]);
    expect(errorsFor(createUserSchema, "password", FAMILY.repeat(201))).toEqual(["200자 이내로 입력해 주세요."]);
  });

  it("counts the gift message the same way as its counter on the page", () => {
    // The message is counted by the form's last check, which runs once every other field is right.
    const gift = {
      ...Object.fromEntries(Object.entries(CUSTOMER).map(([name, value]) => [name, String(value)])),
      sameAsOrderer: "on",
      consentAll: "on",
      isGift: "on",
      giftSender: "민지",
    };
    expect(errorsFor(checkoutSchema, "giftMessage", FAMILY.repeat(100), gift)).toBeUndefined();
    expect(errorsFor(checkoutSchema, "giftMessage", FAMILY.repeat(101), gift)).toEqual([
      "선물 메시지는 100자 이내로 써 주세요. (지금 101자)",
    ]);
  });

  it("leaves no zod .max()/.length()/.min(n > 1) on a string of any form: those count UTF-16 units", () => {
    const schemas = [
      ...new Set(CASES.map((c) => c.schema)),
      subscribeSchema,
      lookupSchema,
      coverImageSchema,
      centerArticleSchema,
    ];
    const offenders: string[] = [];
    const seen = new Set<unknown>();
    const visit = (node: unknown, path: string) => {
      if (!node || typeof node !== "object" || seen.has(node)) return;
      seen.add(node);
      if (node instanceof z.ZodString) {
        // `.min(1)` ("not empty") means the same in UTF-16 units and in characters; any other minimum does not.
        const checks = node._def.checks.filter(
          (check) => check.kind === "max" || check.kind === "length" || (check.kind === "min" && check.value > 1),
        );
        if (checks.length) offenders.push(path);
      }
      if (node instanceof z.ZodType) {
        const def = node._def as Record<string, unknown>;
        for (const [key, value] of Object.entries(def)) {
          const resolved = key === "shape" && typeof value === "function" ? (value as () => unknown)() : value;
          visit(resolved, `${path}.${key}`);
        }
        return;
      }
      for (const [key, value] of Object.entries(node as Record<string, unknown>)) visit(value, `${path}.${key}`);
    };
    schemas.forEach((schema, i) => visit(schema, `schema${i}`));
    expect(offenders).toEqual([]);
  });
});

describe("line breaks stay only where the schema says multiline", () => {
  const valueOf = (schema: z.ZodTypeAny, fields: Record<string, string>, field: string) => {
    const submission = parseForm(form(fields), { schema });
    const value = submission.payload[field];
    return typeof value === "string" ? value : undefined;
  };
  const TWO_LINES = "첫 줄\r\n둘째 줄";

  it.each([
    ["article", adminArticleSchema, "body"],
    ["article", adminArticleSchema, "summary"],
    ["review", requestChangesSchema, "reviewNote"],
    ["policy", policySchema, "body"],
    ["product", productSchema, "description"],
    ["product", productSchema, "ingredients"],
    ["center", centerSchema, "description"],
    ["checkout", checkoutSchema, "giftMessage"],
    ["part request", customerRequestSchema, "note"],
  ] as const)("keeps them in a textarea field (%s %s)", (_form, schema, field) => {
    expect(isMultilineField(schema, field)).toBe(true);
    expect(valueOf(schema, { [field]: TWO_LINES }, field)).toBe("첫 줄\n둘째 줄");
  });

  it.each([
    ["article", adminArticleSchema, "title"],
    ["product", productSchema, "summary"],
    ["product", productSchema, "line"],
    ["checkout", checkoutSchema, "deliveryMemo"],
    ["policy", policySchema, "note"],
    ["issue", issueDetailsSchema, "closing"],
    ["refund", refundSchema, "reason"],
    ["review", reviewActionSchema, "note"],
  ] as const)("turns them into a space in a one-line field (%s %s)", (_form, schema, field) => {
    expect(isMultilineField(schema, field)).toBe(false);
    expect(valueOf(schema, { [field]: `${TWO_LINES}\t끝` }, field)).toBe("첫 줄 둘째 줄 끝");
  });

  it("a one-line field with a pasted line break is saved, not refused as a control character", () => {
    const submission = parseForm(form({ body: "본문", effectiveAt: "2099-01-05T09:00", note: "오타\n수정" }), {
      schema: policySchema,
    });
    expect(submission.status === "error" ? submission.error : null).toBeNull();
    expect(submission.status === "success" && submission.value.note).toBe("오타 수정");
  });

  it("reads nested field names: a product option's name is one line", () => {
    expect(isMultilineField(productSchema, "variants[0].name")).toBe(false);
    const submission = parseForm(form({ "variants[0].name": "2\n봉" }), { schema: productSchema });
    const variants = submission.payload.variants as { name: string }[];
    expect(variants[0]!.name).toBe("2 봉");
  });

  it("finds the marker through unions, arrays and wrappers, and nothing for unknown names", () => {
    const schema = z.discriminatedUnion("kind", [
      z.object({ kind: z.literal("a"), items: z.array(z.object({ text: z.string().optional() })) }),
      z.object({
        kind: z.literal("b"),
        items: z.array(z.object({ text: z.string().trim().optional().default("") })).optional(),
      }),
    ]);
    expect(isMultilineField(schema, "items[0].text")).toBe(false);
    const marked = z.object({ items: z.array(z.object({ text: multiline(z.string().optional()) })) });
    expect(isMultilineField(marked, "items[3].text")).toBe(true);
    expect(isMultilineField(marked, "items.text")).toBe(false);
    expect(isMultilineField(marked, "unknown")).toBe(false);
  });
});
