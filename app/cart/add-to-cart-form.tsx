import { Link, useFetcher } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import type { ProductDetail } from "~/catalog/catalog.server";
import { formatWon } from "~/utils/format";

type ActionResult = { ok?: boolean; error?: { field: string; message: string } } | undefined;

/**
 * Pack option picker + quantity. A plain POST to /cart without JavaScript (which then shows the cart);
 * with JavaScript a fetcher adds the item and the customer stays on the product.
 */
export function AddToCartForm({ variants }: { variants: ProductDetail["variants"] }) {
  const fetcher = useFetcher<ActionResult>();
  const firstAvailable = variants.find((v) => v.stock > 0);
  const [selected, setSelected] = useState(firstAvailable?.id);
  const result = fetcher.data;
  // Without JavaScript the post lands on /cart; with it, the action answers in place (see onSubmit).
  // Focus goes to the outcome, so keyboard and screen reader users land on "담았습니다" (or the error)
  // instead of the page body.
  const outcome = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (fetcher.state === "idle" && result) outcome.current?.focus();
  }, [fetcher.state, result]);
  const busy = fetcher.state !== "idle";
  return (
    <fetcher.Form
      method="post"
      action="/cart"
      noValidate
      className="space-y-5"
      onSubmit={(event) => {
        // Handled here as soon as React is attached (a hydration flag set by an effect comes a moment
        // later, and a quick first click used to land on /cart): the post asks to stay on the product.
        event.preventDefault();
        if (busy) return;
        const form = new FormData(event.currentTarget);
        form.set("stay", "1");
        fetcher.submit(form, { method: "post", action: "/cart" });
      }}
    >
      <input type="hidden" name="intent" value="add" />
      <fieldset>
        <legend className="mb-2 font-bold text-teal-950">구성 선택</legend>
        <div className="space-y-2">
          {variants.map((v) => {
            const soldOut = v.stock <= 0;
            return (
              <label
                key={v.id}
                className={`flex min-h-14 cursor-pointer items-center gap-3 rounded-xl border-2 px-4 py-3 ${
                  selected === v.id ? "border-teal-800 bg-teal-50" : "border-line bg-white"
                } ${soldOut ? "cursor-not-allowed opacity-60" : ""}`}
              >
                <input
                  type="radio"
                  name="variantId"
                  value={v.id}
                  disabled={soldOut}
                  defaultChecked={v.id === firstAvailable?.id}
                  onChange={() => setSelected(v.id)}
                  className="size-5 accent-teal-800"
                />
                <span className="flex-1">
                  <span className="block font-bold">{v.name}</span>
                  {v.saving > 0 ? (
                    <span className="block text-sm font-semibold text-orange-700">
                      1봉씩 살 때보다 {formatWon(v.saving)} 절약
                    </span>
                  ) : null}
                  {v.stock > 0 && v.stock <= 5 ? (
                    <span className="block text-sm text-ink-soft">남은 수량 {v.stock}개</span>
                  ) : null}
                </span>
                <span className="text-lg font-extrabold text-teal-950">{soldOut ? "품절" : formatWon(v.price)}</span>
              </label>
            );
          })}
        </div>
      </fieldset>
      <div className="flex items-end gap-3">
        <div>
          <label htmlFor="quantity" className="mb-1 block text-sm font-bold text-teal-950">
            수량
          </label>
          <input
            id="quantity"
            name="quantity"
            type="number"
            min={1}
            max={99}
            defaultValue={1}
            inputMode="numeric"
            className="input w-24"
          />
        </div>
        <button
          type="submit"
          className="btn btn-primary flex-1 text-base"
          // Not disabled while sending: a disabled button drops keyboard focus to the page body.
          disabled={!firstAvailable}
          aria-disabled={busy || undefined}
        >
          {firstAvailable ? (busy ? "담는 중…" : "장바구니 담기") : "품절"}
        </button>
      </div>
      <div aria-live="polite" ref={outcome} tabIndex={-1} className="focus:outline-none">
        {result?.error ? <p className="font-semibold text-orange-700">{result.error.message}</p> : null}
        {result?.ok ? (
          <p className="rounded-lg bg-teal-50 p-3 font-semibold text-teal-900">
            장바구니에 담았습니다.{" "}
            <Link to="/cart" className="underline">
              장바구니 보기
            </Link>
          </p>
        ) : null}
      </div>
    </fetcher.Form>
  );
}
