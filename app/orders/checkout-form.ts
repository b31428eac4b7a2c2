import { z } from "zod";
import { parseDigitsInput as digits, plainText } from "~/utils/form-inputs";
import { limitText, visibleLength } from "~/utils/text-fields";

const trimmed = (value: unknown) => (typeof value === "string" ? value.trim() : value);

const mobilePhone = (label: string) =>
  z.preprocess(
    digits,
    z
      .string({ required_error: `${label}를 입력해 주세요.` })
      .min(1, `${label}를 입력해 주세요.`)
      .regex(/^01[016789]\d{7,8}$/, `${label}를 010-1234-5678 형식으로 입력해 주세요.`),
  );

const box = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()).default(false);

/** The required consents; 전체 동의 (consentAll) alone counts as all of them, so it works without JavaScript. */
export const CONSENT_ITEMS = [
  { name: "consentTerms", item: "TERMS", policy: "TERMS", message: "이용약관에 동의해 주세요." },
  {
    name: "consentPrivacy",
    item: "PRIVACY_COLLECT",
    policy: "PRIVACY",
    message: "개인정보 수집·이용에 동의해 주세요.",
  },
  {
    name: "consentThirdParty",
    item: "PRIVACY_THIRD_PARTY",
    policy: "PRIVACY",
    message: "개인정보 제3자 제공에 동의해 주세요.",
  },
  {
    name: "consentPurchase",
    item: "PURCHASE",
    policy: "RETURNS",
    message: "구매조건과 교환·반품·환불 안내를 확인하고 동의해 주세요.",
  },
  { name: "consentAge14", item: "AGE_14", policy: null, message: "만 14세 이상인지 확인해 주세요." },
] as const;
export type ConsentItem = (typeof CONSENT_ITEMS)[number]["item"];

export const GIFT_MESSAGE_MAX = 100;

const consent = (message: string) =>
  z.preprocess((v) => v === "on" || v === "true" || v === true, z.literal(true, { errorMap: () => ({ message }) }));
const consentField = (name: (typeof CONSENT_ITEMS)[number]["name"]) =>
  consent(CONSENT_ITEMS.find((c) => c.name === name)!.message);

/** 전체 동의 submitted (with or without JavaScript) counts as every required item ticked. */
function expandConsentAll(raw: unknown) {
  if (typeof raw !== "object" || raw === null || (raw as Record<string, unknown>).consentAll !== "on") return raw;
  return { ...raw, ...Object.fromEntries(CONSENT_ITEMS.map((c) => [c.name, "on"])) };
}

/** The checkout form, validated on the server (and by Conform in the browser) with Korean messages. */
const checkoutObject = z
  .object({
    ordererName: plainText(30, { required: "주문하시는 분의 이름을 입력해 주세요." }),
    ordererPhone: mobilePhone("휴대전화 번호"),
    ordererEmail: z.preprocess(
      trimmed,
      limitText(z.string({ required_error: "이메일을 입력해 주세요." }).min(1, "이메일을 입력해 주세요."), 100).pipe(
        z.string().email("이메일 주소를 정확히 입력해 주세요."),
      ),
    ),
    sameAsOrderer: z.preprocess((v) => v === "on" || v === "true", z.boolean()).default(false),
    recipientName: plainText(30),
    recipientPhone: z.preprocess(digits, z.string().optional()),
    postalCode: z.preprocess(
      digits,
      z.string({ required_error: "우편번호를 입력해 주세요." }).regex(/^\d{5}$/, "우편번호 5자리를 입력해 주세요."),
    ),
    address1: plainText(200, { required: "주소를 입력해 주세요." }),
    address2: plainText(100),
    deliveryMemo: plainText(100),
    isGift: box,
    giftSender: plainText(30),
    giftMessage: plainText(400, { multiline: true }),
    consentAll: box,
    consentTerms: consentField("consentTerms"),
    consentPrivacy: consentField("consentPrivacy"),
    consentThirdParty: consentField("consentThirdParty"),
    consentPurchase: consentField("consentPurchase"),
    consentAge14: consentField("consentAge14"),
    // The total and the policy versions the page showed: the order must match them (see checkout._index).
    quotedTotal: z.preprocess(
      (v) => (typeof v === "string" && /^\d{1,9}$/.test(v) ? Number(v) : undefined),
      z.number().optional(),
    ),
    policyVersions: limitText(z.string(), 100).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.isGift) {
      if (!value.giftSender)
        ctx.addIssue({
          code: "custom",
          path: ["giftSender"],
          message: "받는 분에게 보일 보내는 분 이름을 입력해 주세요.",
        });
      const length = visibleLength(value.giftMessage);
      if (length > GIFT_MESSAGE_MAX)
        ctx.addIssue({
          code: "custom",
          path: ["giftMessage"],
          message: `선물 메시지는 ${GIFT_MESSAGE_MAX}자 이내로 써 주세요. (지금 ${length}자)`,
        });
      if (value.giftMessage.split("\n").length > 4)
        ctx.addIssue({ code: "custom", path: ["giftMessage"], message: "선물 메시지는 4줄 이내로 써 주세요." });
    }
    if (value.sameAsOrderer) return;
    if (!value.recipientName)
      ctx.addIssue({ code: "custom", path: ["recipientName"], message: "받는 분의 이름을 입력해 주세요." });
    if (!value.recipientPhone) {
      ctx.addIssue({ code: "custom", path: ["recipientPhone"], message: "받는 분의 연락처를 입력해 주세요." });
    } else if (!/^0\d{8,10}$/.test(value.recipientPhone)) {
      ctx.addIssue({
        code: "custom",
        path: ["recipientPhone"],
        message: "연락처를 010-1234-5678 형식으로 입력해 주세요.",
      });
    }
  })
  .transform(({ consentAll: _all, ...value }) => ({
    ...value,
    giftSender: value.isGift ? value.giftSender : "",
    giftMessage: value.isGift ? value.giftMessage : "",
    recipientName: value.sameAsOrderer ? value.ordererName : value.recipientName!,
    recipientPhone: value.sameAsOrderer ? value.ordererPhone : value.recipientPhone!,
  }));

// Typed as the object (for Conform's field types); at run time 전체 동의 is expanded first.
export const checkoutSchema = z.preprocess(expandConsentAll, checkoutObject) as unknown as typeof checkoutObject;

export type CheckoutInput = z.output<typeof checkoutSchema>;
