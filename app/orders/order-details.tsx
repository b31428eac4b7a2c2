import type { OrderView } from "~/orders/orders.server";
import { ORDER_STATUS_LABEL } from "~/orders/order-states";
import { courierName, trackingUrl } from "~/orders/couriers";
import { deriveDeliveryState, FULFILMENT_CUSTOMER_LABEL } from "~/orders/part-states";
import { formatDateTime, formatItemName, formatPhone, formatWon } from "~/utils/format";
import { MoneyTotals } from "~/components/money-totals";

function orderStateLabel(order: OrderView) {
  if (order.status !== "PAID") return ORDER_STATUS_LABEL[order.status];
  return deriveDeliveryState(order.fulfilments.map((f) => f.status));
}

/** The order as its customer sees it: state, every center's parcel with tracking, address, totals. */
export function OrderDetails({ order }: { order: OrderView }) {
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
              <li key={item.id} className="flex justify-between gap-2">
                <span>
                  {formatItemName(item.productName, item.variantName)} × {item.quantity}
                </span>
                <span>{formatWon(item.lineTotal)}</span>
              </li>
            ))}
            <li className="flex justify-between text-ink-soft">
              <span>배송비{f.surcharge ? " (제주 추가 포함)" : ""}</span>
              <span>{f.shippingFee + f.surcharge ? formatWon(f.shippingFee + f.surcharge) : "무료"}</span>
            </li>
          </ul>
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
      </section>
      <MoneyTotals
        className="rounded-xl border border-line bg-white p-5"
        itemsTotal={order.itemsTotal}
        shippingTotal={order.shippingTotal}
        total={order.total}
      />
    </div>
  );
}
