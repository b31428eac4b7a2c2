import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ArticleCard } from "~/news/article-card";
import { ArticleContent, ArticleHeader } from "~/news/article-view";
import { getArticle, getIssueNeighbours, getRelatedArticles } from "~/news/news.server";
import { SITE } from "~/site";
import { env } from "~/utils/env.server";
import { toKstIso } from "~/utils/format";
import { notFound, publicPageHeaders } from "~/utils/http.server";
import { renderArticleBody } from "~/utils/markdown.server";
import { useNonce } from "~/utils/nonce";
import { baseUrlFrom, errorMeta, jsonLd, seo } from "~/utils/seo";

export async function loader({ params }: LoaderFunctionArgs) {
  const article = await getArticle(params.slug ?? "");
  if (!article) notFound();
  const [neighbours, related] = await Promise.all([getIssueNeighbours(article), getRelatedArticles(article)]);
  const { body: _body, ...rest } = article;
  const url = `${env.PUBLIC_BASE_URL}/news/${article.slug}`;
  const structuredData = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.title,
    description: article.summary,
    datePublished: toKstIso(article.publishedAt),
    dateModified: toKstIso(article.updatedAt),
    mainEntityOfPage: url,
    url,
    inLanguage: "ko-KR",
    image: [`${env.PUBLIC_BASE_URL}${article.ogImage}`],
    articleSection: article.section?.name,
    keywords: article.tags.join(", "),
    author: { "@type": "Organization", name: article.center?.name ?? SITE.publisher },
    publisher: {
      "@type": "Organization",
      name: SITE.publisher,
      logo: { "@type": "ImageObject", url: `${env.PUBLIC_BASE_URL}/favicon.svg` },
    },
  };
  return { article: rest, html: renderArticleBody(article), ...neighbours, related, structuredData };
}

export const headers = publicPageHeaders;

export default function ArticlePage() {
  const { article, html, previous, next, related, structuredData } = useLoaderData<typeof loader>();
  const nonce = useNonce();
  return (
    <article className="pb-4">
      <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: jsonLd(structuredData) }} />
      <ArticleHeader article={article} />

      <div className="container-page mt-8 max-w-3xl">
        <ArticleContent article={article} html={html} />

        {previous || next ? (
          <nav aria-label="이 호의 다른 기사" className="mt-10 grid gap-3 border-t border-line pt-6 sm:grid-cols-2">
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
        <section aria-labelledby="related-title" className="container-page mt-12">
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
