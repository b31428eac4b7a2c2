import type { LoaderFunctionArgs } from "@remix-run/node";
import { eventIcs } from "~/news/event-calendar.server";
import { getArticle } from "~/news/news.server";
import { env } from "~/utils/env.server";
import { notFound } from "~/utils/http.server";

// "캘린더에 추가": the article's 일시 as an iCalendar file.
export async function loader({ params }: LoaderFunctionArgs) {
  const article = await getArticle(params.slug ?? "");
  if (!article?.eventStartsAt) notFound();
  const ics = eventIcs(
    {
      slug: article.slug,
      title: article.title,
      summary: article.summary,
      url: `${env.PUBLIC_BASE_URL}/news/${article.slug}`,
      startsAt: article.eventStartsAt,
      endsAt: article.eventEndsAt,
      place: article.eventPlace,
      host: article.eventHost,
    },
    new URL(env.PUBLIC_BASE_URL).host,
  );
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${article.slug}.ics"`,
      "Cache-Control": "public, max-age=300",
    },
  });
}
