// The request forms: the customer's 취소·반품·교환 요청 and 철회 on the order page, the center's 취소 요청, and the
// staff's steps (승인/거절, 회수, 반품 완료·환불, 교환 완료). Shared by the browser (Conform) and the actions.
import { z } from "zod";
import { imageFileInput } from "~/media/image-input";
import { idInput, plainText } from "~/utils/form-inputs";
import type { AnswerResult } from "./part-request-answers.server";
import type { ReturnStepResult } from "./part-request-returns.server";
import type { CustomerRequestResult, OpenRequestRefusal } from "./part-requests.server";
import { CENTER_CANCEL_REASONS, CUSTOMER_CANCEL_REASONS, RETURN_REASONS } from "./part-request-rules";
import type { Refusal } from "~/utils/command-result";

const customerPhone = z.preprocess(
  (v) => (typeof v === "string" ? v.replace(/\D/g, "") : v),
  z
    .string({ required_error: "주문하실 때 입력한 휴대전화 번호를 입력해 주세요." })
    .regex(/^01\d{8,9}$/, "휴대전화 번호를 010-1234-5678 형식으로 입력해 주세요."),
);
const partId = idInput("요청할 상품을 찾을 수 없습니다.");
const requestId = idInput("요청을 찾을 수 없습니다.");
const note = plainText(500, { multiline: true });

export const customerRequestSchema = z
  .object({
    intent: z.literal("part-request"),
    fulfilmentId: partId,
    kind: z.enum(["CANCEL", "RETURN", "EXCHANGE"], { errorMap: () => ({ message: "요청 종류를 골라 주세요." }) }),
    phone: customerPhone,
    // Any known reason here (so its message comes with the other fields'); the kind's own list below.
    reasonCode: z.enum([...new Set([...CUSTOMER_CANCEL_REASONS, ...RETURN_REASONS])] as [string, ...string[]], {
      errorMap: () => ({ message: "사유를 골라 주세요." }),
    }),
    note,
    // The optional photo of a 반품·교환 request: checked and stored by the image pipeline (app/media), not here.
    photo: imageFileInput,
  })
  .superRefine((value, ctx) => {
    const allowed: readonly string[] = value.kind === "CANCEL" ? CUSTOMER_CANCEL_REASONS : RETURN_REASONS;
    if (!allowed.includes(value.reasonCode)) {
      ctx.addIssue({ code: "custom", path: ["reasonCode"], message: "사유를 골라 주세요." });
    }
  });

export const withdrawRequestSchema = z.object({
  intent: z.literal("withdraw-request"),
  requestId,
  phone: customerPhone,
});

export const centerCancelRequestSchema = z.object({
  intent: z.literal("center-cancel-request"),
  fulfilmentId: partId,
  reasonCode: z.enum(CENTER_CANCEL_REASONS, { errorMap: () => ({ message: "취소 사유를 골라 주세요." }) }),
  note,
});

export const answerRequestSchema = z
  .object({
    intent: z.literal("answer-request"),
    requestId,
    decision: z.enum(["APPROVE", "REJECT"], { errorMap: () => ({ message: "승인 또는 거절을 골라 주세요." }) }),
    answerNote: plainText(500, { multiline: true }),
  })
  .superRefine((value, ctx) => {
    if (value.decision === "REJECT" && !value.answerNote) {
      ctx.addIssue({
        code: "custom",
        path: ["answerNote"],
        message: "거절 사유를 입력해 주세요. 고객에게 전달됩니다.",
      });
    }
  });

/** 회수, 반품 완료 and 교환 완료 carry only the request: the amount of a return's refund follows the policy. */
export const returnStepSchema = z.object({
  intent: z.enum(["collect-request", "complete-return", "complete-exchange"]),
  requestId,
});

/** The form scope an answer belongs to, so a page with several request forms shows it beside the right one. */
export const requestFormId = (intent: string, id: number | string) => `${intent}-${id}`;

export const OPEN_REQUEST_MESSAGE: Record<OpenRequestRefusal, string> = {
  NOT_YOURS: "휴대전화 번호가 주문 정보와 맞지 않습니다. 주문하실 때 입력한 번호를 입력해 주세요.",
  NOT_FOUND: "주문을 찾을 수 없습니다.",
  NOT_PAID: "결제가 끝난 주문만 요청할 수 있습니다.",
  WRONG_STATE: "지금 상태에서는 이 요청을 할 수 없습니다. 취소는 발송 전까지, 반품·교환은 배송완료 뒤에 요청해 주세요.",
  OUT_OF_WINDOW: "배송완료 후 7일이 지나 반품·교환을 요청할 수 없습니다. 고객센터(062-361-9114)로 문의해 주세요.",
  ALREADY_OPEN: "이 상품에 대한 요청이 이미 접수되어 처리를 기다리고 있습니다.",
  ALREADY_DONE: "이 상품의 반품·교환 요청은 이미 처리되었습니다.",
  REFUND_FAILED: "환불을 처리하지 못했습니다. 잠시 후 다시 시도하시거나 고객센터로 연락해 주세요.",
};

export const WITHDRAW_MESSAGE = {
  NOT_YOURS: OPEN_REQUEST_MESSAGE.NOT_YOURS,
  ALREADY_ANSWERED: "이미 처리된 요청이라 철회할 수 없습니다.",
} as const;

const REFUND_REFUSAL_TEXT: Record<string, string> = {
  PART_SHIPPED: "이미 발송되었거나 취소된 상품이라 취소할 수 없습니다. 요청은 다시 처리 대기로 돌아갔습니다.",
  FULLY_REFUNDED: "이미 전액 환불된 상품입니다.",
  NO_PAYMENT: "환불할 결제를 찾을 수 없습니다.",
  PROVIDER_UNREACHABLE: "결제사에 연결하지 못했습니다. 주문 화면의 실패한 환불을 확인해 주세요.",
  PROVIDER_DECLINED: "결제사가 환불을 거절했습니다. 주문 화면의 실패한 환불을 확인해 주세요.",
};

export function answerRefusalMessage(result: Refusal<AnswerResult> | Refusal<ReturnStepResult<unknown>>): string {
  switch (result.reason) {
    case "NOT_FOUND":
      return "요청을 찾을 수 없습니다.";
    case "ALREADY_ANSWERED":
      return "이미 처리되었거나 고객이 철회한 요청입니다.";
    case "NOT_ALLOWED":
      return "센터의 취소 요청은 광역자활센터가 처리합니다.";
    case "WRONG_STATE":
      return "지금 단계에서는 할 수 없습니다. 화면을 새로 고쳐 요청의 현재 상태를 확인해 주세요.";
    case "REFUND_REFUSED":
      if (result.refund === "AMOUNT_OUT_OF_RANGE") {
        return `환불 금액은 1원부터 환불 가능한 ${(result.refundable ?? 0).toLocaleString("ko-KR")}원까지입니다.`;
      }
      return REFUND_REFUSAL_TEXT[result.refund ?? ""] ?? "환불을 처리하지 못했습니다.";
  }
}

export type CustomerRequestSuccess = Extract<CustomerRequestResult, { ok: true }>["data"];
