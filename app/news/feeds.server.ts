// RSS 2.0 feeds with the full article (sanitised HTML, absolute image URLs, author, categories), built with
// the `feed` library: the whole webzine, and one per section, per center and per hashtag.
import { Feed } from "feed";
import type { Prisma } from "~/generated/prisma/client";
import { SITE } from "~/site";
import { prisma } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { PUBLIC_CACHE_CONTROL } from "~/utils/http.server";
import { renderArticleBody } from "~/utils/markdown.server";
import { imageSelect } from "~/media/image-sources";
import { getRegionalCenter, ogImagePath } from "./news.server";
import { articleAuthor } from "./structured-data";
import { visibleArticleWhere } from "./visibility.server";

const FEED_SIZE = 30;

export type FeedSpec = {
  /** The channel's title after the site name, e.g. "광역자활센터 소식"; none for the whole webzine. */
  title?: string;
  description?: string;
  /** The HTML page the feed follows, and the feed's own address. */
  pagePath: string;
  feedPath: string;
  where?: Prisma.ArticleWhereInput;
};

export async function feedResponse(spec: FeedSpec) {
  const base = env.PUBLIC_BASE_URL;
  const publisher = await getRegionalCenter();
  const articles = await prisma.article.findMany({
    where: { AND: [visibleArticleWhere(), spec.where ?? {}] },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: FEED_SIZE,
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      body: true,
      updatedAt: true,
      publishedAt: true,
      coverArt: true,
      coverAlt: true,
      coverImage: { select: imageSelect },
      section: { select: { slug: true, name: true } },
      center: { select: { name: true, email: true } },
      tags: { select: { tag: { select: { name: true } } } },
    },
  });
  const feed = new Feed({
    title: spec.title ? `${SITE.name} · ${spec.title}` : SITE.name,
    description: spec.description ?? SITE.description,
    id: `${base}${spec.pagePath}`,
    link: `${base}${spec.pagePath}`,
    language: "ko-KR",
    image: `${base}/art/og/issue-cover.png`,
    favicon: `${base}/favicon.svg`,
    copyright: `© ${SITE.publisher}`,
    updated: articles[0]?.publishedAt ?? undefined,
    feedLinks: { rss: `${base}${spec.feedPath}` },
    author: { name: SITE.publisher },
  });
  for (const a of articles) {
    const url = `${base}/news/${a.slug}`;
    const cover = `${base}${ogImagePath(a.coverImage, a.coverArt)}`;
    const alt = a.coverAlt || a.coverImage?.alt || "";
    feed.addItem({
      title: a.title,
      id: url,
      link: url,
      // RSS descriptions are read as HTML: the plain-text summary is escaped to stay text.
      description: escapeHtml(a.summary),
      content: `<p><img src="${cover}" alt="${escapeHtml(alt)}" /></p>\n${absoluteUrls(renderArticleBody(a), base)}`,
      // RSS wants "email (name)": the writing center's address, else the publisher's.
      author: [{ name: articleAuthor(a), email: authorEmail(a, publisher?.email) }],
      date: a.publishedAt!,
      category: [
        ...(a.section ? [{ name: a.section.name, domain: `${base}/sections/${a.section.slug}` }] : []),
        ...a.tags.map((t) => ({ name: t.tag.name, domain: `${base}/tags/${encodeURIComponent(t.tag.name)}` })),
      ],
      image: cover,
    });
  }
  return new Response(feed.rss2(), {
    headers: { "Content-Type": "application/rss+xml; charset=utf-8", "Cache-Control": PUBLIC_CACHE_CONTROL },
  });
}

/** Feed readers show the HTML away from the site: site-relative src, srcset and href become absolute. */
export function absoluteUrls(html: string, base: string) {
  return html
    .replace(/\b(src|href)="\/(?!\/)/g, `$1="${base}/`)
    .replace(/\bsrcset="([^"]*)"/g, (_, set: string) => `srcset="${set.replace(/(^|,\s*)\/(?!\/)/g, `$1${base}/`)}"`);
}

function authorEmail(
  a: { center: { name: string; email: string | null } | null; section: { slug: string } | null },
  fallback: string | null | undefined,
) {
  const byCenter = a.center && articleAuthor(a) === a.center.name;
  return (byCenter ? a.center?.email : null) ?? fallback ?? undefined;
}

function escapeHtml(text: string) {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
