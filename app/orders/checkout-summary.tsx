import type { CartView } from "~/cart/cart.server";
import { quoteCheckout } from "~/cart/shipping";
import { formatItemName, formatWon } from "~/utils/format";

/**
 * The amount checkout will charge for this cart sent to `postalCode`, surcharges included; the pay
 * button says the same number, and the hidden `quotedTotal` tells the server which number the customer saw.
 */
export function CheckoutSummary({
  cart,
  postalCode,
  submitting,
}: {
  cart: CartView;
  postalCode: string;
  submitting: boolean;
}) {
  const quote = quoteCheckout(cart.groups, postalCode);
  const complete = /^\d{5}$/.test(postalCode);
  return (
    <aside
      aria-labelledby="order-summary"
      className="h-fit rounded-xl border border-line bg-white p-5 lg:sticky lg:top-4"
    >
      <h2 id="order-summary" className="text-lg font-bold text-teal-950">
        주문 상품
      </h2>
      {cart.groups.map((group) => (
        <div key={group.center.id} className="mt-4 border-t border-line pt-3 text-sm">
          <p className="font-bold">{group.center.name} 발송</p>
          <ul className="mt-1 space-y-1">
            {group.lines.map((line) => (
              <li key={line.id} className="flex justify-between gap-2">
                <span>
                  {formatItemName(line.productName, line.variantName)} × {line.quantity}
                </span>
                <span className="shrink-0">{formatWon(line.lineTotal)}</span>
              </li>
            ))}
            <li className="flex justify-between text-ink-soft">
              <span>배송비</span>
              <span>{group.shippingFee ? formatWon(group.shippingFee) : "무료"}</span>
            </li>
            {quote.surcharge ? (
              <li className="flex justify-between font-semibold text-orange-700">
                <span>{quote.surcharge.label} 추가 배송비</span>
                <span>{formatWon(quote.perParcel)}</span>
              </li>
            ) : null}
          </ul>
        </div>
      ))}
      <dl className="mt-4 border-t border-line pt-3">
        <div className="flex justify-between text-lg font-extrabold text-teal-950">
          <dt>결제 금액</dt>
          <dd aria-live="polite" data-testid="checkout-total">
            {formatWon(quote.total)}
          </dd>
        </div>
      </dl>
      <p className="mt-1 text-xs text-ink-soft">
        {quote.surcharge
          ? `${quote.surcharge.region}: 상자마다 ${formatWon(quote.perParcel)}이 더해진 금액입니다.`
          : complete
            ? "추가 배송비가 없는 지역입니다."
            : "제주·도서산간은 상자마다 추가 배송비가 붙습니다. 우편번호를 넣으면 결제 전에 금액을 다시 보여 드립니다."}
      </p>
      <input type="hidden" name="quotedTotal" value={quote.total} />
      <button type="submit" className="btn btn-accent mt-5 w-full text-base" disabled={submitting}>
        {submitting ? "결제 페이지로 이동 중…" : `${formatWon(quote.total)} 결제하기`}
      </button>
    </aside>
  );
}
