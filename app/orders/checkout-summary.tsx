import type { CartView } from "~/cart/cart.server";
import { formatItemName, formatWon } from "~/utils/format";

export function CheckoutSummary({ cart, submitting }: { cart: CartView; submitting: boolean }) {
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
                <span>{formatWon(line.lineTotal)}</span>
              </li>
            ))}
            <li className="flex justify-between text-ink-soft">
              <span>배송비</span>
              <span>{group.shippingFee ? formatWon(group.shippingFee) : "무료"}</span>
            </li>
          </ul>
        </div>
      ))}
      <dl className="mt-4 border-t border-line pt-3">
        <div className="flex justify-between text-lg font-extrabold text-teal-950">
          <dt>결제 금액</dt>
          <dd>{formatWon(cart.total)}</dd>
        </div>
      </dl>
      <p className="mt-1 text-xs text-ink-soft">제주(우편번호 63000–63644)는 센터별 {formatWon(3000)}이 더해집니다.</p>
      <button type="submit" className="btn btn-accent mt-5 w-full text-base" disabled={submitting}>
        {submitting ? "결제 페이지로 이동 중…" : `${formatWon(cart.total)} 결제하기`}
      </button>
    </aside>
  );
}
