// Subscription states and their labels, shared by the server modules and the admin page.
export const SUBSCRIBER_STATUSES = ["PENDING", "CONFIRMED", "UNSUBSCRIBED"] as const;
export type SubscriberStatus = (typeof SUBSCRIBER_STATUSES)[number];

export const SUBSCRIBER_STATUS_LABEL: Record<SubscriberStatus, string> = {
  PENDING: "확인 대기",
  CONFIRMED: "구독 중",
  UNSUBSCRIBED: "해지",
};

export function isSubscriberStatus(value: unknown): value is SubscriberStatus {
  return typeof value === "string" && (SUBSCRIBER_STATUSES as readonly string[]).includes(value);
}
