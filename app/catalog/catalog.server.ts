import { prisma } from "~/utils/db.server";

const productCardSelect = {
  slug: true,
  name: true,
  line: true,
  summary: true,
  art: true,
  center: { select: { slug: true, name: true, shortName: true } },
  variants: {
    where: { active: true },
    orderBy: { position: "asc" },
    select: { id: true, name: true, price: true, units: true, stock: true },
  },
} as const;

export function getBrand(slug = "sosodream") {
  return prisma.brand.findUnique({ where: { slug } });
}

export function listProducts(where: { centerId?: number } = {}) {
  return prisma.product.findMany({
    where: { visible: true, ...where },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: productCardSelect,
  });
}
export type ProductCard = Awaited<ReturnType<typeof listProducts>>[number];

/** The lowest price among a product's options, for "n원부터". */
export function startingPrice(product: Pick<ProductCard, "variants">): number | null {
  const prices = product.variants.map((v) => v.price);
  return prices.length ? Math.min(...prices) : null;
}
