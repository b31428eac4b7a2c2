import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Art } from "~/components/art";
import { IssueClosing } from "~/news/home-sections";
import { PageHeader } from "~/components/page-header";
import { getIssue } from "~/news/news.server";
import { formatDate, toKstIso } from "~/utils/format";
import { notFound, publicPageHeaders } from "~/utils/http.server";
import { baseUrlFrom, errorMeta, seo } from "~/utils/seo";

export async function loader({ params }: LoaderFunctionArgs) {
  const issue = await getIssue(params.key ?? "");
  if (!issue) notFound();
  return { issue };
}

export const headers = publicPageHeaders;

export default function IssueContents() {
  const { issue } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader eyebrow="광주자활뉴스" title={issue.title}>
        <p>{issue.tagline}</p>
        {issue.publishedAt ? (
          <p className="mt-1 text-sm">
            <time dateTime={toKstIso(issue.publishedAt)}>{formatDate(issue.publishedAt)}</time> 발행
          </p>
        ) : null}
      </PageHeader>
      <div className="container-page mt-8 grid gap-10 lg:grid-cols-[2fr_1fr]">
        <div>
          {issue.sections.map((section) => (
            <section key={section.slug} aria-labelledby={`toc-${section.slug}`} className="mb-10">
              <h2 id={`toc-${section.slug}`} className="section-title border-b-2 border-teal-800 pb-2">
                {section.name}
              </h2>
              <ol className="divide-y divide-line">
                {section.articles.map((article) => (
                  <li key={article.slug} className="py-4">
                    <Link to={`/news/${article.slug}`} className="group block">
                      <span className="block text-xs font-semibold text-teal-700">
                        {article.center ? article.center.shortName : section.name}
                        {article.slug === issue.cover?.slug ? " · 커버스토리" : ""}
                      </span>
                      <span className="mt-1 block text-lg font-bold text-ink group-hover:text-teal-800">
                        {article.title}
                      </span>
                      <span className="mt-1 line-clamp-2 block text-sm text-ink-soft">{article.summary}</span>
                    </Link>
                  </li>
                ))}
              </ol>
            </section>
          ))}
          <IssueClosing issue={issue} />
        </div>
        {issue.cover ? (
          <aside aria-labelledby="cover-heading" className="lg:sticky lg:top-4 lg:self-start">
            <h2 id="cover-heading" className="text-sm font-bold text-orange-700">
              이달의 커버스토리
            </h2>
            <Link
              to={`/news/${issue.cover.slug}`}
              className="mt-2 block overflow-hidden rounded-xl border border-line bg-white hover:shadow-md"
            >
              <Art
                name={issue.cover.coverArt}
                image={issue.coverImage}
                alt=""
                sizes="(min-width: 1024px) 24rem, 100vw"
                className="aspect-[16/9]"
              />
              <span className="block p-4 font-bold text-teal-950">{issue.cover.title}</span>
            </Link>
          </aside>
        ) : null}
      </div>
    </>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  if (!data) return errorMeta();
  const { issue } = data;
  return seo({
    baseUrl: baseUrlFrom(matches),
    path: `/issues/${issue.key}`,
    title: `${issue.title} 목차`,
    description: `${issue.title}: ${issue.sections
      .flatMap((s) => s.articles)
      .map((a) => a.title)
      .slice(0, 4)
      .join(", ")}`,
    image: issue.ogImage,
  });
};
