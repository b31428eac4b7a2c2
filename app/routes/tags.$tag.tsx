import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ArticleListPage } from "~/news/article-list-page";
import { readPage } from "~/components/pagination";
import { getTag, listTagNews } from "~/news/news.server";
import { assertPageInRange, notFound, publicPageHeaders } from "~/utils/http.server";
import { baseUrlFrom, errorMeta, feedLink, seo } from "~/utils/seo";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const tag = await getTag((params.tag ?? "").normalize("NFC"));
  if (!tag) notFound();
  const page = readPage(request);
  const result = await listTagNews(tag.name, page);
  if (result.total === 0) notFound();
  assertPageInRange(page, result.pageCount);
  return { tag: tag.name, ...result };
}

export const headers = publicPageHeaders;

export default function TagPage() {
  const { tag, ...list } = useLoaderData<typeof loader>();
  return (
    <ArticleListPage eyebrow="해시태그" title={`#${tag}`} {...list} basePath={`/tags/${encodeURIComponent(tag)}`} />
  );
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  data
    ? [
        ...seo({
          baseUrl: baseUrlFrom(matches),
          path: `/tags/${encodeURIComponent(data.tag)}${data.page > 1 ? `?page=${data.page}` : ""}`,
          title: `#${data.tag}`,
          description: `#${data.tag} 해시태그가 달린 광주자활뉴스 소식 ${data.total}건`,
        }),
        feedLink(`#${data.tag}`, `/tags/${encodeURIComponent(data.tag)}/feed.xml`),
      ]
    : errorMeta();
