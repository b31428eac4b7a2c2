import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getProduct } from "~/catalog/catalog.server";
import { FOOD_DISCLOSURE } from "~/catalog/food-disclosure";
import { AddToCartForm } from "~/cart/add-to-cart-form";
import { productStructuredData } from "~/catalog/product-structured-data";
import { Art } from "~/components/art";
import { JsonLdScripts } from "~/components/json-ld";
import { ProductGallery, shareImage } from "~/catalog/product-gallery";
import { PhoneLink } from "~/components/phone-link";
import { env } from "~/utils/env.server";
import { formatWon } from "~/utils/format";
import { notFound, publicPageHeaders } from "~/utils/http.server";
import { renderMarkdown } from "~/utils/markdown.server";
import { baseUrlFrom, errorMeta, seo } from "~/utils/seo";

export async function loader({ params }: LoaderFunctionArgs) {
  const product = await getProduct(params.slug ?? "");
  if (!product) notFound();
  const structuredData = productStructuredData(
    product,
    env.PUBLIC_BASE_URL,
    `${env.PUBLIC_BASE_URL}${shareImage(product)}`,
  );
  return { product, descriptionHtml: renderMarkdown(product.description), structuredData };
}

export const headers = publicPageHeaders;

export default function ProductPage() {
  const { product, descriptionHtml, structuredData } = useLoaderData<typeof loader>();
  return (
    <div className="container-page mt-6">
      <JsonLdScripts data={structuredData} />
      <nav aria-label="현재 위치" className="text-sm font-semibold text-teal-700">
        <Link to="/shop" className="hover:underline">
          {product.brand?.name ?? "소소드림"}
        </Link>
        <span aria-hidden="true"> › </span>
        <Link to={`/shop?center=${product.center.slug}`} className="hover:underline">
          {product.center.name}
        </Link>
      </nav>
      <div className="mt-4 grid gap-8 md:grid-cols-2">
        {product.images.length ? (
          <ProductGallery name={product.name} images={product.images.map((i) => i.image)} />
        ) : (
          <Art name={product.art} alt={`${product.name} 일러스트`} eager className="rounded-2xl border border-line" />
        )}
        <div>
          <p className="text-sm font-bold text-orange-700">{product.line}</p>
          <h1 className="mt-1 text-3xl font-extrabold tracking-tight text-teal-950">{product.name}</h1>
          <p className="mt-3 text-ink-soft">{product.summary}</p>
          <div className="mt-6">
            <AddToCartForm variants={product.variants} />
          </div>
          <p className="mt-4 text-sm text-ink-soft">
            배송비 {formatWon(product.center.shippingFee)} · {product.center.name} 상품{" "}
            {formatWon(product.center.freeShippingThreshold)} 이상 무료배송 · 제주 지역 {formatWon(3000)} 추가
          </p>
        </div>
      </div>

      <div className="mt-12 grid gap-10 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="description-title">
          <h2 id="description-title" className="section-title mb-4">
            상품 설명
          </h2>
          <div className="prose-article" dangerouslySetInnerHTML={{ __html: descriptionHtml }} />
        </section>
        <aside className="space-y-8">
          <section aria-labelledby="maker-title" className="rounded-xl border border-line bg-white p-5">
            <h2 id="maker-title" className="font-bold text-teal-950">
              만든 곳
            </h2>
            <p className="mt-2 font-semibold">
              <Link to={`/centers/${product.center.slug}`} className="text-teal-800 underline">
                {product.center.name}
              </Link>
            </p>
            {product.center.address ? <p className="mt-1 text-sm">{product.center.address}</p> : null}
            {product.center.phone ? (
              <p className="mt-1 text-sm">
                <PhoneLink phone={product.center.phone} />
              </p>
            ) : null}
          </section>
          {product.articles.length ? (
            <section aria-labelledby="articles-title">
              <h2 id="articles-title" className="font-bold text-teal-950">
                관련 소식
              </h2>
              <ul className="mt-2 list-disc pl-5">
                {product.articles.map((a) => (
                  <li key={a.slug}>
                    <Link to={`/news/${a.slug}`} className="text-teal-800 underline">
                      {a.title}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </aside>
      </div>

      <section aria-labelledby="disclosure-title" className="mt-12">
        <h2 id="disclosure-title" className="section-title mb-4">
          상품정보제공고시
        </h2>
        <p className="mb-3 text-sm text-ink-soft">「전자상거래 등에서의 상품 등의 정보제공에 관한 고시」 가공식품</p>
        <table className="w-full border-collapse overflow-hidden rounded-xl border border-line bg-white text-sm">
          <tbody>
            {FOOD_DISCLOSURE.filter((f) => f.required || product[f.name]).map((f) => (
              <tr key={f.name} className="border-b border-line last:border-0">
                <th
                  scope="row"
                  className="w-28 bg-cream px-3 py-3 text-left align-top font-bold text-teal-950 sm:w-56 sm:px-4"
                >
                  {f.label}
                </th>
                <td className="whitespace-pre-line break-words px-3 py-3 sm:px-4">
                  {product[f.name] || <span className="text-ink-soft">등록 전 (고객센터로 문의해 주세요)</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  data
    ? seo({
        baseUrl: baseUrlFrom(matches),
        path: `/shop/${data.product.slug}`,
        title: data.product.name,
        description: data.product.summary,
        image: shareImage(data.product),
        type: "product",
      })
    : errorMeta();
