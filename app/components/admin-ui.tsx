import { Link } from "@remix-run/react";
import type { ReactNode } from "react";

/** Title row of an admin page: an optional way back, the title, and the page's main actions. */
export function AdminHeading({
  title,
  back,
  actions,
  children,
}: {
  title: string;
  back?: { to: string; label: string };
  actions?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <div className="mb-6">
      {back ? (
        <Link
          to={back.to}
          className="-ml-2 inline-flex min-h-11 items-center px-2 text-sm font-semibold text-teal-700 hover:underline"
        >
          <span aria-hidden="true">‹&nbsp;</span>
          {back.label}
        </Link>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="mr-auto text-2xl font-extrabold tracking-tight text-teal-950 sm:text-3xl">{title}</h1>
        {actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
      </div>
      {children ? <div className="mt-2 text-ink-soft">{children}</div> : null}
    </div>
  );
}

/** Small coloured label for a state (공개/숨김, 사용 중/사용 중지). */
export function StateTag({ children, tone }: { children: ReactNode; tone: "on" | "off" | "warn" }) {
  const colours = {
    on: "bg-teal-50 text-teal-800",
    off: "bg-[#eceae5] text-ink-soft",
    warn: "bg-orange-50 text-orange-700",
  }[tone];
  return (
    <span className={`inline-flex min-h-7 items-center rounded-full px-2.5 text-xs font-bold ${colours}`}>
      {children}
    </span>
  );
}

export type AdminColumn<T> = {
  header: string;
  cell: (row: T) => ReactNode;
  className?: string;
};

/**
 * A table on wide screens; on phones each row becomes a card whose cells carry their column's name
 * (from data-label). The first column is the card's title and needs no label.
 */
export function AdminTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  empty,
}: {
  caption: string;
  columns: AdminColumn<T>[];
  rows: T[];
  rowKey: (row: T) => string | number;
  empty: ReactNode;
}) {
  if (rows.length === 0) {
    return (
      <p className="rounded-xl border border-dashed border-line bg-white p-8 text-center text-ink-soft">{empty}</p>
    );
  }
  return (
    <table className="admin-table w-full text-[15px]">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.header} scope="col" className={c.className}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>
            {columns.map((c) => (
              <td key={c.header} data-label={c.header} className={c.className}>
                {c.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Filters of a list as a GET form, so they work without JavaScript and can be bookmarked. */
export function FilterBar({ children, resetTo }: { children: ReactNode; resetTo: string }) {
  return (
    <form
      method="get"
      className="mb-6 flex flex-wrap items-end gap-3 rounded-xl border border-line bg-white p-4"
      aria-label="검색 조건"
    >
      {children}
      <div className="flex gap-2">
        <button type="submit" className="btn btn-primary">
          보기
        </button>
        <Link to={resetTo} className="btn btn-ghost">
          초기화
        </Link>
      </div>
    </form>
  );
}
