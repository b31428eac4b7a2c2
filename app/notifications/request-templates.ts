// The customer's emails about their 취소·반품·교환 request: received, approved, declined, goods collected (회수),
// completed (a return with its refund and any 반품 배송비 taken off). Plain text, pure.
import { formatItemName, formatWon } from "~/utils/format";
import { orderPageUrl } from "./templates";

export type RequestEmailInput = {
  step: "RECEIVED" | "APPROVED" | "REJECTED" | "COLLECTED" | "COMPLETED";
  ordererName: string;
  orderNumber: string;
  lookupToken: string;
  centerName: string;
  /** 취소 요청 / 반품 요청 / 교환 요청 */
  kindLabel: string;
  kind: "CANCEL" | "RETURN" | "EXCHANGE";
  reasonCode: string;
  answerNote: string;
  /** 반품 배송비 the customer bears, taken off a return's refund. */
  returnFee: number;
  refundAmount: number | null;
  items: { productName: string; variantName: string; quantity: number }[];
};

const HEADLINE: Record<"RECEIVED" | "APPROVED" | "REJECTED", string> = {
  RECEIVED: "접수되었습니다",
  APPROVED: "승인되었습니다",
  REJECTED: "받아들여지지 않았습니다",
};

function headline(input: RequestEmailInput): string {
  const goods = input.kind === "RETURN" ? "반품" : "교환";
  if (input.step === "COLLECTED") return `${goods} 상품을 회수했습니다`;
  if (input.step === "COMPLETED") return `${goods}이 완료되었습니다`;
  return `${input.kindLabel}이 ${HEADLINE[input.step]}`;
}

function nextStep(input: RequestEmailInput): string {
  if (input.step === "COLLECTED") {
    return input.kind === "RETURN"
      ? "상품을 확인한 뒤 환불해 드리고, 환불 안내 메일을 따로 보내 드립니다."
      : "같은 상품을 다시 보내 드립니다. 발송되면 메일로 알려 드립니다.";
  }
  if (input.step === "COMPLETED") {
    return input.kind === "RETURN"
      ? "환불 금액은 결제하신 수단으로 돌려 드립니다. 카드사 사정에 따라 3~7영업일이 걸릴 수 있습니다."
      : "교환 상품을 보내 드렸습니다. 이용해 주셔서 감사합니다.";
  }
  if (input.step === "RECEIVED") return "생산 센터와 광역자활센터가 확인한 뒤 결과를 메일로 알려 드립니다.";
  if (input.step === "REJECTED") return "궁금한 점은 고객센터(062-361-9114)로 문의해 주세요.";
  if (input.kind === "CANCEL") return "취소된 금액은 결제하신 수단으로 환불되며, 환불 안내 메일을 따로 보내 드립니다.";
  if (input.kind === "RETURN") {
    return "상품을 보내 주시면 회수를 확인한 뒤 환불해 드립니다. 반품 방법은 생산 센터가 따로 안내합니다.";
  }
  return "상품을 회수한 뒤 같은 상품으로 다시 보내 드립니다. 교환 방법은 생산 센터가 따로 안내합니다.";
}

export function composeRequestEmail(input: RequestEmailInput, baseUrl: string) {
  const lines = [
    input.step === "COLLECTED"
      ? `${input.ordererName} 님, ${input.kindLabel}하신 ${input.centerName} 상품을 회수했습니다.`
      : `${input.ordererName} 님, 주문하신 ${input.centerName} 상품의 ${headline(input)}.`,
    "",
    `주문번호: ${input.orderNumber}`,
    `요청 사유: ${input.reasonCode}`,
  ];
  if (input.step === "COMPLETED" && input.kind === "RETURN") {
    const fee = input.returnFee > 0 ? ` (반품 배송비 ${formatWon(input.returnFee)} 차감)` : "";
    lines.push(`환불 금액: ${formatWon(input.refundAmount ?? 0)}${fee}`);
  }
  if ((input.step === "APPROVED" || input.step === "REJECTED") && input.answerNote) {
    lines.push(`${input.step === "REJECTED" ? "거절 사유" : "안내"}: ${input.answerNote}`);
  }
  lines.push("", "■ 대상 상품");
  for (const item of input.items)
    lines.push(`- ${formatItemName(item.productName, item.variantName)} × ${item.quantity}`);
  lines.push("", nextStep(input), "", `주문 내역과 요청 상태: ${orderPageUrl(baseUrl, input.lookupToken)}`);
  lines.push("", "──────────", "소소드림 · 광주광역자활센터", "이 메일은 발신 전용이라 회신을 받지 못합니다.");
  return {
    subject: `[소소드림] ${headline(input)} (주문번호 ${input.orderNumber})`,
    text: lines.join("\n"),
  };
}
