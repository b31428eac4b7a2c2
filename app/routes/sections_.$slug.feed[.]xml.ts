import type { LoaderFunctionArgs } from "@remix-run/node";
import { feedResponse } from "~/news/feeds.server";
import { getSection } from "~/news/news.server";
import { notFound } from "~/utils/http.server";

export async function loader({ params }: LoaderFunctionArgs) {
  const section = await getSection(params.slug ?? "");
  if (!section) notFound();
  return feedResponse({
    title: section.name,
    description: section.description,
    pagePath: `/sections/${section.slug}`,
    feedPath: `/sections/${section.slug}/feed.xml`,
    where: { sectionId: section.id },
  });
}
