// Korean words for the 확인 필요 queue, shared by the admin page and the customer's email.
import type { PaymentReviewKind, PaymentReviewStatus } from "~/generated/prisma/enums";
import type { ReviewRefusal } from "./payment-reviews.server";

export const REVIEW_KIND_LABEL: Record<PaymentReviewKind, string> = {
  LATE_PAYMENT: "주문이 끝난 뒤 들어온 결제",
  DUPLICATE_PAYMENT: "중복 결제",
  AMOUNT_MISMATCH: "결제 금액 불일치",
  OVER_REFUND: "결제액보다 많은 환불 보고",
};

export const REVIEW_STATUS_LABEL: Record<PaymentReviewStatus, string> = {
  OPEN: "확인 필요",
  REVIVED: "주문 되살림",
  REFUNDED: "전액 환불",
  CLOSED: "확인 완료",
};

/** Told to the customer with the refund. */
export const RETURN_REASON: Record<PaymentReviewKind, string> = {
  LATE_PAYMENT: "결제가 주문의 결제 시간이 지난 뒤에 완료되어 주문에 반영할 수 없었습니다.",
  DUPLICATE_PAYMENT: "같은 주문이 두 번 결제되어 중복된 결제를 돌려드립니다.",
  AMOUNT_MISMATCH: "결제된 금액이 주문 금액과 달라 주문에 반영할 수 없었습니다.",
  OVER_REFUND: "",
};

export const REVIEW_REFUSAL_MESSAGE: Record<ReviewRefusal, string> = {
  NOT_FOUND: "확인 항목을 찾을 수 없습니다.",
  NOT_OPEN: "이미 처리된 항목입니다. 목록을 새로 고쳐 확인해 주세요.",
  NOT_REVIVABLE: "이 주문은 되살릴 수 없습니다. 전액 환불해 주세요.",
  OUT_OF_STOCK: "재고가 부족해 주문을 되살릴 수 없습니다. 전액 환불해 주세요.",
  NOT_RETURNABLE: "이 항목에는 할 수 없는 처리입니다.",
  PROVIDER_FAILED: "결제사에 환불을 요청하지 못했습니다. 잠시 후 다시 시도해 주세요.",
};
