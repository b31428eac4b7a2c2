import { Link } from "@remix-run/react";

/** Numbered pages as plain links (`?page=N`), so paging works without JavaScript and is crawlable. */
export function Pagination({
  page,
  pageCount,
  basePath,
  params = {},
}: {
  page: number;
  pageCount: number;
  basePath: string;
  params?: Record<string, string>;
}) {
  if (pageCount <= 1) return null;
  const href = (p: number) => {
    const search = new URLSearchParams(params);
    if (p > 1) search.set("page", String(p));
    const qs = search.toString();
    return qs ? `${basePath}?${qs}` : basePath;
  };
  const first = Math.max(1, Math.min(page - 2, pageCount - 4));
  const pages = Array.from({ length: Math.min(5, pageCount) }, (_, i) => first + i);
  return (
    <nav aria-label="페이지 이동" className="mt-10 flex flex-wrap items-center justify-center gap-1">
      {page > 1 ? (
        <Link to={href(page - 1)} className="page-link" rel="prev">
          이전
        </Link>
      ) : null}
      {pages.map((p) =>
        p === page ? (
          <span key={p} aria-current="page" className="page-link page-link-current">
            {p}
          </span>
        ) : (
          <Link key={p} to={href(p)} className="page-link" aria-label={`${p}쪽`}>
            {p}
          </Link>
        ),
      )}
      {page < pageCount ? (
        <Link to={href(page + 1)} className="page-link" rel="next">
          다음
        </Link>
      ) : null}
    </nav>
  );
}

/** Reads `?page=` leniently: anything that isn't a positive integer is page 1. */
export function readPage(request: Request): number {
  const raw = new URL(request.url).searchParams.get("page");
  const page = raw && /^\d{1,6}$/.test(raw) ? Number(raw) : 1;
  return page >= 1 ? page : 1;
}
