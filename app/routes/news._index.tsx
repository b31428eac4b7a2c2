import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ArticleListPage } from "~/news/article-list-page";
import { readPage } from "~/components/pagination";
import { listNews } from "~/news/news.server";
import { assertPageInRange, publicPageHeaders } from "~/utils/http.server";
import { baseUrlFrom, errorMeta, seo } from "~/utils/seo";

export async function loader({ request }: LoaderFunctionArgs) {
  const page = readPage(request);
  const result = await listNews(page);
  assertPageInRange(page, result.pageCount);
  return result;
}

export const headers = publicPageHeaders;

export default function NewsIndex() {
  const data = useLoaderData<typeof loader>();
  return <ArticleListPage eyebrow="광주자활뉴스" title="전체 소식" {...data} basePath="/news" />;
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  data
    ? seo({
        baseUrl: baseUrlFrom(matches),
        path: data.page > 1 ? `/news?page=${data.page}` : "/news",
        title: data.page > 1 ? `전체 소식 (${data.page}쪽)` : "전체 소식",
        description: "광주광역자활센터와 지역자활센터의 소식을 최신순으로 모았습니다.",
      })
    : errorMeta();
