import { Link } from "@remix-run/react";
import type { ProductCard as Product } from "~/catalog/catalog.server";
import { imageSources } from "~/media/image-sources";
import { formatWon } from "~/utils/format";
import { Art } from "~/components/art";

export function ProductCard({ product }: { product: Product }) {
  const prices = product.variants.map((v) => v.price);
  const from = prices.length ? Math.min(...prices) : null;
  const soldOut = product.variants.every((v) => v.stock <= 0);
  const photo = product.images[0]?.image;
  return (
    <article className="relative flex h-full flex-col overflow-hidden rounded-xl border border-line bg-white hover:shadow-md">
      <Art
        name={product.art}
        alt=""
        image={photo ? imageSources(photo) : null}
        sizes="(min-width: 1024px) 360px, 50vw"
        className="aspect-square"
      />
      <div className="flex flex-1 flex-col gap-1 p-4">
        <p className="text-xs font-semibold text-teal-700">{product.center.name}</p>
        <h3 className="font-bold text-ink">
          <Link to={`/shop/${product.slug}`} className="after:absolute after:inset-0 hover:text-teal-800">
            {product.name}
          </Link>
        </h3>
        <p className="text-sm text-ink-soft">
          {product.variants.map((v) => `${v.name} ${formatWon(v.price)}`).join(" · ")}
        </p>
        {from !== null ? (
          <p className="mt-auto pt-2 text-lg font-extrabold text-teal-950">
            {soldOut ? <span className="text-orange-700">품절</span> : `${formatWon(from)}부터`}
          </p>
        ) : null}
      </div>
    </article>
  );
}
