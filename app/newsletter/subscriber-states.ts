// Subscription states and their labels, shared by the server modules and the admin page.
import { SubscriberStatus } from "~/generated/prisma/enums";

export { SubscriberStatus };
export const SUBSCRIBER_STATUSES = Object.values(SubscriberStatus);

export const SUBSCRIBER_STATUS_LABEL: Record<SubscriberStatus, string> = {
  PENDING: "확인 대기",
  CONFIRMED: "구독 중",
  UNSUBSCRIBED: "해지",
};

export function isSubscriberStatus(value: unknown): value is SubscriberStatus {
  return typeof value === "string" && (SUBSCRIBER_STATUSES as readonly string[]).includes(value);
}
