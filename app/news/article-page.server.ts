import { createContentStore } from "~/utils/content-cache.server";
import { env } from "~/utils/env.server";
import { renderArticleBody } from "~/utils/markdown.server";
import { googleCalendarUrl } from "./event-calendar";
import { getArticle, getIssueNeighbours, getRelatedArticles } from "./news.server";
import { articleAuthor, articleStructuredData } from "./structured-data";

// An article page's data is content (the article, its 월호 neighbours, related cards): read once per content
// version in this process. A store of its own, so a crawler walking the archive can't push the shared
// lookups out of cachedContent; the newest 월호's articles, which most readers open, stay in it.
const cachedArticlePages = createContentStore(300);

/** Everything /news/:slug shows, or null for an article readers can't see. Shared between requests: read-only. */
export function loadArticlePage(slug: string) {
  return cachedArticlePages(`news:article-page:${slug}`, () => readArticlePage(slug));
}

async function readArticlePage(slug: string) {
  const article = await getArticle(slug);
  if (!article) return null;
  const [neighbours, related] = await Promise.all([getIssueNeighbours(article), getRelatedArticles(article)]);
  const { body: _body, ...rest } = article;
  const base = env.PUBLIC_BASE_URL;
  const url = `${base}/news/${article.slug}`;
  const calendar = article.eventStartsAt
    ? {
        icsPath: `/news/${article.slug}/calendar.ics`,
        googleUrl: googleCalendarUrl({
          title: article.title,
          summary: article.summary,
          url,
          startsAt: article.eventStartsAt,
          endsAt: article.eventEndsAt,
          place: article.eventPlace,
        }),
      }
    : null;
  return {
    article: { ...rest, author: articleAuthor(article) },
    html: renderArticleBody(article),
    ...neighbours,
    related,
    structuredData: articleStructuredData(article, base, article.modifiedAt),
    share: { url, kakaoKey: env.KAKAO_JS_KEY ?? null, image: `${base}${article.ogImage}` },
    calendar,
  };
}
