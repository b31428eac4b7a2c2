import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { Art } from "~/components/art";
import { PageHeader } from "~/components/page-header";
import { Pagination, readPage } from "~/components/pagination";
import { SearchBox } from "~/search/search-box";
import { searchArticlesKorean } from "~/search/expand.server";
import { didYouMeanText, particleAfter } from "~/search/korean";
import { searchProducts } from "~/search/search.server";
import { formatDate, toKstIso } from "~/utils/format";
import { publicPageHeaders } from "~/utils/http.server";
import { baseUrlFrom, seo } from "~/utils/seo";

export async function loader({ request }: LoaderFunctionArgs) {
  const q = new URL(request.url).searchParams.get("q");
  const page = readPage(request);
  const { query, typed, ...result } = await searchArticlesKorean(q, page);
  // Products are searched with the words the articles were found with (stems, corrections), not hashtags.
  const products = page === 1 && query.text ? await searchProducts(query.text) : [];
  return { q: typed, ...result, products };
}

export const headers = publicPageHeaders;

export default function SearchPage() {
  const { q, total, totalCapped, hits, page, pageCount, products, searchedAs, correctedFrom, suggestion } =
    useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader eyebrow="광주자활뉴스" title="검색">
        <Form method="get" action="/search" role="search" aria-label="다시 검색" className="mt-2 flex max-w-xl gap-2">
          <label htmlFor="search-q" className="sr-only">
            검색어
          </label>
          <SearchBox id="search-q" defaultValue={q} placeholder="예: 자활센터, 청년, #MOU, ㅊㄴ" className="input" />
          <button type="submit" className="btn btn-primary">
            검색
          </button>
        </Form>
      </PageHeader>
      <div className="container-page mt-8 max-w-3xl">
        {q ? (
          <>
            <p role="status" className="text-ink-soft">
              <strong className="text-ink">‘{correctedFrom ? suggestion : q}’</strong> 검색 결과{" "}
              <strong className="text-ink">{total.toLocaleString("ko-KR")}</strong>건{totalCapped ? " 이상" : ""}
            </p>
            <SearchNotes q={q} searchedAs={searchedAs} correctedFrom={correctedFrom} suggestion={suggestion} />
          </>
        ) : (
          <p className="text-ink-soft">
            찾고 싶은 소식의 낱말을 입력해 주세요. 두 글자 낱말(예: 청년, 광산)도 찾을 수 있습니다.
          </p>
        )}
        {products.length ? (
          <section aria-labelledby="product-results" className="mt-6 rounded-xl border border-line bg-white p-4">
            <h2 id="product-results" className="font-bold text-teal-950">
              소소드림 상품 {products.length}건
            </h2>
            <ul className="mt-3 grid gap-3 sm:grid-cols-2">
              {products.map((p) => (
                <li key={p.slug}>
                  <Link to={`/shop/${p.slug}`} className="flex items-center gap-3 rounded-lg p-2 hover:bg-teal-50">
                    <span className="size-14 shrink-0 overflow-hidden rounded-lg">
                      <Art name={p.art} alt="" />
                    </span>
                    <span>
                      <span className="block font-semibold" dangerouslySetInnerHTML={{ __html: p.nameHtml }} />
                      <span className="block text-xs text-ink-soft">{p.centerName}</span>
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {hits.length ? (
          <ol className="mt-6 divide-y divide-line">
            {hits.map((hit) => (
              <li key={hit.slug} className="py-5">
                <p className="text-xs font-semibold text-teal-700">
                  {hit.centerName ? `${hit.centerName} · ` : ""}
                  {hit.sectionName}
                </p>
                <h2 className="mt-1 text-lg font-bold">
                  <Link
                    to={`/news/${hit.slug}`}
                    className="hover:text-teal-800"
                    dangerouslySetInnerHTML={{ __html: hit.titleHtml }}
                  />
                </h2>
                <p
                  className="mt-1 text-sm leading-relaxed text-ink-soft"
                  dangerouslySetInnerHTML={{ __html: hit.snippetHtml }}
                />
                <p className="mt-1 text-xs text-ink-soft">
                  <time dateTime={toKstIso(hit.publishedAt)}>{formatDate(hit.publishedAt)}</time>
                </p>
              </li>
            ))}
          </ol>
        ) : q ? (
          <p className="mt-6 rounded-lg bg-cream p-5 text-ink-soft">검색 결과가 없습니다. 다른 낱말로 찾아보세요.</p>
        ) : null}
        <Pagination page={page} pageCount={pageCount} basePath="/search" params={{ q }} />
      </div>
    </>
  );
}

function SearchNotes({
  q,
  searchedAs,
  correctedFrom,
  suggestion,
}: {
  q: string;
  searchedAs: string | null;
  correctedFrom: string | null;
  suggestion: string | null;
}) {
  const link = (text: string) => `/search?q=${encodeURIComponent(text)}`;
  if (correctedFrom && suggestion) {
    return (
      <p className="mt-2 rounded-lg bg-cream p-3 text-sm text-ink-soft">
        <strong className="text-ink">{didYouMeanText(suggestion)}</strong> ‘{correctedFrom}’의 검색 결과가 없어 ‘
        {suggestion}’의 검색 결과를 보여 드립니다.
      </p>
    );
  }
  return (
    <>
      {searchedAs ? (
        <p className="mt-1 text-sm text-ink-soft">
          ‘{q}’ 대신 <strong className="text-ink">‘{searchedAs}’</strong>
          {particleAfter(searchedAs, "으로/로")} 찾은 결과입니다.
        </p>
      ) : null}
      {suggestion ? (
        <p className="mt-2 text-sm">
          <Link to={link(suggestion)} className="font-semibold text-teal-800 underline underline-offset-2">
            {didYouMeanText(suggestion)}
          </Link>
        </p>
      ) : null}
    </>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  seo({
    baseUrl: baseUrlFrom(matches),
    path: "/search",
    title: data?.q ? `‘${data.q}’ 검색 결과` : "검색",
    description: "광주자활뉴스 소식 검색",
    noindex: true,
  });
