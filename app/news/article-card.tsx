import { Link } from "@remix-run/react";
import type { ImageSources } from "~/media/image-sources";
import { formatDate, toKstIso } from "~/utils/format";
import { Art } from "~/components/art";

export type CardArticle = {
  slug: string;
  title: string;
  summary: string;
  publishedAt: Date;
  coverArt: string | null;
  coverAlt: string;
  /** An uploaded cover photo; shown instead of the illustration when present. */
  coverImage?: ImageSources | null;
  section: { slug: string; name: string } | null;
  center: { slug: string; shortName: string } | null;
};

/** A headline with its picture; `level` keeps the page's heading order right wherever it is used. */
export function ArticleCard({
  article,
  level = 3,
  compact = false,
}: {
  article: CardArticle;
  level?: 2 | 3;
  compact?: boolean;
}) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <article className="group relative flex flex-col overflow-hidden rounded-xl border border-line bg-white shadow-sm transition hover:shadow-md">
      {compact ? null : (
        <Art
          name={article.coverArt}
          image={article.coverImage}
          alt=""
          sizes="(min-width: 1024px) 24rem, (min-width: 640px) 50vw, 100vw"
          className="aspect-[16/9]"
        />
      )}
      <div className="flex flex-1 flex-col gap-2 p-4">
        <p className="text-xs font-semibold text-teal-700">
          {article.center ? `${article.center.shortName} · ` : ""}
          {article.section?.name}
        </p>
        <Heading className="text-[17px] font-bold leading-snug text-ink">
          <Link to={`/news/${article.slug}`} className="after:absolute after:inset-0 group-hover:text-teal-800">
            {article.title}
          </Link>
        </Heading>
        {compact ? null : <p className="line-clamp-2 text-sm text-ink-soft">{article.summary}</p>}
        <p className="mt-auto pt-1 text-xs text-ink-soft">
          <time dateTime={toKstIso(article.publishedAt)}>{formatDate(article.publishedAt)}</time>
        </p>
      </div>
    </article>
  );
}

export function ArticleGrid({ articles, level = 3 }: { articles: CardArticle[]; level?: 2 | 3 }) {
  return (
    <ul className="grid gap-5 sm:grid-cols-2 lg:grid-cols-3">
      {articles.map((article) => (
        <li key={article.slug} className="flex">
          <ArticleCard article={article} level={level} />
        </li>
      ))}
    </ul>
  );
}
