import type { ProductCard as Product } from "~/catalog/catalog.server";
import { formatWon } from "~/utils/format";
import { Art } from "./art";

export function ProductCard({ product }: { product: Product }) {
  const prices = product.variants.map((v) => v.price);
  const from = prices.length ? Math.min(...prices) : null;
  return (
    <article className="flex h-full flex-col overflow-hidden rounded-xl border border-line bg-white">
      <Art name={product.art} alt="" className="aspect-square" />
      <div className="flex flex-1 flex-col gap-1 p-4">
        <p className="text-xs font-semibold text-teal-700">{product.center.name}</p>
        <h3 className="font-bold text-ink">{product.name}</h3>
        <p className="text-sm text-ink-soft">
          {product.variants.map((v) => `${v.name} ${formatWon(v.price)}`).join(" · ")}
        </p>
        {from !== null ? <p className="mt-auto pt-2 text-lg font-extrabold text-teal-950">{formatWon(from)}~</p> : null}
      </div>
    </article>
  );
}
