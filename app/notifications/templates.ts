// Customer emails of the 소소드림 shop, as plain text (every mail client shows it, nothing to sanitise).
// Pure: the caller reads the order from the database and passes it in.
import { courierName, trackingUrl } from "~/orders/couriers";
import type { DeliveryFields } from "~/orders/order-select";
import { formatDateTime, formatItemName, formatPhone, formatWon } from "~/utils/format";

export type EmailItem = { productName: string; variantName: string; quantity: number; lineTotal: number };

/** One producing center's parcel. */
export type EmailPart = {
  fulfilmentId: number;
  centerName: string;
  centerPhone: string | null;
  status: string; // NEW | ACCEPTED | SHIPPED | DELIVERED | CANCELLED
  shippingFee: number; // including any remote-area surcharge
  items: EmailItem[];
};

export type EmailOrder = DeliveryFields & {
  number: string;
  lookupToken: string;
  ordererName: string;
  itemsTotal: number;
  shippingTotal: number;
  total: number;
  createdAt: Date;
  paidAt: Date | null;
  parts: EmailPart[];
};

export type ShipmentRef = { courier: string; trackingNumber: string };

export type EmailEvent =
  | { kind: "ORDER_PAID" }
  | {
      kind: "SHIPPED";
      fulfilmentId: number;
      shipment: ShipmentRef | null;
      /** 송장 정정: what the earlier 발송 안내 said. */
      correctedFrom?: ShipmentRef;
    }
  | { kind: "CANCELLED" | "REFUNDED"; fulfilmentId?: number; amount: number; reason?: string }
  | { kind: "PAYMENT_RETURNED"; amount: number; reason?: string };

export type ComposedEmail = { subject: string; text: string };

export const REFUND_TIMING =
  "결제하신 카드로 환불됩니다. 카드 취소는 카드사 사정에 따라 3~7 영업일이 걸릴 수 있습니다.";

export function orderPageUrl(baseUrl: string, lookupToken: string) {
  return `${baseUrl.replace(/\/+$/, "")}/orders/${lookupToken}`;
}

export function composeOrderEmail(order: EmailOrder, event: EmailEvent, baseUrl: string): ComposedEmail {
  const link = orderPageUrl(baseUrl, order.lookupToken);
  switch (event.kind) {
    case "ORDER_PAID":
      return orderPaid(order, link);
    case "SHIPPED":
      return shipped(order, event, link);
    case "CANCELLED":
    case "REFUNDED":
      return cancelledOrRefunded(order, event, link);
    case "PAYMENT_RETURNED":
      return paymentReturned(order, event, link);
  }
}

/** A payment no order state could take (paid after the order ended, paid twice…), returned in full. */
function paymentReturned(
  order: EmailOrder,
  event: Extract<EmailEvent, { kind: "PAYMENT_RETURNED" }>,
  link: string,
): ComposedEmail {
  const lines = [
    `${order.ordererName} 님, 주문번호 ${order.number}의 결제 ${formatWon(event.amount)}을 전액 환불했습니다.`,
  ];
  if (event.reason) lines.push(`사유: ${event.reason}`);
  lines.push("", `환불 금액: ${formatWon(event.amount)}`, REFUND_TIMING, "", `주문 내역: ${link}`);
  return {
    subject: `[소소드림] 결제 금액을 환불했습니다 (주문번호 ${order.number})`,
    text: finish(lines, order.parts),
  };
}

function orderPaid(order: EmailOrder, link: string): ComposedEmail {
  const lines = [
    `${order.ordererName} 님, 소소드림 상품을 주문해 주셔서 고맙습니다.`,
    "결제가 완료되어 주문이 접수되었습니다. 상품은 만든 자활센터에서 각각 따로 포장해 보냅니다.",
    "",
    `주문번호: ${order.number}`,
    `결제일시: ${formatDateTime(order.paidAt ?? order.createdAt)}`,
  ];
  for (const part of order.parts) {
    lines.push("", `■ ${part.centerName} 발송`, ...itemLines(part.items));
    lines.push(`  배송비 ${part.shippingFee ? formatWon(part.shippingFee) : "무료"}`);
  }
  lines.push(
    "",
    `상품 금액: ${formatWon(order.itemsTotal)}`,
    `배송비: ${formatWon(order.shippingTotal)}`,
    `결제 금액: ${formatWon(order.total)}`,
    "",
    "■ 배송지",
    ...addressLines(order),
    "",
    `주문 내역과 배송 상황: ${link}`,
    "상품이 발송되면 택배사와 송장번호를 다시 알려 드립니다.",
  );
  return {
    subject: `[소소드림] 주문이 접수되었습니다 (주문번호 ${order.number})`,
    text: finish(lines, order.parts),
  };
}

function shipped(order: EmailOrder, event: Extract<EmailEvent, { kind: "SHIPPED" }>, link: string): ComposedEmail {
  const part = findPart(order, event.fulfilmentId);
  const from = event.correctedFrom;
  const lines = from
    ? [
        `${order.ordererName} 님, 앞서 알려 드린 택배사·송장번호가 잘못되어 바로잡았습니다.`,
        "",
        `주문번호: ${order.number}`,
        `보낸 곳: ${part.centerName}`,
        `정정 전: ${courierName(from.courier)} ${from.trackingNumber}`,
        `정정 후: ${event.shipment ? `${courierName(event.shipment.courier)} ${event.shipment.trackingNumber}` : "-"}`,
        "",
      ]
    : [
        `${order.ordererName} 님, 주문하신 상품이 발송되었습니다.`,
        "",
        `주문번호: ${order.number}`,
        `보낸 곳: ${part.centerName}`,
      ];
  if (event.shipment) {
    const url = trackingUrl(event.shipment.courier, event.shipment.trackingNumber);
    lines.push(`택배사: ${courierName(event.shipment.courier)}`, `송장번호: ${event.shipment.trackingNumber}`);
    lines.push(url ? `배송 조회: ${url}` : "배송 조회는 택배사 누리집에서 송장번호로 할 수 있습니다.");
  }
  lines.push("", "■ 이 택배에 담긴 상품", ...itemLines(part.items));
  const waiting = order.parts.filter((p) => p.fulfilmentId !== part.fulfilmentId && isWaiting(p.status));
  if (waiting.length > 0) {
    const names = waiting.map((p) => p.centerName).join(", ");
    lines.push("", `${names}의 상품은 준비되는 대로 따로 발송됩니다.`);
  }
  lines.push("", "■ 받는 분", ...addressLines(order), "", `주문 내역과 배송 상황: ${link}`);
  return {
    subject: from
      ? `[소소드림] 송장번호가 정정되었습니다 (주문번호 ${order.number})`
      : `[소소드림] 상품이 발송되었습니다 (주문번호 ${order.number})`,
    text: finish(lines, [part]),
  };
}

function cancelledOrRefunded(
  order: EmailOrder,
  event: Extract<EmailEvent, { kind: "CANCELLED" | "REFUNDED" }>,
  link: string,
): ComposedEmail {
  // A part of a one-center order is the whole order, as far as the customer can tell.
  const part = event.fulfilmentId !== undefined && order.parts.length > 1 ? findPart(order, event.fulfilmentId) : null;
  const scopeParts = part ? [part] : order.parts;
  const cancelled = event.kind === "CANCELLED";
  const what = part ? `주문하신 상품 가운데 ${part.centerName} 상품이` : "주문이";
  const lines = [
    `${order.ordererName} 님, ${what} ${cancelled ? "취소되었습니다" : "환불 처리되었습니다"}.`,
    "",
    `주문번호: ${order.number}`,
  ];
  if (event.reason) lines.push(`사유: ${event.reason}`);
  if (cancelled) {
    lines.push("", "■ 취소된 상품");
    for (const p of scopeParts) lines.push(...(part ? [] : [`[${p.centerName}]`]), ...itemLines(p.items));
  } else if (event.amount < paidFor(scopeParts)) {
    // A partial refund names its amount and the goods it concerns, never "주문 전체".
    lines.push(`부분 환불: ${part ? `${part.centerName} 상품` : "주문하신 상품"} 가운데 ${formatWon(event.amount)}`);
    lines.push("", "■ 환불 대상 상품");
    for (const p of scopeParts) lines.push(...(part ? [] : [`[${p.centerName}]`]), ...itemLines(p.items));
  } else {
    lines.push(`환불 범위: ${part ? `${part.centerName} 상품 전체` : "주문 전체"}`);
  }
  if (event.amount > 0) {
    lines.push("", `환불 금액: ${formatWon(event.amount)}`, REFUND_TIMING);
  }
  if (part && order.parts.some((p) => p.fulfilmentId !== part.fulfilmentId && p.status !== "CANCELLED")) {
    lines.push("", "다른 센터의 상품은 그대로 발송됩니다.");
  }
  lines.push("", `주문 내역: ${link}`);
  const partial = part || event.amount < paidFor(scopeParts) ? "일부 " : "";
  const subject = cancelled
    ? `[소소드림] 주문${part ? " 일부가" : "이"} 취소되었습니다 (주문번호 ${order.number})`
    : `[소소드림] 주문 ${partial}환불이 처리되었습니다 (주문번호 ${order.number})`;
  return { subject, text: finish(lines, scopeParts) };
}

/** What the customer paid for these parts: items and shipping. */
function paidFor(parts: EmailPart[]) {
  return parts.reduce((sum, p) => sum + p.shippingFee + p.items.reduce((s, i) => s + i.lineTotal, 0), 0);
}

function findPart(order: EmailOrder, fulfilmentId: number): EmailPart {
  const part = order.parts.find((p) => p.fulfilmentId === fulfilmentId);
  if (!part) throw new Error(`Fulfilment ${fulfilmentId} is not part of order ${order.number}`);
  return part;
}

function isWaiting(status: string) {
  return status === "NEW" || status === "ACCEPTED";
}

function itemLines(items: EmailItem[]) {
  return items.map(
    (item) =>
      `- ${formatItemName(item.productName, item.variantName)} × ${item.quantity}  ${formatWon(item.lineTotal)}`,
  );
}

function addressLines(order: EmailOrder) {
  const lines = [
    `${order.recipientName} · ${formatPhone(order.recipientPhone)}`,
    `(${order.postalCode}) ${[order.address1, order.address2].filter(Boolean).join(" ")}`,
  ];
  if (order.deliveryMemo) lines.push(`배송 메모: ${order.deliveryMemo}`);
  return lines;
}

/** Closing: who to call about the parcels this email is about, and that nobody reads replies. */
function finish(lines: string[], parts: EmailPart[]) {
  const contacts = parts.filter((p) => p.centerPhone).map((p) => `${p.centerName} ${formatPhone(p.centerPhone!)}`);
  const footer = ["", "──────────", "소소드림 · 광주광역자활센터"];
  if (contacts.length > 0) footer.push(`상품 문의: ${contacts.join(", ")}`);
  footer.push("이 메일은 발신 전용이라 회신을 받지 못합니다.");
  return [...lines, ...footer].join("\n");
}
