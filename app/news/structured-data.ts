// schema.org JSON-LD for an article page: the NewsArticle, its breadcrumb trail (as the page shows it) and,
// for an article with 일시, the Event it announces.
import { SITE } from "~/site";
import { toKstIso } from "~/utils/format";
import { isDayOnly, kstDate } from "./event-calendar";

type JsonLdArticle = {
  slug: string;
  title: string;
  summary: string;
  publishedAt: Date;
  ogImage: string;
  tags: string[];
  issue: { key: string; title: string } | null;
  section: { slug: string; name: string } | null;
  center: { slug: string; name: string } | null;
  eventStartsAt: Date | null;
  eventEndsAt: Date | null;
  eventPlace: string | null;
  eventHost: string | null;
};

/** Who wrote it, for the byline and the feed: the writing center, else the regional center's editors. */
export function articleAuthor(article: { center: { name: string } | null; section: { slug: string } | null }) {
  return article.center && article.section?.slug !== "regional" ? article.center.name : SITE.publisher;
}

export function articleStructuredData(article: JsonLdArticle, base: string, modifiedAt: Date) {
  const url = `${base}/news/${article.slug}`;
  const image = `${base}${article.ogImage}`;
  const publisher = {
    "@type": "Organization",
    name: SITE.publisher,
    logo: { "@type": "ImageObject", url: `${base}/favicon.svg` },
  };
  const news = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.title,
    description: article.summary,
    datePublished: toKstIso(article.publishedAt),
    dateModified: toKstIso(modifiedAt),
    mainEntityOfPage: url,
    url,
    inLanguage: "ko-KR",
    image: [image],
    articleSection: article.section?.name,
    keywords: article.tags.join(", "),
    author: { "@type": "Organization", name: articleAuthor(article) },
    publisher,
  };
  const trail = [
    { name: SITE.name, path: "/" },
    ...(article.issue ? [{ name: article.issue.title, path: `/issues/${article.issue.key}` }] : []),
    ...(article.section ? [{ name: article.section.name, path: `/sections/${article.section.slug}` }] : []),
    { name: article.title, path: `/news/${article.slug}` },
  ];
  const breadcrumbs = breadcrumbList(trail, base);
  if (!article.eventStartsAt) return [news, breadcrumbs];
  const when = { startsAt: article.eventStartsAt, endsAt: article.eventEndsAt };
  const dayOnly = isDayOnly(when);
  const event = {
    "@context": "https://schema.org",
    "@type": "Event",
    name: article.title,
    description: article.summary,
    url,
    image: [image],
    // A day-only event (no time announced) is a date, as schema.org allows.
    startDate: dayOnly ? isoDate(when.startsAt) : toKstIso(when.startsAt),
    ...(when.endsAt ? { endDate: toKstIso(when.endsAt) } : {}),
    eventStatus: "https://schema.org/EventScheduled",
    eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    location: {
      "@type": "Place",
      name: article.eventPlace ?? "광주광역시",
      address: { "@type": "PostalAddress", addressRegion: "광주광역시", addressCountry: "KR" },
    },
    organizer: { "@type": "Organization", name: article.eventHost ?? articleAuthor(article) },
  };
  return [news, breadcrumbs, event];
}

function isoDate(at: Date) {
  return kstDate(at)
    .map((n) => String(n).padStart(2, "0"))
    .join("-");
}

export function breadcrumbList(trail: { name: string; path: string }[], base: string) {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: trail.map((step, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: step.name,
      item: `${base}${step.path}`,
    })),
  };
}
