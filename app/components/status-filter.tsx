import { Form, Link } from "@remix-run/react";

type Tab = { value: string | null; label: string; count: number };

/** A staff list's search box and its status tabs with counts; both keep the other's choice in the URL. */
export function StatusFilter({
  basePath,
  status,
  q,
  tabs,
  inputId,
  searchLabel,
  placeholder,
  tabsLabel,
  className = "mt-5",
}: {
  basePath: string;
  status: string | null;
  q: string;
  tabs: Tab[];
  inputId: string;
  searchLabel: string;
  placeholder: string;
  tabsLabel: string;
  className?: string;
}) {
  const href = (s: string | null) => {
    const params = new URLSearchParams();
    if (s) params.set("status", s);
    if (q) params.set("q", q);
    const qs = params.toString();
    return qs ? `${basePath}?${qs}` : basePath;
  };
  return (
    <>
      <Form method="get" action={basePath} className={`${className} flex gap-2`} role="search">
        {status ? <input type="hidden" name="status" value={status} /> : null}
        <label htmlFor={inputId} className="sr-only">
          {searchLabel}
        </label>
        <input
          id={inputId}
          name="q"
          type="search"
          defaultValue={q}
          placeholder={placeholder}
          className="input min-w-0 flex-1"
        />
        <button type="submit" className="btn btn-ghost">
          검색
        </button>
      </Form>
      <nav aria-label={tabsLabel} className="mt-4 flex flex-wrap gap-2">
        {tabs.map((tab) => (
          <Link
            key={tab.label}
            to={href(tab.value)}
            aria-current={tab.value === status ? "page" : undefined}
            className="tag min-h-11 whitespace-nowrap"
          >
            {tab.label} {tab.count}
          </Link>
        ))}
      </nav>
    </>
  );
}
