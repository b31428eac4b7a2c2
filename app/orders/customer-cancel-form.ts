// The customer's own cancel on the order page (before 발주확인): the orderer's phone again, and why.
import { z } from "zod";
import { plainText } from "~/utils/form-inputs";
import type { CustomerCancelResult } from "./customer-cancel.server";

export const CANCEL_REASONS = ["단순 변심", "주문 실수 (상품·수량)", "배송지를 잘못 입력함", "기타"] as const;

export const customerCancelSchema = z.object({
  intent: z.literal("cancel"),
  phone: z.preprocess(
    (v) => (typeof v === "string" ? v.replace(/\D/g, "") : v),
    z
      .string({ required_error: "주문하실 때 입력한 휴대전화 번호를 입력해 주세요." })
      .regex(/^01\d{8,9}$/, "휴대전화 번호를 010-1234-5678 형식으로 입력해 주세요."),
  ),
  reason: z.enum(CANCEL_REASONS, { errorMap: () => ({ message: "취소 사유를 골라 주세요." }) }),
  message: plainText(200),
});

/** The refusals of cancelOrderByCustomer, in Korean. */
export const CUSTOMER_CANCEL_MESSAGE: Record<Exclude<CustomerCancelResult, { ok: true }>["reason"], string> = {
  NOT_YOURS: "휴대전화 번호가 주문 정보와 맞지 않습니다. 주문하실 때 입력한 번호를 입력해 주세요.",
  NOT_PAID: "결제가 끝난 주문만 취소할 수 있습니다.",
  ALREADY_ACCEPTED: "생산 센터가 이미 주문을 확인해 바로 취소할 수 없습니다. 고객센터로 취소를 요청해 주세요.",
  ALREADY_CANCELLED: "이미 취소된 주문입니다.",
  REFUND_FAILED: "환불을 처리하지 못했습니다. 잠시 후 다시 시도하시거나 고객센터로 연락해 주세요.",
};
