// Reader indexes beyond the article lists: every hashtag with its count, and every article with 일시 as a
// 행사 일정 (upcoming first, then past ones by month).
import { prisma } from "~/utils/db.server";
import { kstParts } from "~/utils/format";
import { visibleArticleWhere } from "./visibility.server";

export async function listHashtags() {
  const tags = await prisma.tag.findMany({
    select: { name: true, _count: { select: { articles: { where: { article: visibleArticleWhere() } } } } },
  });
  return tags
    .filter((t) => t._count.articles > 0)
    .map((t) => ({ name: t.name, count: t._count.articles }))
    .sort((a, b) => a.name.localeCompare(b.name, "ko"));
}

export async function listEvents(now = new Date()) {
  const rows = await prisma.article.findMany({
    where: { AND: [visibleArticleWhere(now), { eventStartsAt: { not: null } }] },
    orderBy: [{ eventStartsAt: "asc" }, { id: "asc" }],
    select: {
      slug: true,
      title: true,
      summary: true,
      eventStartsAt: true,
      eventEndsAt: true,
      eventPlace: true,
      center: { select: { shortName: true } },
    },
  });
  const events = rows.map((r) => ({ ...r, eventStartsAt: r.eventStartsAt! }));
  // An event is upcoming until it ends; one without an end time until the end of its day in Seoul.
  const endOf = (e: (typeof events)[number]) => e.eventEndsAt ?? endOfKstDay(e.eventStartsAt);
  const upcoming = events.filter((e) => endOf(e) >= now);
  const past = events.filter((e) => endOf(e) < now).reverse();
  const months = new Map<string, typeof past>();
  for (const e of past) {
    const p = kstParts(e.eventStartsAt);
    const key = `${p.year}년 ${p.month}월`;
    months.set(key, [...(months.get(key) ?? []), e]);
  }
  return { upcoming, past: [...months].map(([month, list]) => ({ month, events: list })) };
}

function endOfKstDay(at: Date) {
  const p = kstParts(at);
  return new Date(Date.UTC(p.year, p.month - 1, p.day, 24 - 9));
}
