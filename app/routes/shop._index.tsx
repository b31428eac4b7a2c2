import type { MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { getBrand, listProducts } from "~/catalog/catalog.server";
import { Art } from "~/components/art";
import { PageHeader } from "~/components/page-header";
import { ProductCard } from "~/components/product-card";
import { notFound, publicPageHeaders } from "~/utils/http.server";
import { baseUrlFrom, errorMeta, seo } from "~/utils/seo";

export async function loader() {
  const [brand, products] = await Promise.all([getBrand(), listProducts()]);
  if (!brand) notFound();
  return { brand, products };
}

export const headers = publicPageHeaders;

export default function Shop() {
  const { brand, products } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader eyebrow="광주광역시 자활생산품 공동브랜드" title={brand.name}>
        <p className="text-lg font-semibold text-teal-900">{brand.tagline}</p>
        <p className="mt-2">{brand.description}</p>
      </PageHeader>
      <div className="container-page mt-8 grid items-start gap-8 md:grid-cols-[1fr_2fr]">
        <Art name="brand-sosodream" alt="소소드림 브랜드 일러스트" className="rounded-2xl" />
        <section aria-labelledby="products-title">
          <h2 id="products-title" className="section-title mb-4">
            상품
          </h2>
          <ul className="grid grid-cols-2 gap-4 lg:grid-cols-3">
            {products.map((p) => (
              <li key={p.slug}>
                <ProductCard product={p} />
              </li>
            ))}
          </ul>
          <p className="mt-6 rounded-lg bg-cream p-4 text-sm text-ink-soft">
            온라인 주문은 준비 중입니다. 상품 문의는 각 생산 센터로 연락해 주세요.
          </p>
        </section>
      </div>
    </>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  data
    ? seo({
        baseUrl: baseUrlFrom(matches),
        path: "/shop",
        title: `${data.brand.name} — ${data.brand.tagline}`,
        description: data.brand.description,
      })
    : errorMeta();
