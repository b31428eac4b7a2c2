import { imageSelect } from "~/media/image-sources";
import { prisma } from "~/utils/db.server";
import { visibleArticleWhere } from "~/news/visibility.server";

const productCardSelect = {
  slug: true,
  name: true,
  line: true,
  summary: true,
  art: true,
  // The first uploaded photo, shown instead of the built-in art when there is one.
  images: { orderBy: { position: "asc" }, take: 1, select: { image: { select: imageSelect } } },
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

export function listProducts(where: { centerId?: number; center?: { slug: string } } = {}) {
  return prisma.product.findMany({
    where: { visible: true, ...where },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: productCardSelect,
  });
}
export type ProductCard = Awaited<ReturnType<typeof listProducts>>[number];

export function listProducingCenters() {
  return prisma.center.findMany({
    where: { products: { some: { visible: true } } },
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { id: true, slug: true, name: true, shortName: true },
  });
}

export async function getProduct(slug: string) {
  const product = await prisma.product.findFirst({
    where: { slug, visible: true },
    include: {
      brand: { select: { name: true, slug: true } },
      center: {
        select: { slug: true, name: true, address: true, phone: true, shippingFee: true, freeShippingThreshold: true },
      },
      variants: { where: { active: true }, orderBy: { position: "asc" } },
      images: { orderBy: { position: "asc" }, select: { image: { select: imageSelect } } },
      // Readers' rule (visibility.server): also hides published stories of a 월호 not yet published.
      articles: {
        where: { article: visibleArticleWhere() },
        select: { article: { select: { slug: true, title: true, status: true, publishedAt: true } } },
      },
    },
  });
  if (!product) return null;
  const related = product.articles.map((a) => a.article);
  return { ...product, variants: withSavings(product.variants), articles: related };
}
export type ProductDetail = NonNullable<Awaited<ReturnType<typeof getProduct>>>;

/** How much a bigger pack saves against buying the single pack that many times. */
export function withSavings<V extends { price: number; units: number }>(variants: V[]) {
  const single = variants.find((v) => v.units === 1);
  return variants.map((v) => ({
    ...v,
    saving: single && v.units > 1 ? Math.max(0, single.price * v.units - v.price) : 0,
  }));
}
