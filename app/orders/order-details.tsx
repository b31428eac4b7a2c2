import type { OrderView } from "~/orders/orders.server";
import { ORDER_STATUS_LABEL } from "~/orders/order-states";
import { courierName, trackingUrl } from "~/orders/couriers";
import { deriveDeliveryState, FULFILMENT_CUSTOMER_LABEL } from "~/orders/part-states";
import { formatDateTime, formatItemName, formatPhone, formatWon } from "~/utils/format";
import { MoneyTotals } from "~/components/money-totals";

type Item = OrderView["fulfilments"][number]["items"][number];

/** One line; cancelled units are struck through and labelled, so the customer sees what no longer comes. */
function OrderLine({ item }: { item: Item }) {
  const name = formatItemName(item.productName, item.variantName);
  if (item.cancelledQty === 0) {
    return (
      <li className="flex justify-between gap-2">
        <span>
          {name} × {item.quantity}
        </span>
        <span>{formatWon(item.lineTotal)}</span>
      </li>
    );
  }
  const all = item.cancelledQty >= item.quantity;
  return (
    <li className="flex justify-between gap-2">
      <span>
        <s className="text-ink-soft">
          {name} × {item.quantity}
        </s>{" "}
        <span className="rounded bg-stone-200 px-1.5 text-xs font-bold text-stone-700">
          {all ? "취소됨" : `${item.cancelledQty}개 취소됨`}
        </span>
      </span>
      <s className="text-ink-soft">{formatWon(item.lineTotal)}</s>
    </li>
  );
}

function orderStateLabel(order: OrderView) {
  if (order.status !== "PAID") return ORDER_STATUS_LABEL[order.status];
  return deriveDeliveryState(order.fulfilments.map((f) => f.status));
}

/** The order as its customer sees it: state, every center's parcel with tracking, address, totals. */
export function OrderDetails({ order }: { order: OrderView }) {
  const refunded = order.fulfilments.flatMap((f) => f.refunds).reduce((sum, r) => sum + r.amount, 0);
  return (
    <div className="space-y-6">
      <dl className="grid gap-2 rounded-xl border border-line bg-white p-5 sm:grid-cols-2">
        <div>
          <dt className="text-sm text-ink-soft">주문번호</dt>
          <dd className="text-lg font-extrabold tracking-wide">{order.number}</dd>
        </div>
        <div>
          <dt className="text-sm text-ink-soft">주문 상태</dt>
          <dd className="text-lg font-extrabold text-teal-800">{orderStateLabel(order)}</dd>
        </div>
        <div>
          <dt className="text-sm text-ink-soft">주문일시</dt>
          <dd>{formatDateTime(order.createdAt)}</dd>
        </div>
        <div>
          <dt className="text-sm text-ink-soft">결제 금액</dt>
          <dd className="font-bold">{formatWon(order.total)}</dd>
        </div>
        {refunded ? (
          <div>
            <dt className="text-sm text-ink-soft">환불 금액</dt>
            <dd className="font-bold text-orange-700">{formatWon(refunded)}</dd>
          </div>
        ) : null}
      </dl>
      {order.fulfilments.map((f) => (
        <section
          key={f.id}
          aria-label={`${f.center.name} 발송 상품`}
          className="rounded-xl border border-line bg-white p-5"
        >
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 className="font-bold text-teal-950">{f.center.name} 발송</h2>
            <p className="font-semibold text-teal-800">{FULFILMENT_CUSTOMER_LABEL[f.status]}</p>
          </div>
          <ul className="mt-3 space-y-1 text-[15px]">
            {f.items.map((item) => (
              <OrderLine key={item.id} item={item} />
            ))}
            <li className="flex justify-between text-ink-soft">
              <span>배송비{f.surcharge ? " (추가 배송비 포함)" : ""}</span>
              <span>{f.shippingFee + f.surcharge ? formatWon(f.shippingFee + f.surcharge) : "무료"}</span>
            </li>
          </ul>
          {f.refunds.length ? (
            <div className="mt-3 rounded-lg bg-orange-50 p-3 text-sm">
              <h3 className="font-bold text-orange-800">환불</h3>
              <ul className="mt-1 space-y-1">
                {f.refunds.map((r) => (
                  <li key={r.id} className="flex flex-wrap justify-between gap-x-3">
                    <span>
                      {formatDateTime(r.createdAt)}
                      {r.reason ? ` · ${r.reason}` : ""}
                      {r.status === "PENDING" ? " (처리 중)" : ""}
                    </span>
                    <strong>{formatWon(r.amount)}</strong>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {f.shipments.map((s) => {
            const url = trackingUrl(s.courier, s.trackingNumber);
            return (
              <p key={`${s.courier}-${s.trackingNumber}`} className="mt-3 rounded-lg bg-teal-50 p-3 text-sm">
                {courierName(s.courier)} 송장번호 <strong>{s.trackingNumber}</strong>{" "}
                {url ? (
                  <a href={url} className="font-semibold text-teal-800 underline" rel="noopener noreferrer">
                    배송 조회
                  </a>
                ) : null}
              </p>
            );
          })}
        </section>
      ))}
      <section aria-labelledby="shipping-title" className="rounded-xl border border-line bg-white p-5">
        <h2 id="shipping-title" className="font-bold text-teal-950">
          배송지
        </h2>
        <p className="mt-2">
          {order.recipientName} · {formatPhone(order.recipientPhone)}
        </p>
        <p>
          ({order.postalCode}) {order.address1} {order.address2}
        </p>
        {order.deliveryMemo ? <p className="text-ink-soft">배송 메모: {order.deliveryMemo}</p> : null}
        {order.isGift ? (
          <div className="mt-3 rounded-lg bg-orange-50 p-3 text-sm">
            <p className="font-bold text-orange-800">선물로 보내는 주문 · 보내는 분 {order.giftSender}</p>
            {order.giftMessage ? <p className="mt-1 whitespace-pre-line break-words">{order.giftMessage}</p> : null}
            <p className="mt-1 text-ink-soft">메시지는 포장 명세서에 인쇄되며, 상자에는 가격이 들어가지 않습니다.</p>
          </div>
        ) : null}
      </section>
      <div className="rounded-xl border border-line bg-white p-5">
        <MoneyTotals itemsTotal={order.itemsTotal} shippingTotal={order.shippingTotal} total={order.total} />
        <dl className="mt-3 space-y-2 border-t border-line pt-3 text-[15px]">
          <div className="flex justify-between">
            <dt>결제 금액</dt>
            <dd>{formatWon(order.total)}</dd>
          </div>
          <div className="flex justify-between text-orange-700">
            <dt>환불 금액</dt>
            <dd>{refunded ? `−${formatWon(refunded)}` : formatWon(0)}</dd>
          </div>
          <div className="flex justify-between text-lg font-extrabold text-teal-950">
            <dt>최종 결제 금액</dt>
            <dd>{formatWon(order.total - refunded)}</dd>
          </div>
        </dl>
      </div>
    </div>
  );
}
