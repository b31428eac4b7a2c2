import { imageSelect } from "~/media/image-sources";
import { lookups } from "~/news/lookups.server";
import { cachedContent, createContentStore } from "~/utils/content-cache.server";
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
  centerId: true,
  variants: {
    where: { active: true },
    orderBy: { position: "asc" },
    select: { id: true, name: true, price: true, units: true },
  },
} as const;

export function getBrand(slug = "sosodream") {
  return cachedContent(`catalog:brand:${slug}`, () => prisma.brand.findUnique({ where: { slug } }));
}

// A store of its own: /shop?center= takes any text, and a key per text must not push out the shared lookups.
const cachedCards = createContentStore(100);

/**
 * Visible products in shop order. The cards are content, read once per content version (their centers from
 * the cached lookups); only their options' stock is read on each call, in one query.
 */
export async function listProducts(where: { centerId?: number; center?: { slug: string } } = {}, take?: number) {
  const cards = await cachedCards(`catalog:cards:${JSON.stringify(where)}:${take ?? "all"}`, () =>
    readProductCards(where, take),
  );
  const ids = cards.flatMap((card) => card.variants.map((v) => v.id));
  const rows = await prisma.productVariant.findMany({ where: { id: { in: ids } }, select: { id: true, stock: true } });
  const stock = new Map(rows.map((row) => [row.id, row.stock]));
  return cards.map((card) => ({
    ...card,
    variants: card.variants.map((v) => ({ ...v, stock: stock.get(v.id) ?? 0 })),
  }));
}

async function readProductCards(where: { centerId?: number; center?: { slug: string } }, take?: number) {
  const [products, refs] = await Promise.all([
    prisma.product.findMany({
      where: { visible: true, ...where },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      take,
      select: productCardSelect,
    }),
    lookups(),
  ]);
  return products.map(({ centerId, ...product }) => {
    const center = refs.centers.get(centerId)!;
    return { ...product, center: { slug: center.slug, name: center.name, shortName: center.shortName } };
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

// A product page's content (the product, its photos, its stories, its center) is read once per content
// version; its options are read on every request, since their stock changes with every order.
const cachedProducts = createContentStore(200);

/** A visible product with its active options (stock as of now), or null. */
export async function getProduct(slug: string) {
  const content = await cachedProducts(`catalog:product:${slug}`, () => readProductContent(slug));
  if (!content) return null;
  const variants = await prisma.productVariant.findMany({
    where: { productId: content.id, active: true },
    orderBy: { position: "asc" },
  });
  return { ...content, variants: withSavings(variants) };
}

async function readProductContent(slug: string) {
  const [product, refs] = await Promise.all([
    prisma.product.findFirst({
      where: { slug, visible: true },
      include: {
        images: { orderBy: { position: "asc" }, select: { image: { select: imageSelect } } },
        // Readers' rule (visibility.server): also hides published stories of a 월호 not yet published.
        articles: {
          where: { article: visibleArticleWhere() },
          select: { article: { select: { slug: true, title: true, status: true, publishedAt: true } } },
        },
      },
    }),
    lookups(),
  ]);
  if (!product) return null;
  // Brand and center come from the cached lookups: two queries fewer per product page.
  const {
    slug: centerSlug,
    name,
    address,
    phone,
    shippingFee,
    freeShippingThreshold,
  } = refs.centers.get(product.centerId)!;
  return {
    ...product,
    brand: product.brandId ? (refs.brands.get(product.brandId) ?? null) : null,
    center: { slug: centerSlug, name, address, phone, shippingFee, freeShippingThreshold },
    articles: product.articles.map((a) => a.article),
  };
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
