import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Art } from "~/components/art";
import { PageHeader } from "~/components/page-header";
import { listIssues } from "~/news/news.server";
import { SITE } from "~/site";
import { formatDate, toKstIso } from "~/utils/format";
import { publicPageHeaders } from "~/utils/http.server";
import { baseUrlFrom, seo } from "~/utils/seo";

export async function loader() {
  return { issues: await listIssues() };
}

export const headers = publicPageHeaders;

export default function IssuesArchive() {
  const { issues } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader eyebrow={SITE.name} title="지난호 보기">
        <p>광주광역자활센터가 매달 펴내는 웹진을 월호별로 모았습니다.</p>
      </PageHeader>
      <div className="container-page mt-8">
        {issues.length === 0 ? (
          <p className="text-ink-soft">아직 발행된 월호가 없습니다.</p>
        ) : (
          <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
            {issues.map((issue) => (
              <li key={issue.key}>
                <article className="relative overflow-hidden rounded-xl border border-line bg-white">
                  <Art
                    name={issue.coverArt}
                    image={issue.coverImage}
                    alt=""
                    sizes="(min-width: 1024px) 24rem, (min-width: 640px) 50vw, 100vw"
                    className="aspect-[16/9]"
                  />
                  <div className="p-4">
                    <h2 className="text-xl font-extrabold text-teal-950">
                      <Link to={`/issues/${issue.key}`} className="after:absolute after:inset-0 hover:text-teal-700">
                        {issue.title}
                      </Link>
                    </h2>
                    {issue.coverArticle ? (
                      <p className="mt-1 text-sm text-ink">커버스토리: {issue.coverArticle.title}</p>
                    ) : null}
                    <p className="mt-2 text-sm text-ink-soft">
                      기사 {issue.articleCount}건
                      {issue.publishedAt ? (
                        <>
                          {" · "}
                          <time dateTime={toKstIso(issue.publishedAt)}>{formatDate(issue.publishedAt)}</time> 발행
                        </>
                      ) : null}
                    </p>
                  </div>
                </article>
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}

export const meta: MetaFunction = ({ matches }) =>
  seo({ baseUrl: baseUrlFrom(matches), path: "/issues", title: "지난호 보기", description: `${SITE.name} 월호 목록` });
