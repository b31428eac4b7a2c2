// Requests about one center's part of a paid order (고객의 취소·반품·교환 요청, 센터의 취소 요청): their kinds,
// reasons, states and windows, shared by the domain commands, the forms and the pages.
import { PartRequestKind, PartRequestOrigin, PartRequestStatus } from "~/generated/prisma/enums";

export { PartRequestKind, PartRequestOrigin, PartRequestStatus };
export const PART_REQUEST_KINDS = Object.values(PartRequestKind);
export const PART_REQUEST_STATUSES = Object.values(PartRequestStatus);

/** 반품·교환 can be asked within this long of 배송완료 (청약철회 기간). */
export const RETURN_WINDOW_MS = 7 * 24 * 3_600_000;

export const CUSTOMER_CANCEL_REASONS = ["단순 변심", "주문 실수 (상품·수량)", "배송지를 잘못 입력함", "기타"] as const;
export const RETURN_REASONS = ["단순 변심", "파손", "상품 불량", "오배송", "표시·광고와 다름", "기타"] as const;
export const CENTER_CANCEL_REASONS = ["품절", "상품 파손", "기타"] as const;

export const PART_REQUEST_KIND_LABEL: Record<PartRequestKind, string> = {
  CANCEL: "취소 요청",
  RETURN: "반품 요청",
  EXCHANGE: "교환 요청",
};

export const PART_REQUEST_STATUS_LABEL: Record<PartRequestStatus, string> = {
  OPEN: "처리 대기",
  APPROVED: "승인",
  REJECTED: "거절",
  WITHDRAWN: "요청 철회",
};

export const PART_REQUEST_ORIGIN_LABEL: Record<PartRequestOrigin, string> = {
  CUSTOMER: "고객",
  CENTER: "생산 센터",
};

/** Where an approved 반품·교환 stands: 승인 → 회수 → 완료. */
export type ReturnStage = "AWAITING_COLLECTION" | "COLLECTED" | "COMPLETED";

export function returnStage(request: {
  collectedAt: Date | string | null;
  completedAt: Date | string | null;
}): ReturnStage {
  if (request.completedAt) return "COMPLETED";
  return request.collectedAt ? "COLLECTED" : "AWAITING_COLLECTION";
}

/** The state as the customer and staff read it: an approved return or exchange waits for 회수, then 완료. */
export function requestStateLabel(request: {
  kind: PartRequestKind;
  status: PartRequestStatus;
  collectedAt: Date | string | null;
  completedAt: Date | string | null;
}): string {
  if (request.status !== "APPROVED") return PART_REQUEST_STATUS_LABEL[request.status];
  if (request.kind === "CANCEL") return "승인 · 취소 완료";
  const stage = returnStage(request);
  if (stage === "COMPLETED") return request.kind === "RETURN" ? "반품 완료 · 환불" : "교환 완료";
  if (stage === "COLLECTED") return request.kind === "RETURN" ? "회수 완료 · 환불 대기" : "회수 완료 · 교환 발송 대기";
  return "승인 · 상품 회수 대기";
}

/** What the customer may ask for this part now: 취소 before 발송, 반품·교환 within 7 days of 배송완료. */
export function customerRequestKinds(
  part: { status: string; deliveredAt: Date | string | null },
  now = new Date(),
): PartRequestKind[] {
  if (part.status === "NEW" || part.status === "ACCEPTED") return ["CANCEL"];
  if (part.status === "DELIVERED" && part.deliveredAt && withinReturnWindow(part.deliveredAt, now)) {
    return ["RETURN", "EXCHANGE"];
  }
  return [];
}

export function withinReturnWindow(deliveredAt: Date | string, now = new Date()) {
  return now.getTime() - new Date(deliveredAt).getTime() <= RETURN_WINDOW_MS;
}

export function isPartRequestKind(value: unknown): value is PartRequestKind {
  return typeof value === "string" && (PART_REQUEST_KINDS as readonly string[]).includes(value);
}

export function isPartRequestStatus(value: unknown): value is PartRequestStatus {
  return typeof value === "string" && (PART_REQUEST_STATUSES as readonly string[]).includes(value);
}

/** The one-line notice after a request post redirects back (`?notice=request-…`). */
export function requestNoticeText(notice: string | null): string | null {
  if (!notice?.startsWith("request-")) return null;
  const money = /^request-(cancelled|refunded)-(\d+)$/.exec(notice);
  if (money) {
    const amount = `${Number(money[2]).toLocaleString("ko-KR")}원`;
    return money[1] === "cancelled"
      ? `요청을 승인해 취소하고 ${amount}을 환불 요청했습니다.`
      : `반품을 완료하고 ${amount}을 환불 요청했습니다.`;
  }
  const text: Record<string, string> = {
    "request-sent": "취소 요청을 광역자활센터에 보냈습니다. 답을 받으면 이 화면에 표시됩니다.",
    "request-approved": "요청을 승인했습니다. 고객에게 알립니다.",
    "request-rejected": "요청을 거절했습니다. 고객에게 사유를 알립니다.",
    "request-collected": "상품 회수를 기록했습니다. 고객에게 알립니다.",
    "request-returned": "반품을 완료했습니다. 반품 배송비를 빼면 환불할 금액이 남지 않습니다.",
    "request-exchanged": "교환 완료로 기록했습니다. 고객에게 알립니다.",
  };
  return text[notice] ?? null;
}
