// One option on the center's stock page: its badges and a "set to N" form that also works without
// JavaScript (the page's action answers it; with JavaScript a fetcher keeps the rest of the page still).
import { getFormProps, getInputProps, type SubmissionResult } from "@conform-to/react";
import { useFetcher } from "@remix-run/react";
import { LOW_STOCK, MAX_STOCK, stockSchema } from "~/catalog/stock-form";
import { formatItemName, formatWon } from "~/utils/format";
import { useZodForm } from "~/utils/use-zod-form";

export type StockReply = {
  variantId: number | null;
  result: SubmissionResult<string[]>;
  /** The confirmation after a save. */
  saved?: string;
  /** A sale changed the count since the page was loaded: nothing was written. */
  stale?: boolean;
};

type Variant = { id: number; name: string; price: number; stock: number; active: boolean };

function Badges({ variant }: { variant: Variant }) {
  return (
    <>
      {variant.stock === 0 ? (
        <span className="rounded-full bg-orange-600 px-2.5 py-0.5 text-sm font-bold text-white">품절</span>
      ) : variant.stock <= LOW_STOCK ? (
        <span className="rounded-full bg-orange-50 px-2.5 py-0.5 text-sm font-bold text-orange-800 ring-1 ring-orange-200">
          {variant.stock}개 남음
        </span>
      ) : null}
      {variant.active ? null : (
        <span className="rounded-full bg-stone-200 px-2.5 py-0.5 text-sm font-bold text-stone-700">판매 안 함</span>
      )}
    </>
  );
}

export function StockRow({
  productName,
  variant,
  reply,
}: {
  productName: string;
  variant: Variant;
  reply?: StockReply;
}) {
  const fetcher = useFetcher<StockReply>();
  const last = fetcher.data ?? reply;
  const [form, fields] = useZodForm(stockSchema, last?.result, { id: `stock-${variant.id}` });
  const { key: _key, defaultValue: _default, ...stockProps } = getInputProps(fields.stock, { type: "number" });
  // After a refused or invalid save keep what was typed; otherwise show the count in the database, and
  // remount the input when that count changes (a sale, another staff member) so a stale number is never re-saved.
  const typed = last && !last.saved ? last.result.initialValue?.stock : undefined;
  const shown = typeof typed === "string" ? typed : String(variant.stock);
  const itemName = formatItemName(productName, variant.name);
  const busy = fetcher.state !== "idle";
  // Only a tampered or outdated page gets these (the hidden fields are not typed by anyone).
  const otherErrors = [form.errors, fields.variantId.errors, fields.expectedStock.errors].flatMap((e) => e ?? []);
  return (
    <li className="py-3">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <div className="min-w-0 flex-1">
          <p className="flex flex-wrap items-center gap-2">
            <span className="text-[17px] font-bold">{variant.name}</span>
            <Badges variant={variant} />
          </p>
          <p className="text-sm text-ink-soft">{formatWon(variant.price)}</p>
        </div>
        {/* noValidate: the server's Korean message beside the field, not the browser's own bubble. */}
        <fetcher.Form method="post" {...getFormProps(form)} noValidate className="flex items-center gap-2">
          <input type="hidden" name="variantId" value={variant.id} />
          <input type="hidden" name="expectedStock" value={variant.stock} />
          <label htmlFor={fields.stock.id} className="sr-only">
            {itemName} 재고 수량
          </label>
          <span className="relative">
            <input
              key={`${variant.stock}:${shown}`}
              {...stockProps}
              defaultValue={shown}
              min={0}
              max={MAX_STOCK}
              inputMode="numeric"
              autoComplete="off"
              className={`input w-24 [appearance:textfield] pr-8 text-right [&::-webkit-inner-spin-button]:appearance-none [&::-webkit-outer-spin-button]:appearance-none text-lg font-bold tabular-nums aria-[invalid=true]:border-orange-600 ${
                variant.stock === 0 ? "text-orange-700" : ""
              }`}
            />
            <span
              aria-hidden="true"
              className="pointer-events-none absolute top-1/2 right-3 -translate-y-1/2 text-ink-soft"
            >
              개
            </span>
          </span>
          <button type="submit" disabled={busy} className="btn btn-primary min-w-16 disabled:opacity-70">
            {busy ? "저장 중" : "저장"}
            <span className="sr-only"> {itemName} 재고</span>
          </button>
        </fetcher.Form>
      </div>
      {otherErrors.length ? (
        <p id={form.errorId} role="alert" className="mt-2 text-sm font-semibold text-orange-700">
          {otherErrors.join(" ")}
        </p>
      ) : null}
      {fields.stock.errors ? (
        <p id={fields.stock.errorId} role="alert" className="mt-2 text-sm font-semibold text-orange-700">
          {fields.stock.errors.join(" ")}
        </p>
      ) : null}
      {last?.saved && !busy ? (
        <p role="status" className="mt-2 text-sm font-semibold text-teal-800">
          ✓ {last.saved}
        </p>
      ) : null}
    </li>
  );
}
