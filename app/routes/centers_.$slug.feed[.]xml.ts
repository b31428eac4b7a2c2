import type { LoaderFunctionArgs } from "@remix-run/node";
import { feedResponse } from "~/news/feeds.server";
import { centerNewsWhere, getCenter } from "~/news/news.server";
import { notFound } from "~/utils/http.server";

export async function loader({ params }: LoaderFunctionArgs) {
  const center = await getCenter(params.slug ?? "");
  if (!center) notFound();
  return feedResponse({
    title: center.name,
    description: center.description || `${center.name} 소식`,
    pagePath: `/centers/${center.slug}`,
    feedPath: `/centers/${center.slug}/feed.xml`,
    where: centerNewsWhere(center),
  });
}
