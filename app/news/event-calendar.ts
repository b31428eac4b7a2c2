// An article's 일시 as calendar entries: the Google Calendar link (shared by server and browser) and the
// times the .ics file (event-calendar.server.ts) uses. A start at KST midnight with no end is a day-only
// event (the time was not announced), as formatEventRange reads it.
import { isKstMidnight, kstParts } from "~/utils/format";

export type CalendarEvent = {
  title: string;
  summary: string;
  url: string;
  startsAt: Date;
  endsAt: Date | null;
  place: string | null;
};

const DAY_MS = 86_400_000;
const pad = (n: number) => String(n).padStart(2, "0");

export function isDayOnly(event: Pick<CalendarEvent, "startsAt" | "endsAt">) {
  return !event.endsAt && isKstMidnight(event.startsAt);
}

/** [year, month, day] of a moment in Asia/Seoul. */
export function kstDate(at: Date): [number, number, number] {
  const p = kstParts(at);
  return [p.year, p.month, p.day];
}

/** Without an announced end, a timed event is entered as two hours long (calendars need an end). */
export function eventEnd(event: Pick<CalendarEvent, "startsAt" | "endsAt">): Date {
  if (event.endsAt) return event.endsAt;
  return new Date(event.startsAt.getTime() + (isDayOnly(event) ? DAY_MS : 2 * 3_600_000));
}

function utcStamp(at: Date) {
  return at
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

export function googleCalendarUrl(event: CalendarEvent) {
  const dates = isDayOnly(event)
    ? [event.startsAt, eventEnd(event)].map((d) => kstDate(d).map(pad).join("")).join("/")
    : `${utcStamp(event.startsAt)}/${utcStamp(eventEnd(event))}`;
  const params = new URLSearchParams({
    action: "TEMPLATE",
    text: event.title,
    dates,
    details: `${event.summary}\n\n${event.url}`,
    ctz: "Asia/Seoul",
  });
  if (event.place) params.set("location", event.place);
  return `https://calendar.google.com/calendar/render?${params}`;
}
