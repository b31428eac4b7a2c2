import { listForFeed } from "~/news/news.server";
import { SITE } from "~/site";
import { env } from "~/utils/env.server";
import { toRfc822Kst } from "~/utils/format";
import { PUBLIC_CACHE_CONTROL } from "~/utils/http.server";
import { escapeXml } from "~/utils/xml";

export async function loader() {
  const base = env.PUBLIC_BASE_URL;
  const articles = await listForFeed(50);
  const items = articles.map((a) => {
    const url = `${base}/news/${a.slug}`;
    const categories = [a.section?.name, ...a.tags.map((t) => t.tag.name)].filter(Boolean) as string[];
    return `    <item>
      <title>${escapeXml(a.title)}</title>
      <link>${escapeXml(url)}</link>
      <guid isPermaLink="true">${escapeXml(url)}</guid>
      <description>${escapeXml(a.summary)}</description>
      <pubDate>${toRfc822Kst(a.publishedAt!)}</pubDate>
${categories.map((c) => `      <category>${escapeXml(c)}</category>`).join("\n")}
    </item>`;
  });
  const lastBuild = articles[0]?.publishedAt ?? new Date();
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(SITE.name)}</title>
    <link>${escapeXml(base)}/</link>
    <description>${escapeXml(SITE.description)}</description>
    <language>ko-KR</language>
    <copyright>${escapeXml(SITE.publisher)}</copyright>
    <lastBuildDate>${toRfc822Kst(lastBuild)}</lastBuildDate>
    <atom:link href="${escapeXml(base)}/feed.xml" rel="self" type="application/rss+xml" />
${items.join("\n")}
  </channel>
</rss>
`;
  return new Response(xml, {
    headers: { "Content-Type": "application/rss+xml; charset=utf-8", "Cache-Control": PUBLIC_CACHE_CONTROL },
  });
}
