import type { ProductCard as Product } from "~/catalog/catalog.server";
import { ProductCard } from "./product-card";

export function ProductGrid({
  products,
  className = "grid grid-cols-2 gap-4 md:grid-cols-4",
}: {
  products: Product[];
  className?: string;
}) {
  return (
    <ul className={className}>
      {products.map((p) => (
        <li key={p.slug}>
          <ProductCard product={p} />
        </li>
      ))}
    </ul>
  );
}
