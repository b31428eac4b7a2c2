import { FULFILMENT_STAFF_LABEL, type FulfilmentStatus } from "~/orders/part-states";
import { formatDateTime } from "~/utils/format";

type LogEvent = {
  id: number;
  fromStatus: FulfilmentStatus;
  toStatus: FulfilmentStatus;
  note: string;
  createdAt: string | Date;
  user: { name: string } | null;
};

const label = (status: FulfilmentStatus) => FULFILMENT_STAFF_LABEL[status];

/** Who moved a part from which state to which, when, with what note. */
export function FulfilmentLog({ events, title = "처리 기록" }: { events: LogEvent[]; title?: string }) {
  return (
    <section aria-label={title} className="rounded-xl border border-line bg-white p-4">
      <h2 className="section-title text-lg">{title}</h2>
      {events.length === 0 ? (
        <p className="mt-2 text-ink-soft">아직 처리 기록이 없습니다.</p>
      ) : (
        <ol className="mt-3 space-y-2 text-[15px]">
          {events.map((e) => (
            <li key={e.id} className="flex flex-wrap gap-x-3 border-b border-line pb-2 last:border-0">
              <time className="text-ink-soft">{formatDateTime(e.createdAt)}</time>
              <span className="font-semibold">
                {label(e.fromStatus)} → {label(e.toStatus)}
              </span>
              <span>{e.user?.name ?? "시스템"}</span>
              {e.note ? <span className="text-ink-soft">{e.note}</span> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
