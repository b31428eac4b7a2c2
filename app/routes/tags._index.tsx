import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { PageHeader } from "~/components/page-header";
import { listHashtags } from "~/news/listings.server";
import { publicPageHeaders } from "~/utils/http.server";
import { baseUrlFrom, seo } from "~/utils/seo";

export async function loader() {
  return { tags: await listHashtags() };
}

export const headers = publicPageHeaders;

export default function HashtagIndex() {
  const { tags } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader eyebrow="광주자활뉴스" title="해시태그">
        <p>기사에 달린 해시태그 {tags.length}개를 가나다순으로 모았습니다.</p>
      </PageHeader>
      <ul className="container-page mt-8 flex flex-wrap gap-2">
        {tags.map((tag) => (
          <li key={tag.name}>
            <Link to={`/tags/${encodeURIComponent(tag.name)}`} className="tag">
              #{tag.name} <span className="ml-1 text-ink-soft">{tag.count}건</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}

export const meta: MetaFunction<typeof loader> = ({ matches }) =>
  seo({
    baseUrl: baseUrlFrom(matches),
    path: "/tags",
    title: "해시태그",
    description: "광주자활뉴스 기사에 달린 모든 해시태그",
  });
