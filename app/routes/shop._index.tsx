import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getBrand, listProducingCenters, listProducts } from "~/catalog/catalog.server";
import { Art } from "~/components/art";
import { PageHeader } from "~/components/page-header";
import { ProductGrid } from "~/catalog/product-grid";
import { notFound, publicPageHeaders } from "~/utils/http.server";
import { baseUrlFrom, errorMeta, seo } from "~/utils/seo";

export async function loader({ request }: LoaderFunctionArgs) {
  const centerSlug = new URL(request.url).searchParams.get("center");
  const [brand, centers, products] = await Promise.all([
    getBrand(),
    listProducingCenters(),
    listProducts(centerSlug ? { center: { slug: centerSlug } } : {}),
  ]);
  if (!brand) notFound();
  const selected = centers.find((c) => c.slug === centerSlug) ?? null;
  if (centerSlug && !selected) notFound();
  return { brand, centers, products, selected };
}

export const headers = publicPageHeaders;

export default function Shop() {
  const { brand, centers, products, selected } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader eyebrow="광주광역시 자활생산품 공동브랜드" title={brand.name}>
        <p className="text-lg font-semibold text-teal-900">{brand.tagline}</p>
        <p className="mt-2">{brand.description}</p>
      </PageHeader>
      <div className="container-page mt-8 grid items-start gap-8 md:grid-cols-[1fr_2fr]">
        <div className="space-y-4">
          <Art name="brand-sosodream" alt="웃는 해와 별을 그린 소소드림 브랜드 일러스트" className="rounded-2xl" />
          <p className="rounded-lg bg-cream p-4 text-sm text-ink-soft">
            소소드림 상품은 광주의 지역자활센터가 직접 만들고, 만든 센터에서 바로 보내 드립니다. 센터마다 따로 포장해
            보내므로 배송비도 센터별로 계산됩니다.
          </p>
        </div>
        <section aria-labelledby="products-title">
          <h2 id="products-title" className="section-title">
            {selected ? `${selected.name} 상품` : "전체 상품"}
          </h2>
          <nav aria-label="생산 센터별 보기" className="mt-3 mb-5">
            <ul className="flex flex-wrap gap-2">
              <li>
                <Link to="/shop" className="tag" aria-current={selected ? undefined : "page"}>
                  전체
                </Link>
              </li>
              {centers.map((center) => (
                <li key={center.slug}>
                  <Link
                    to={`/shop?center=${center.slug}`}
                    className="tag"
                    aria-current={selected?.slug === center.slug ? "page" : undefined}
                  >
                    {center.name}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <ProductGrid products={products} className="grid grid-cols-2 gap-4 lg:grid-cols-3" />
        </section>
      </div>
    </>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  data
    ? seo({
        baseUrl: baseUrlFrom(matches),
        path: data.selected ? `/shop?center=${data.selected.slug}` : "/shop",
        title: `${data.brand.name} — ${data.brand.tagline}`,
        description: data.brand.description,
        image: "/art/og/brand-sosodream.png",
      })
    : errorMeta();
