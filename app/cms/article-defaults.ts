import type { ArticleStatus } from "./article-states";
import { formatHashtags } from "./hashtags";
import { toKstInput } from "./kst-input";

/** The saved article as the form's starting values (every field as the text its input shows). */
export type ArticleFormDefaults = Record<string, string>;

type Saved = {
  title: string;
  slug: string;
  summary: string;
  body: string;
  tags: string[];
  eventStartsAt: Date | string | null;
  eventEndsAt: Date | string | null;
  eventPlace: string | null;
  eventHost: string | null;
  coverAlt: string;
  sectionId: number | null;
  issueId: number | null;
  centerId: number | null;
  publishedAt: Date | string | null;
  state: ArticleStatus;
};

const id = (value: number | null) => (value ? String(value) : "");

export function articleFormDefaults(article: Saved | null, fallback: Partial<ArticleFormDefaults> = {}) {
  if (!article) return { ...fallback } as ArticleFormDefaults;
  return {
    title: article.title,
    slug: article.slug,
    summary: article.summary,
    body: article.body,
    hashtags: formatHashtags(article.tags),
    eventStartsAt: toKstInput(article.eventStartsAt),
    eventEndsAt: toKstInput(article.eventEndsAt),
    eventPlace: article.eventPlace ?? "",
    eventHost: article.eventHost ?? "",
    coverAlt: article.coverAlt,
    sectionId: id(article.sectionId),
    issueId: id(article.issueId),
    centerId: id(article.centerId),
    // A pending schedule is shown so it can be moved; otherwise the field starts empty.
    publishAt: article.state === "SCHEDULED" ? toKstInput(article.publishedAt) : "",
  } satisfies ArticleFormDefaults;
}
