import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { PageHeader } from "~/components/page-header";
import { listCenters } from "~/news/news.server";
import { publicPageHeaders } from "~/utils/http.server";
import { baseUrlFrom, seo } from "~/utils/seo";

export async function loader() {
  return { centers: await listCenters() };
}

export const headers = publicPageHeaders;

export default function CentersIndex() {
  const { centers } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader eyebrow="광주의 자활센터" title="자활센터">
        <p>광주광역자활센터와 함께하는 지역자활센터의 소식과 생산품을 센터별로 볼 수 있습니다.</p>
      </PageHeader>
      <ul className="container-page mt-8 grid gap-5 sm:grid-cols-2 lg:grid-cols-3">
        {centers.map((center) => (
          <li key={center.slug}>
            <article className="relative flex h-full flex-col rounded-xl border border-line bg-white p-5 hover:shadow-md">
              <p className="text-xs font-semibold text-orange-700">
                {center.kind === "REGIONAL" ? "광역자활센터" : "지역자활센터"}
              </p>
              <h2 className="mt-1 text-lg font-bold text-teal-950">
                <Link to={`/centers/${center.slug}`} className="after:absolute after:inset-0 hover:text-teal-700">
                  {center.name}
                </Link>
              </h2>
              <p className="mt-2 text-sm text-ink-soft">{center.description}</p>
              <p className="mt-auto pt-3 text-sm font-semibold text-teal-800">소식 {center.articleCount}건</p>
            </article>
          </li>
        ))}
      </ul>
    </>
  );
}

export const meta: MetaFunction = ({ matches }) =>
  seo({
    baseUrl: baseUrlFrom(matches),
    path: "/centers",
    title: "자활센터",
    description: "광주광역자활센터와 지역자활센터 목록과 각 센터의 소식",
  });
