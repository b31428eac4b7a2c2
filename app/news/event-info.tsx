import { formatEventRange } from "~/utils/format";

/** 일시 / 장소 / 주최, as the webzine prints them under a headline. */
export function EventInfo({
  startsAt,
  endsAt,
  place,
  host,
}: {
  startsAt: Date | null;
  endsAt: Date | null;
  place: string | null;
  host: string | null;
}) {
  if (!startsAt && !place && !host) return null;
  return (
    <section aria-label="행사 정보" className="rounded-xl border border-teal-200 bg-teal-50 px-5 py-4">
      <dl className="grid grid-cols-[3.5rem_1fr] gap-y-2 text-[15px]">
        {startsAt ? (
          <>
            <dt className="font-bold text-teal-900">일시</dt>
            <dd>{formatEventRange(startsAt, endsAt)}</dd>
          </>
        ) : null}
        {place ? (
          <>
            <dt className="font-bold text-teal-900">장소</dt>
            <dd>{place}</dd>
          </>
        ) : null}
        {host ? (
          <>
            <dt className="font-bold text-teal-900">주최</dt>
            <dd>{host}</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}
