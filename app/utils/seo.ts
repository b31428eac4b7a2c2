import type { MetaDescriptor } from "@remix-run/node";
import { SITE } from "~/site";
import { errorMessage } from "~/utils/error-messages";

type SeoInput = {
  baseUrl: string;
  path: string;
  title?: string; // page title without the site name
  description?: string;
  image?: string; // absolute or site-relative
  imageAlt?: string;
  type?: "website" | "article" | "product";
  noindex?: boolean;
};

/** Title, description, canonical link and Open Graph/Twitter tags for one page. */
export function seo({ baseUrl, path, title, description, image, imageAlt, type = "website", noindex }: SeoInput) {
  const fullTitle = title ? `${title} | ${SITE.name}` : `${SITE.name} — ${SITE.publisher} 웹진`;
  const desc = (description || SITE.description).slice(0, 160);
  const url = `${baseUrl}${path}`;
  const img = image ? (image.startsWith("http") ? image : `${baseUrl}${image}`) : `${baseUrl}/art/og/issue-cover.png`;
  const tags: MetaDescriptor[] = [
    { title: fullTitle },
    { name: "description", content: desc },
    { tagName: "link", rel: "canonical", href: url },
    { property: "og:site_name", content: SITE.name },
    { property: "og:locale", content: SITE.locale },
    { property: "og:type", content: type },
    { property: "og:title", content: title ?? SITE.name },
    { property: "og:description", content: desc },
    { property: "og:url", content: url },
    { property: "og:image", content: img },
    { property: "og:image:alt", content: imageAlt ?? SITE.name },
    { name: "twitter:card", content: "summary_large_image" },
  ];
  if (noindex) tags.push({ name: "robots", content: "noindex" });
  return tags;
}

/** The <link rel="alternate"> a page puts in its head so feed readers find its own RSS feed. */
export function feedLink(title: string, feedPath: string): MetaDescriptor {
  return { tagName: "link", rel: "alternate", type: "application/rss+xml", title: `${title} RSS`, href: feedPath };
}

/** JSON for a <script type="application/ld+json"> block; "<" is escaped so text can't close the tag. */
export function jsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}

type MatchWithData = { id: string; data: unknown };

/** The canonical origin, read from the root loader's data inside a route's meta function. */
export function baseUrlFrom(matches: MatchWithData[]): string {
  const root = matches.find((m) => m.id === "root")?.data as { baseUrl?: string } | undefined;
  return root?.baseUrl ?? "";
}

/** Meta for a page whose loader threw (404 and friends): no canonical, not indexed. */
export function errorMeta(status = 404): MetaDescriptor[] {
  return [{ title: `${errorMessage(status).title} | ${SITE.name}` }, { name: "robots", content: "noindex" }];
}
