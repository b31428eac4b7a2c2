// Building blocks of the center's order screens (/center, /center/orders/:number): phone-first cards
// with big targets, the 발송 form, and the state badge.
import { getFormProps, getInputProps, getSelectProps, type SubmissionResult } from "@conform-to/react";
import { Form, Link } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { ORDER_STATUS_LABEL, type OrderStatus } from "~/orders/order-states";
import { courierName, trackingUrl } from "~/orders/couriers";
import type { DeliveryFields } from "~/orders/order-select";
import { FULFILMENT_STAFF_LABEL, type FulfilmentStatus } from "~/orders/part-states";
import { COURIER_OPTIONS, shipSchema } from "~/fulfilment/ship-form";
import { formatDateTime, formatItemName, formatPhone, formatWon } from "~/utils/format";
import { useZodForm } from "~/utils/use-zod-form";
import { FormErrors } from "~/components/field";

export type PartView = {
  id: number;
  status: FulfilmentStatus;
  itemsTotal: number;
  shippingFee: number;
  surcharge: number;
  order: DeliveryFields & {
    number: string;
    status: OrderStatus;
    paidAt: string | Date | null;
    isGift: boolean;
    giftSender: string;
  };
  items: { id: number; productName: string; variantName: string; quantity: number; cancelledQty: number }[];
  shipments: { courier: string; trackingNumber: string }[];
};

const BADGE: Record<FulfilmentStatus, string> = {
  NEW: "bg-orange-100 text-orange-800",
  ACCEPTED: "bg-teal-100 text-teal-900",
  SHIPPED: "bg-sky-100 text-sky-900",
  DELIVERED: "bg-emerald-100 text-emerald-900",
  CANCELLED: "bg-stone-200 text-stone-700",
};

export function PartStatusBadge({ status }: { status: FulfilmentStatus }) {
  return (
    <span className={`inline-block rounded-full px-2.5 py-0.5 text-sm font-bold ${BADGE[status]}`}>
      {FULFILMENT_STAFF_LABEL[status]}
    </span>
  );
}

/** Payment state of the whole order, shown only when it is not simply 결제완료. */
export function PaymentNote({ status }: { status: OrderStatus }) {
  if (status === "PAID") return null;
  return (
    <span className="rounded-full bg-orange-50 px-2.5 py-0.5 text-sm font-bold text-orange-800">
      {ORDER_STATUS_LABEL[status]}
    </span>
  );
}

export function PartLines({ items }: { items: PartView["items"] }) {
  return (
    <ul className="space-y-1">
      {items.map((item) => {
        const quantity = item.quantity - item.cancelledQty;
        return (
          <li key={item.id} className="flex justify-between gap-3 text-[15px]">
            <span className={quantity === 0 ? "text-ink-soft line-through" : "font-semibold"}>
              {formatItemName(item.productName, item.variantName)}
            </span>
            <span className="shrink-0 font-bold">
              {quantity}개{item.cancelledQty > 0 ? ` (취소 ${item.cancelledQty})` : ""}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

export function Recipient({ order }: { order: PartView["order"] }) {
  const phone = formatPhone(order.recipientPhone);
  return (
    <div className="text-[15px] leading-relaxed">
      <p>
        <strong>{order.recipientName}</strong>{" "}
        <a href={`tel:${order.recipientPhone}`} className="ml-1 underline">
          {phone}
        </a>
      </p>
      <p>
        ({order.postalCode}) {order.address1} {order.address2}
      </p>
      {order.deliveryMemo ? <p className="mt-1 rounded bg-cream px-2 py-1">배송 메모: {order.deliveryMemo}</p> : null}
      {order.isGift ? (
        <p className="mt-1 rounded bg-orange-50 px-2 py-1 font-semibold text-orange-800">
          선물 주문 · 보내는 분 {order.giftSender} (메시지는 포장 명세서에 인쇄, 가격 없음)
        </p>
      ) : null}
    </div>
  );
}

export function Parcels({ shipments }: { shipments: PartView["shipments"] }) {
  if (shipments.length === 0) return null;
  return (
    <ul className="space-y-1 text-[15px]">
      {shipments.map((s) => {
        const url = trackingUrl(s.courier, s.trackingNumber);
        return (
          <li key={`${s.courier}-${s.trackingNumber}`}>
            {courierName(s.courier)} <strong className="tracking-wide">{s.trackingNumber}</strong>{" "}
            {url ? (
              <a href={url} target="_blank" rel="noreferrer" className="underline">
                배송조회
              </a>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

/** 발송 처리: courier + tracking number, posted to the page's action. */
export function ShipForm({
  fulfilmentId,
  lastResult,
  intent = "ship",
}: {
  fulfilmentId: number;
  lastResult?: SubmissionResult<string[]>;
  /** "correct-shipment": the same fields change the courier/tracking number of a parcel already sent. */
  intent?: "ship" | "correct-shipment";
}) {
  const [form, fields] = useZodForm(shipSchema, lastResult, { id: `${intent}-${fulfilmentId}` });
  return (
    <Form method="post" {...getFormProps(form)} className="space-y-2">
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="fulfilmentId" value={fulfilmentId} />
      <FormErrors id={form.errorId} errors={form.errors} form={form} />
      <div className="grid gap-2 sm:grid-cols-[10rem_1fr_auto]">
        <div>
          <label htmlFor={fields.courier.id} className="sr-only">
            택배사
          </label>
          <select {...getSelectProps(fields.courier)} className="input w-full">
            <option value="">택배사 선택</option>
            {COURIER_OPTIONS.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
          {fields.courier.errors ? (
            <p id={fields.courier.errorId} className="mt-1 text-sm font-semibold text-orange-700">
              {fields.courier.errors.join(" ")}
            </p>
          ) : null}
        </div>
        <div>
          <label htmlFor={fields.trackingNumber.id} className="sr-only">
            송장번호
          </label>
          <input
            {...getInputProps(fields.trackingNumber, { type: "text" })}
            inputMode="numeric"
            autoComplete="off"
            placeholder="송장번호 (숫자만)"
            className="input w-full"
          />
          {fields.trackingNumber.errors ? (
            <p id={fields.trackingNumber.errorId} className="mt-1 text-sm font-semibold text-orange-700">
              {fields.trackingNumber.errors.join(" ")}
            </p>
          ) : null}
        </div>
        <button type="submit" className="btn btn-primary min-h-11">
          {intent === "ship" ? "발송 처리" : "송장 정정"}
        </button>
      </div>
    </Form>
  );
}

/** A single-button action on a part (발주확인, 배송완료). */
export function PartActionButton({
  fulfilmentId,
  intent,
  label,
}: {
  fulfilmentId: number;
  intent: string;
  label: string;
}) {
  return (
    <Form method="post">
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="fulfilmentId" value={fulfilmentId} />
      <button type="submit" className="btn btn-primary min-h-11 w-full sm:w-auto">
        {label}
      </button>
    </Form>
  );
}

export function PartSummary({ part }: { part: PartView }) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Link to={`/center/orders/${part.order.number}`} className="text-lg font-extrabold tracking-wide underline">
        {part.order.number}
      </Link>
      <PartStatusBadge status={part.status} />
      <PaymentNote status={part.order.status} />
      {part.order.paidAt ? (
        <span className="text-sm text-ink-soft">결제 {formatDateTime(part.order.paidAt)}</span>
      ) : null}
      <span className="ml-auto text-sm font-semibold">
        상품 {formatWon(part.itemsTotal)} · 배송비 {formatWon(part.shippingFee + part.surcharge)}
      </span>
    </div>
  );
}

type CenterActionData = { intent: string; result: SubmissionResult<string[]> };

/** Forms with fields show their own refusal, inside the form. */
const OWN_MESSAGES = new Set(["ship", "correct-shipment"]);

/** The one-time notice after a change, and the refusal of a 발주확인 or 배송완료 post (발송, 송장 정정 show their own). */
export function ActionMessages({ notice, actionData }: { notice: string | null; actionData?: CenterActionData }) {
  const error = actionData && !OWN_MESSAGES.has(actionData.intent) ? actionData.result.error?.[""]?.join(" ") : null;
  // The notice of the change before (still in the URL) is not news once a later post has been answered.
  const shown = actionData ? null : notice;
  // After an action (e.g. bulk 발주확인) the rows the user acted on are gone: focus moves to the outcome
  // rather than falling to the page body.
  const message = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (shown || error) message.current?.focus();
  }, [shown, error]);
  return (
    <div ref={message} tabIndex={-1} className="space-y-2 focus:outline-none">
      {shown ? (
        <p role="status" className="rounded-lg bg-teal-50 p-3 font-semibold text-teal-900">
          {shown}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="rounded-lg bg-orange-50 p-3 font-semibold text-orange-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
