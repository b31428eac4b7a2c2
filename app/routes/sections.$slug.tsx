import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ArticleListPage } from "~/news/article-list-page";
import { readPage } from "~/components/pagination";
import { getSection, listSectionNews } from "~/news/news.server";
import { assertPageInRange, notFound, publicPageHeaders } from "~/utils/http.server";
import { baseUrlFrom, errorMeta, feedLink, seo } from "~/utils/seo";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const section = await getSection(params.slug ?? "");
  if (!section) notFound();
  const page = readPage(request);
  const result = await listSectionNews(section.id, page);
  assertPageInRange(page, result.pageCount);
  return { section, ...result };
}

export const headers = publicPageHeaders;

export default function SectionPage() {
  const { section, ...list } = useLoaderData<typeof loader>();
  return (
    <ArticleListPage
      eyebrow="섹션"
      title={section.name}
      intro={<p>{section.description}</p>}
      {...list}
      basePath={`/sections/${section.slug}`}
    />
  );
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  data
    ? [
        ...seo({
          baseUrl: baseUrlFrom(matches),
          path: `/sections/${data.section.slug}${data.page > 1 ? `?page=${data.page}` : ""}`,
          title: data.section.name,
          description: data.section.description,
        }),
        feedLink(data.section.name, `/sections/${data.section.slug}/feed.xml`),
      ]
    : errorMeta();
