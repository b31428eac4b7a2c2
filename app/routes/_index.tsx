import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getBrand, listProducts } from "~/catalog/catalog.server";
import { Art } from "~/components/art";
import { ProductGrid } from "~/catalog/product-grid";
import { IssueClosing, IssueSections, PreviousIssue, StandaloneNews } from "~/news/home-sections";
import { getHomeNews } from "~/news/home.server";
import { listLocalCenterLinks } from "~/news/news.server";
import { SITE } from "~/site";
import { formatDate, toKstIso } from "~/utils/format";
import { publicPageHeaders } from "~/utils/http.server";
import { baseUrlFrom, seo } from "~/utils/seo";

export async function loader() {
  const [{ issue, previous, standalone }, centers, brand, products] = await Promise.all([
    getHomeNews(),
    listLocalCenterLinks(),
    getBrand(),
    listProducts({}, 4),
  ]);
  return { issue, previous, standalone, centers, brand, products };
}

export const headers = publicPageHeaders;

export default function Home() {
  const { issue, previous, standalone, centers, brand, products } = useLoaderData<typeof loader>();
  const cover = issue?.cover;
  // The cover story is featured above, not repeated; a section left with nothing else is not shown.
  const sections = (issue?.sections ?? [])
    .map((section) => ({ ...section, articles: section.articles.filter((a) => a.slug !== cover?.slug) }))
    .filter((section) => section.articles.length > 0);
  return (
    <>
      <h1 className="sr-only">
        {SITE.name} {issue ? issue.title : ""}
      </h1>
      {issue && cover ? (
        <section aria-labelledby="cover-title" className="bg-cream">
          <div className="container-page grid items-center gap-8 py-8 md:grid-cols-[1.15fr_1fr] md:py-12">
            <Link
              to={`/news/${cover.slug}`}
              className="block overflow-hidden rounded-2xl shadow-md"
              tabIndex={-1}
              aria-hidden="true"
            >
              <Art
                name={cover.coverArt}
                image={issue.coverImage}
                alt=""
                sizes="(min-width: 72rem) 38rem, (min-width: 768px) 53vw, 100vw"
                eager
                className="aspect-[16/9]"
              />
            </Link>
            <div>
              <p className="text-sm font-bold text-orange-700">
                <Link to={`/issues/${issue.key}`} className="hover:underline">
                  {issue.title}
                </Link>{" "}
                · 커버스토리
              </p>
              <h2 id="cover-title" className="mt-2 text-2xl font-extrabold leading-snug text-teal-950 sm:text-3xl">
                <Link to={`/news/${cover.slug}`} className="hover:text-teal-700">
                  {cover.title}
                </Link>
              </h2>
              <p className="mt-3 text-ink-soft">{cover.summary}</p>
              <p className="mt-3 text-sm text-ink-soft">
                <time dateTime={toKstIso(cover.publishedAt)}>{formatDate(cover.publishedAt)}</time>
              </p>
              <p className="mt-5 text-sm text-teal-900">{issue.tagline}</p>
            </div>
          </div>
        </section>
      ) : (
        <p className="container-page py-16 text-center text-ink-soft">아직 발행된 월호가 없습니다.</p>
      )}

      <IssueSections sections={sections} />
      {issue ? <IssueClosing issue={issue} className="container-page mt-12" /> : null}
      <StandaloneNews articles={standalone} />
      {previous ? <PreviousIssue issue={previous} /> : null}

      {centers.length ? (
        <section aria-labelledby="centers-title" className="container-page mt-12">
          <h2 id="centers-title" className="section-title">
            지역자활센터
          </h2>
          <ul className="mt-4 flex flex-wrap gap-2">
            {centers.map((center) => (
              <li key={center.slug}>
                <Link to={`/centers/${center.slug}`} className="tag">
                  {center.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {brand ? (
        <section aria-labelledby="brand-title" className="container-page mt-14">
          <div className="grid gap-6 rounded-2xl bg-teal-900 p-6 text-white sm:p-8 lg:grid-cols-[1fr_2fr]">
            <div>
              <p className="text-sm font-semibold text-orange-500">광주광역시 자활생산품 공동브랜드</p>
              <h2 id="brand-title" className="mt-1 text-3xl font-extrabold">
                {brand.name}
              </h2>
              <p className="mt-2 text-lg">{brand.tagline}</p>
              <Link to="/shop" className="btn btn-accent mt-6">
                소소드림 상품 보러 가기
              </Link>
            </div>
            <ProductGrid products={products} className="grid grid-cols-2 gap-3 text-ink md:grid-cols-4" />
          </div>
        </section>
      ) : null}

      <p className="container-page mt-12 text-center">
        <Link to="/issues" className="btn btn-ghost">
          지난호 모두 보기
        </Link>
      </p>
    </>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  seo({
    baseUrl: baseUrlFrom(matches),
    path: "/",
    description: data?.issue ? `${data.issue.title}: ${data.issue.cover?.title ?? SITE.tagline}` : SITE.description,
    image: data?.issue?.ogImage,
  });
