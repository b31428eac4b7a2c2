import { z } from "zod";

const digits = (value: unknown) => (typeof value === "string" ? value.replace(/\D/g, "") : value);
const trimmed = (value: unknown) => (typeof value === "string" ? value.trim() : value);

const mobilePhone = (label: string) =>
  z.preprocess(
    digits,
    z
      .string({ required_error: `${label}를 입력해 주세요.` })
      .min(1, `${label}를 입력해 주세요.`)
      .regex(/^01[016789]\d{7,8}$/, `${label}를 010-1234-5678 형식으로 입력해 주세요.`),
  );

const requiredText = (message: string, max: number) =>
  z.preprocess(
    trimmed,
    z.string({ required_error: message }).min(1, message).max(max, `${max}자 이내로 입력해 주세요.`),
  );

const consent = (message: string) =>
  z.preprocess((v) => v === "on" || v === "true" || v === true, z.literal(true, { errorMap: () => ({ message }) }));

/** The checkout form, validated on the server (and by Conform in the browser) with Korean messages. */
export const checkoutSchema = z
  .object({
    ordererName: requiredText("주문하시는 분의 이름을 입력해 주세요.", 30),
    ordererPhone: mobilePhone("휴대전화 번호"),
    ordererEmail: z.preprocess(
      trimmed,
      z
        .string({ required_error: "이메일을 입력해 주세요." })
        .min(1, "이메일을 입력해 주세요.")
        .max(100, "100자 이내로 입력해 주세요.")
        .email("이메일 주소를 정확히 입력해 주세요."),
    ),
    sameAsOrderer: z.preprocess((v) => v === "on" || v === "true", z.boolean()).default(false),
    recipientName: z.preprocess(trimmed, z.string().max(30, "30자 이내로 입력해 주세요.").optional()),
    recipientPhone: z.preprocess(digits, z.string().optional()),
    postalCode: z.preprocess(
      digits,
      z.string({ required_error: "우편번호를 입력해 주세요." }).regex(/^\d{5}$/, "우편번호 5자리를 입력해 주세요."),
    ),
    address1: requiredText("주소를 입력해 주세요.", 200),
    address2: z.preprocess(trimmed, z.string().max(100, "100자 이내로 입력해 주세요.").default("")),
    deliveryMemo: z.preprocess(trimmed, z.string().max(100, "100자 이내로 입력해 주세요.").default("")),
    consentPrivacy: consent("개인정보 수집·이용에 동의해 주세요."),
    consentThirdParty: consent("개인정보 제3자 제공에 동의해 주세요."),
    consentPurchase: consent("구매조건 확인 및 결제 진행에 동의해 주세요."),
  })
  .superRefine((value, ctx) => {
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
  .transform((value) => ({
    ...value,
    recipientName: value.sameAsOrderer ? value.ordererName : value.recipientName!,
    recipientPhone: value.sameAsOrderer ? value.ordererPhone : value.recipientPhone!,
  }));

export type CheckoutInput = z.output<typeof checkoutSchema>;

export const CONSENT_TEXT = {
  privacy:
    "수집 항목: 주문자 이름·휴대전화·이메일, 받는 분 이름·연락처·주소. 목적: 주문 처리, 배송, 주문 안내. 보유 기간: 전자상거래법에 따라 5년.",
  thirdParty:
    "제공받는 자: 주문 상품을 생산·발송하는 지역자활센터. 제공 항목: 받는 분 이름·연락처·주소·배송 메모. 목적: 상품 발송. 보유 기간: 배송 완료 후 3개월.",
  purchase: "주문 상품의 상품명, 가격, 배송비와 배송 정보를 확인하였으며 결제 진행에 동의합니다.",
} as const;
