import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { PageHeader } from "~/components/page-header";
import { listEvents } from "~/news/listings.server";
import { formatEventRange, toKstIso } from "~/utils/format";
import { publicPageHeaders } from "~/utils/http.server";
import { baseUrlFrom, seo } from "~/utils/seo";

export async function loader() {
  return await listEvents();
}

export const headers = publicPageHeaders;

type Event = Awaited<ReturnType<typeof loader>>["upcoming"][number];

export default function EventsPage() {
  const { upcoming, past } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader eyebrow="광주자활뉴스" title="행사 일정">
        <p>기사에 실린 자활센터 행사를 다가오는 순서로, 지난 행사는 달별로 모았습니다.</p>
      </PageHeader>
      <div className="container-page mt-8 max-w-3xl">
        <section aria-labelledby="upcoming-events">
          <h2 id="upcoming-events" className="section-title mb-4">
            다가오는 행사
          </h2>
          {upcoming.length ? (
            <EventList events={upcoming} />
          ) : (
            <p className="text-ink-soft">예정된 행사가 없습니다. 지난 행사를 둘러보세요.</p>
          )}
        </section>
        {past.map((group, i) => (
          <section key={group.month} aria-labelledby={`past-events-${i}`} className="mt-10">
            <h2 id={`past-events-${i}`} className="section-title mb-4">
              {group.month} 지난 행사
            </h2>
            <EventList events={group.events} />
          </section>
        ))}
      </div>
    </>
  );
}

function EventList({ events }: { events: Event[] }) {
  return (
    <ul className="divide-y divide-line rounded-xl border border-line bg-white">
      {events.map((event) => (
        <li key={event.slug} className="p-4">
          <p className="text-sm font-semibold text-teal-800">
            <time dateTime={toKstIso(event.eventStartsAt)}>
              {formatEventRange(event.eventStartsAt, event.eventEndsAt)}
            </time>
            {event.eventPlace ? ` · ${event.eventPlace}` : ""}
          </p>
          <h3 className="mt-1 text-lg font-bold">
            <Link to={`/news/${event.slug}`} className="text-ink hover:text-teal-800 hover:underline">
              {event.title}
            </Link>
          </h3>
          <p className="mt-1 line-clamp-2 text-sm text-ink-soft">{event.summary}</p>
        </li>
      ))}
    </ul>
  );
}

export const meta: MetaFunction<typeof loader> = ({ matches }) =>
  seo({
    baseUrl: baseUrlFrom(matches),
    path: "/events",
    title: "행사 일정",
    description: "광주광역자활센터와 지역자활센터 행사 일정: 다가오는 행사와 지난 행사",
  });
