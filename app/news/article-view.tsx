import { Link } from "@remix-run/react";
import type { ImageSources } from "~/media/image-sources";
import { formatDate, toKstIso } from "~/utils/format";
import { Art } from "~/components/art";
import { CalendarLinks } from "./calendar-links";
import { EventInfo } from "./event-info";

// An article as readers see it. The public page (/news/:slug) and the editors' preview of a draft both
// render through these, so a preview looks exactly like the published page.

export type ViewArticle = {
  title: string;
  /** null for a draft that has no date yet (the preview shows "발행 전"). */
  publishedAt: Date | null;
  issue: { key: string; title: string } | null;
  section: { slug: string; name: string } | null;
  center: { slug: string; name: string } | null;
  coverArt: string | null;
  coverAlt: string;
  coverImage: ImageSources | null;
  eventStartsAt: Date | null;
  eventEndsAt: Date | null;
  eventPlace: string | null;
  eventHost: string | null;
  tags: string[];
  /** The byline: the writing center, or the regional center's editors. */
  author?: string;
};

export function ArticleHeader({ article }: { article: ViewArticle }) {
  return (
    <header className="border-b border-line bg-cream">
      <div className="container-page max-w-3xl py-8 sm:py-10">
        <nav aria-label="현재 위치" className="text-sm font-semibold text-teal-700">
          <ol className="flex flex-wrap gap-1">
            {article.issue ? (
              <li>
                <Link to={`/issues/${article.issue.key}`} className="hover:underline">
                  {article.issue.title}
                </Link>
                <span aria-hidden="true"> › </span>
              </li>
            ) : null}
            {article.section ? (
              <li>
                <Link to={`/sections/${article.section.slug}`} className="hover:underline">
                  {article.section.name}
                </Link>
              </li>
            ) : null}
          </ol>
        </nav>
        <h1 className="mt-3 text-[26px] leading-snug font-extrabold tracking-tight text-teal-950 sm:text-4xl">
          {article.title}
        </h1>
        <p className="mt-4 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-ink-soft">
          {article.publishedAt ? (
            <time dateTime={toKstIso(article.publishedAt)}>{formatDate(article.publishedAt)}</time>
          ) : (
            <span>발행 전</span>
          )}
          {article.author && article.author !== article.center?.name ? <span>글 · {article.author}</span> : null}
          {article.center ? (
            <span>
              {article.author === article.center.name ? "글 · " : ""}
              <Link to={`/centers/${article.center.slug}`} className="font-semibold text-teal-800 hover:underline">
                {article.center.name}
              </Link>
            </span>
          ) : null}
        </p>
      </div>
    </header>
  );
}

/** Cover picture, event box, the sanitized body HTML and the hashtags. */
export function ArticleContent({
  article,
  html,
  calendar,
}: {
  article: ViewArticle;
  html: string;
  calendar?: { icsPath: string; googleUrl: string } | null;
}) {
  return (
    <>
      <figure>
        <Art
          name={article.coverArt}
          image={article.coverImage}
          alt={article.coverAlt}
          sizes="(min-width: 48rem) 46rem, calc(100vw - 2rem)"
          eager
          className="aspect-[16/9] rounded-xl"
        />
      </figure>
      <div className="mt-8">
        <EventInfo
          startsAt={article.eventStartsAt}
          endsAt={article.eventEndsAt}
          place={article.eventPlace}
          host={article.eventHost}
        />
        {calendar ? <CalendarLinks calendar={calendar} title={article.title} /> : null}
      </div>
      <div className="prose-article mt-8" dangerouslySetInnerHTML={{ __html: html }} />

      {article.tags.length ? (
        <ul aria-label="해시태그" className="mt-10 flex flex-wrap gap-2">
          {article.tags.map((tag) => (
            <li key={tag}>
              <Link to={`/tags/${encodeURIComponent(tag)}`} className="tag">
                #{tag}
              </Link>
            </li>
          ))}
          <li>
            <Link to="/tags" className="tag">
              해시태그 모두 보기
            </Link>
          </li>
        </ul>
      ) : null}
    </>
  );
}
