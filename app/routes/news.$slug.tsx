import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { JsonLdScripts } from "~/components/json-ld";
import { ArticleCard } from "~/news/article-card";
import { loadArticlePage } from "~/news/article-page.server";
import { ArticleContent, ArticleHeader } from "~/news/article-view";
import { ShareButtons } from "~/news/share-buttons";
import { toKstIso } from "~/utils/format";
import { notFound, publicPageHeaders } from "~/utils/http.server";
import { baseUrlFrom, errorMeta, seo } from "~/utils/seo";

export async function loader({ params }: LoaderFunctionArgs) {
  const page = await loadArticlePage(params.slug ?? "");
  if (!page) notFound();
  return page;
}

export const headers = publicPageHeaders;

export default function ArticlePage() {
  const { article, html, previous, next, related, structuredData, share, calendar } = useLoaderData<typeof loader>();
  return (
    <article className="article-page pb-4">
      <JsonLdScripts data={structuredData} />
      <ArticleHeader article={article} />

      <div className="container-page mt-8 max-w-3xl">
        <ArticleContent article={article} html={html} calendar={calendar} />
        <ShareButtons share={{ ...share, title: article.title, summary: article.summary }} />

        {previous || next ? (
          <nav
            aria-label="이 호의 다른 기사"
            className="mt-10 grid print:hidden gap-3 border-t border-line pt-6 sm:grid-cols-2"
          >
            {previous ? (
              <Link
                to={`/news/${previous.slug}`}
                rel="prev"
                className="rounded-lg border border-line bg-white p-4 hover:bg-teal-50"
              >
                <span className="block text-xs font-semibold text-ink-soft">이전 기사</span>
                <span className="mt-1 block font-bold text-teal-950">{previous.title}</span>
              </Link>
            ) : (
              <span />
            )}
            {next ? (
              <Link
                to={`/news/${next.slug}`}
                rel="next"
                className="rounded-lg border border-line bg-white p-4 text-right hover:bg-teal-50"
              >
                <span className="block text-xs font-semibold text-ink-soft">다음 기사</span>
                <span className="mt-1 block font-bold text-teal-950">{next.title}</span>
              </Link>
            ) : null}
          </nav>
        ) : null}
      </div>

      {related.length ? (
        <section aria-labelledby="related-title" className="container-page mt-12 print:hidden">
          <h2 id="related-title" className="section-title mb-5">
            함께 읽으면 좋은 소식
          </h2>
          <ul className="grid gap-5 sm:grid-cols-3">
            {related.map((a) => (
              <li key={a.slug} className="flex [&>article]:flex-1">
                <ArticleCard article={a} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  if (!data) return errorMeta();
  const { article } = data;
  return [
    ...seo({
      baseUrl: baseUrlFrom(matches),
      path: `/news/${article.slug}`,
      title: article.title,
      description: article.summary,
      image: article.ogImage,
      imageAlt: article.coverAlt,
      type: "article",
    }),
    { property: "article:published_time", content: toKstIso(article.publishedAt) },
    ...(article.section ? [{ property: "article:section", content: article.section.name }] : []),
    ...article.tags.map((tag) => ({ property: "article:tag", content: tag })),
  ];
};
