import { actionLabel } from "~/audit/audit-labels";
import { formatDateTime } from "~/utils/format";

type Entry = {
  id: number;
  action: string;
  detail: string;
  createdAt: string | Date;
  user: { name: string } | null;
};

/** The latest audit entries about one thing (a product, a center, an account), newest first. */
export function AuditTrail({ entries, empty }: { entries: Entry[]; empty: string }) {
  if (entries.length === 0) return <p className="text-sm text-ink-soft">{empty}</p>;
  return (
    <ol className="space-y-3 text-sm">
      {entries.map((e) => (
        <li key={e.id} className="border-l-2 border-teal-200 pl-3">
          <p className="text-ink-soft">
            <time dateTime={new Date(e.createdAt).toISOString()}>{formatDateTime(e.createdAt)}</time> ·{" "}
            {e.user?.name ?? "시스템"}
          </p>
          <p className="font-semibold text-teal-950">{actionLabel(e.action)}</p>
          {e.detail ? <p className="break-words">{e.detail}</p> : null}
        </li>
      ))}
    </ol>
  );
}

/** "최근 기록" box of an admin edit page. */
export function AuditPanel({ entries, className = "" }: { entries: Entry[]; className?: string }) {
  return (
    <section
      aria-labelledby="history-title"
      className={`rounded-xl border border-line bg-white p-4 sm:p-6 ${className}`}
    >
      <h2 id="history-title" className="mb-3 text-lg font-extrabold text-teal-950">
        최근 기록
      </h2>
      <AuditTrail entries={entries} empty="아직 기록이 없습니다." />
    </section>
  );
}
