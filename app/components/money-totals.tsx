import { formatWon } from "~/utils/format";

/** 상품 금액 / 배송비 / 합계, as the cart, the order page and receipts show them. */
export function MoneyTotals({
  itemsTotal,
  shippingTotal,
  total,
  className = "",
}: {
  itemsTotal: number;
  shippingTotal: number;
  total: number;
  className?: string;
}) {
  return (
    <dl className={`space-y-2 text-[15px] ${className}`}>
      <div className="flex justify-between">
        <dt>상품 금액</dt>
        <dd>{formatWon(itemsTotal)}</dd>
      </div>
      <div className="flex justify-between">
        <dt>배송비</dt>
        <dd>{formatWon(shippingTotal)}</dd>
      </div>
      <div className="flex justify-between border-t border-line pt-3 text-lg font-extrabold text-teal-950">
        <dt>합계</dt>
        <dd>{formatWon(total)}</dd>
      </div>
    </dl>
  );
}
