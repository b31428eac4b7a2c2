import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { listProducts } from "~/catalog/catalog.server";
import { ArticleGrid } from "~/news/article-card";
import { PageHeader } from "~/components/page-header";
import { PhoneLink } from "~/components/phone-link";
import { Pagination, readPage } from "~/components/pagination";
import { ProductGrid } from "~/catalog/product-grid";
import { getCenter, listCenterNews } from "~/news/news.server";
import { assertPageInRange, notFound, publicPageHeaders } from "~/utils/http.server";
import { baseUrlFrom, errorMeta, feedLink, seo } from "~/utils/seo";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const center = await getCenter(params.slug ?? "");
  if (!center) notFound();
  const page = readPage(request);
  const [news, products] = await Promise.all([listCenterNews(center, page), listProducts({ centerId: center.id })]);
  assertPageInRange(page, news.pageCount);
  return { center, news, products };
}

export const headers = publicPageHeaders;

export default function CenterPage() {
  const { center, news, products } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader eyebrow={center.kind === "REGIONAL" ? "광역자활센터" : "지역자활센터"} title={center.name}>
        <p>{center.description}</p>
        {center.address || center.phone ? (
          <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
            {center.address ? (
              <>
                <dt className="font-semibold">주소</dt>
                <dd>{center.address}</dd>
              </>
            ) : null}
            {center.phone ? (
              <>
                <dt className="font-semibold">전화</dt>
                <dd>
                  <PhoneLink phone={center.phone} />
                </dd>
              </>
            ) : null}
          </dl>
        ) : null}
      </PageHeader>
      <section aria-labelledby="center-news" className="container-page mt-8">
        <h2 id="center-news" className="section-title mb-5">
          센터 소식 <span className="text-base font-semibold text-ink-soft">{news.total}건</span>
        </h2>
        {news.articles.length ? (
          <ArticleGrid articles={news.articles} />
        ) : (
          <p className="text-ink-soft">아직 등록된 소식이 없습니다.</p>
        )}
        <Pagination page={news.page} pageCount={news.pageCount} basePath={`/centers/${center.slug}`} />
      </section>
      {products.length ? (
        <section aria-labelledby="center-products" className="container-page mt-12">
          <h2 id="center-products" className="section-title mb-5">
            이 센터의 소소드림 상품
          </h2>
          <ProductGrid products={products} />
        </section>
      ) : null}
    </>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  data
    ? [
        ...seo({
          baseUrl: baseUrlFrom(matches),
          path: `/centers/${data.center.slug}`,
          title: data.center.name,
          description: data.center.description,
        }),
        feedLink(data.center.name, `/centers/${data.center.slug}/feed.xml`),
      ]
    : errorMeta();
