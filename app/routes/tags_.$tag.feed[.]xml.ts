import type { LoaderFunctionArgs } from "@remix-run/node";
import { feedResponse } from "~/news/feeds.server";
import { getTag } from "~/news/news.server";
import { notFound } from "~/utils/http.server";

export async function loader({ params }: LoaderFunctionArgs) {
  const tag = await getTag((params.tag ?? "").normalize("NFC"));
  if (!tag) notFound();
  const path = `/tags/${encodeURIComponent(tag.name)}`;
  return feedResponse({
    title: `#${tag.name}`,
    description: `#${tag.name} 해시태그가 달린 소식`,
    pagePath: path,
    feedPath: `${path}/feed.xml`,
    where: { tags: { some: { tagId: tag.id } } },
  });
}
