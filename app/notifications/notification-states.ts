// Email kinds (shop customers and webzine subscribers) and delivery states, shared by the server modules and the
// admin outbox page.
import { NotificationKind, NotificationStatus } from "~/generated/prisma/enums";

export { NotificationKind, NotificationStatus };
export const NOTIFICATION_KINDS = Object.values(NotificationKind);
/** The kinds sent to the customer of an order (composed by templates.ts); the others go to center staff. */
export type CustomerNotificationKind = Exclude<NotificationKind, "CENTER_NEW_ORDER" | "CENTER_REQUEST">;

export const NOTIFICATION_KIND_LABEL: Record<NotificationKind, string> = {
  ORDER_PAID: "주문 접수",
  SHIPPED: "발송 안내",
  CANCELLED: "취소 안내",
  REFUNDED: "환불 안내",
  CENTER_NEW_ORDER: "센터에 새 주문 알림",
  CENTER_REQUEST: "센터에 요청 알림",
  NEWSLETTER_CONFIRM: "구독 확인",
  NEWSLETTER_ISSUE: "웹진 발송",
  NEWSLETTER_TEST: "웹진 테스트 발송",
  PAYMENT_RETURNED: "결제 환불 안내",
  REQUEST_RECEIVED: "요청 접수 안내",
  REQUEST_APPROVED: "요청 승인 안내",
  REQUEST_REJECTED: "요청 거절 안내",
  REQUEST_COLLECTED: "반품·교환 회수 안내",
  REQUEST_COMPLETED: "반품·교환 완료 안내",
};

// PENDING: waiting for (another) try; SENT; FAILED: gave up after the last retry; OUTBOX: no SMTP server
// was configured when it was queued, so it is only kept for admins to read.
export const NOTIFICATION_STATUSES = Object.values(NotificationStatus);

export const NOTIFICATION_STATUS_LABEL: Record<NotificationStatus, string> = {
  PENDING: "대기",
  SENT: "발송완료",
  FAILED: "실패",
  OUTBOX: "발송함 보관",
};

export function isNotificationStatus(value: unknown): value is NotificationStatus {
  return typeof value === "string" && (NOTIFICATION_STATUSES as readonly string[]).includes(value);
}
