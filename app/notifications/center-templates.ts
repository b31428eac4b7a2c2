// Emails to a producing center's staff about their own part of an order: a new paid order to accept, and
// a request about their part (a customer's 취소·반품 request, the regional center's cancellation or refund,
// the answer to the center's own request). Plain text, like the customer emails; no customer address or
// phone in the mail — staff read those on the signed-in order page.
import { formatDateTime, formatItemName } from "~/utils/format";

export type CenterEmailPart = {
  centerName: string;
  orderNumber: string;
  paidAt: Date | null;
  items: { productName: string; variantName: string; quantity: number }[];
};

/** What a request notice says: who asks, what, and why. */
export type CenterRequestNotice = {
  /** The subject's gist: "고객 취소 요청", "관리자 환불 처리", "취소 요청 승인"… */
  title: string;
  /** One or more sentences of what happened and what the center should do. */
  body: string;
  reason?: string;
};

const base = (url: string) => url.replace(/\/+$/, "");

function footer(baseUrl: string) {
  return ["", "이 메일은 소소드림 센터 업무 알림입니다.", `알림 메일 설정: ${base(baseUrl)}/center/notifications`];
}

function itemLines(part: CenterEmailPart) {
  return part.items.map((i) => `- ${formatItemName(i.productName, i.variantName)} × ${i.quantity}`);
}

export function composeCenterNewOrderEmail(part: CenterEmailPart, baseUrl: string) {
  const count = part.items.reduce((sum, i) => sum + i.quantity, 0);
  const lines = [
    `${part.centerName} 담당자님,`,
    "",
    "소소드림에 새 주문이 결제되었습니다. 센터 업무 화면에서 발주확인 후 발송해 주세요.",
    "",
    `주문번호: ${part.orderNumber}`,
    ...(part.paidAt ? [`결제일시: ${formatDateTime(part.paidAt)}`] : []),
    "",
    ...itemLines(part),
    "",
    `주문 보기: ${base(baseUrl)}/center/orders/${part.orderNumber}`,
    ...footer(baseUrl),
  ];
  return { subject: `[소소드림] 새 주문 ${part.orderNumber} (${count}개)`, text: lines.join("\n") };
}

export function composeCenterRequestEmail(part: CenterEmailPart, notice: CenterRequestNotice, baseUrl: string) {
  const lines = [
    `${part.centerName} 담당자님,`,
    "",
    notice.body,
    "",
    `주문번호: ${part.orderNumber}`,
    ...(notice.reason ? [`사유: ${notice.reason}`] : []),
    "",
    ...itemLines(part),
    "",
    `주문 보기: ${base(baseUrl)}/center/orders/${part.orderNumber}`,
    ...footer(baseUrl),
  ];
  return { subject: `[소소드림] ${notice.title} — ${part.orderNumber}`, text: lines.join("\n") };
}
