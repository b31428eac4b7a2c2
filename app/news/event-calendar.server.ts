import { createEvent, type EventAttributes } from "ics";
import { SITE } from "~/site";
import { eventEnd, isDayOnly, kstDate, type CalendarEvent } from "./event-calendar";

/** The article's event as an iCalendar file (RFC 5545), for "캘린더에 추가". */
export function eventIcs(event: CalendarEvent & { slug: string; host: string | null }, host: string) {
  const times = isDayOnly(event)
    ? { start: kstDate(event.startsAt), end: kstDate(eventEnd(event)) }
    : {
        start: event.startsAt.getTime(),
        end: eventEnd(event).getTime(),
        startInputType: "utc" as const,
        startOutputType: "utc" as const,
        endInputType: "utc" as const,
        endOutputType: "utc" as const,
      };
  const { error, value } = createEvent({
    ...times,
    uid: `${event.slug}@${host}`,
    title: event.title,
    // ORGANIZER needs an e-mail address we don't have; the host goes in the description instead.
    description: `${event.summary}${event.host ? `\n\n주최: ${event.host}` : ""}\n\n${event.url}`,
    url: event.url,
    ...(event.place ? { location: event.place } : {}),
    productId: `-//${SITE.publisher}//${SITE.name}//KO`,
    calName: SITE.name,
  } as EventAttributes);
  if (error || !value) throw error ?? new Error("ics: empty calendar");
  return value;
}
