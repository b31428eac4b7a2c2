import { Link, useFetcher } from "@remix-run/react";
import type { CartView, LineProblem } from "~/cart/cart.server";
import type { CartActionResult } from "~/cart/cart-actions.server";
import { formatWon } from "~/utils/format";
import { Art } from "~/components/art";

type Group = CartView["groups"][number];
type Line = Group["lines"][number];

function problemText(line: Line): string | null {
  const messages: Record<LineProblem, string> = {
    UNAVAILABLE: "판매가 중지된 상품입니다. 삭제해 주세요.",
    SOLD_OUT: "품절되었습니다. 삭제해 주세요.",
    INSUFFICIENT_STOCK: `재고가 부족합니다. 남은 수량은 ${line.stock}개입니다.`,
    PRICE_CHANGED: `가격이 ${formatWon(line.previousPrice)}에서 ${formatWon(line.unitPrice)}(으)로 바뀌었습니다.`,
  };
  return line.problem ? messages[line.problem] : null;
}

function CartLine({ line, error }: { line: Line; error?: CartActionResult["error"] }) {
  const fetcher = useFetcher<CartActionResult>();
  const lineError = fetcher.data?.error ?? (error?.itemId === line.id ? error : undefined);
  const problem = problemText(line);
  const inputId = `qty-${line.id}`;
  const errorId = `qty-error-${line.id}`;
  return (
    // On the narrowest phones (320px) the line total moves under the item instead of squeezing it sideways.
    <li className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 py-4 sm:flex sm:gap-4">
      <div className="size-16 shrink-0 sm:size-20 overflow-hidden rounded-lg border border-line">
        <Art name={line.art} alt="" />
      </div>
      <div className="min-w-0 flex-1">
        <p className="font-bold">
          <Link to={`/shop/${line.productSlug}`} className="hover:underline">
            {line.productName}
          </Link>
        </p>
        <p className="text-sm text-ink-soft">
          {line.variantName} · {formatWon(line.unitPrice)}
        </p>
        {problem ? <p className="mt-1 text-sm font-semibold text-orange-700">{problem}</p> : null}
        <div className="mt-2 flex flex-wrap items-center gap-2">
          {/* noValidate: the server's Korean message beside the field, not the browser's own bubble. */}
          <fetcher.Form method="post" action="/cart" noValidate className="flex items-center gap-2">
            <input type="hidden" name="intent" value="update" />
            <input type="hidden" name="itemId" value={line.id} />
            <label htmlFor={inputId} className="sr-only">
              {line.productName} {line.variantName} 수량
            </label>
            <input
              id={inputId}
              name="quantity"
              type="number"
              min={1}
              max={99}
              inputMode="numeric"
              defaultValue={line.quantity}
              aria-invalid={lineError ? true : undefined}
              aria-describedby={lineError ? errorId : undefined}
              className="input w-20"
            />
            <button type="submit" className="btn btn-ghost">
              변경
            </button>
          </fetcher.Form>
          <fetcher.Form method="post" action="/cart">
            <input type="hidden" name="intent" value="remove" />
            <input type="hidden" name="itemId" value={line.id} />
            <button type="submit" className="btn btn-ghost">
              삭제
              <span className="sr-only">
                {" "}
                {line.productName} {line.variantName}
              </span>
            </button>
          </fetcher.Form>
        </div>
        {lineError ? (
          <p id={errorId} className="mt-1 text-sm font-semibold text-orange-700">
            {lineError.message}
          </p>
        ) : null}
      </div>
      <p className="col-start-2 shrink-0 font-bold sm:col-auto">{formatWon(line.lineTotal)}</p>
    </li>
  );
}

/** One producing center's parcel: its lines, its own shipping fee and what is left for free shipping. */
export function CartGroup({ group, error }: { group: Group; error?: CartActionResult["error"] }) {
  return (
    <section aria-labelledby={`center-${group.center.id}`} className="rounded-xl border border-line bg-white px-5">
      <h2 id={`center-${group.center.id}`} className="border-b border-line py-4 font-bold text-teal-950">
        {group.center.name} <span className="text-sm font-semibold text-ink-soft">발송</span>
      </h2>
      <ul className="divide-y divide-line">
        {group.lines.map((line) => (
          <CartLine key={line.id} line={line} error={error} />
        ))}
      </ul>
      <dl className="space-y-1 border-t border-line py-4 text-sm">
        <div className="flex justify-between">
          <dt>상품 합계</dt>
          <dd className="font-semibold">{formatWon(group.itemsTotal)}</dd>
        </div>
        <div className="flex justify-between">
          <dt>배송비</dt>
          <dd className="font-semibold">{group.shippingFee === 0 ? "무료" : formatWon(group.shippingFee)}</dd>
        </div>
      </dl>
      {group.amountToFree > 0 ? (
        <p className="mb-4 rounded-lg bg-cream px-3 py-2 text-sm font-semibold text-teal-900">
          {formatWon(group.amountToFree)} 더 담으면 무료배송
        </p>
      ) : null}
    </section>
  );
}
