import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/accounts/session.server";
import { ArticleStateCell, ArticleTitleCell } from "~/cms/article-cells";
import { ARTICLE_STATUSES, STATUS_LABEL } from "~/cms/article-states";
import {
  articleOptions,
  countByStatus,
  listArticles,
  readArticleFilters,
  type ArticleFilters,
  type ArticleRow,
} from "~/cms/articles.server";
import { AdminHeading, AdminTable, FilterBar, type AdminColumn } from "~/components/admin-ui";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Pagination, readPage } from "~/components/pagination";
import { formatDateTime } from "~/utils/format";
import { assertPageInRange } from "~/utils/http.server";

const BASE_PATH = "/admin/articles";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, ["ADMIN", "EDITOR"]);
  const filters = readArticleFilters(new URL(request.url));
  const page = readPage(request);
  const [list, counts, options] = await Promise.all([listArticles(filters, page), countByStatus(), articleOptions()]);
  assertPageInRange(page, list.pageCount);
  return { ...list, counts, filters, options };
}

const columns: AdminColumn<ArticleRow>[] = [
  { header: "제목", cell: (a) => <ArticleTitleCell row={a} to={`${BASE_PATH}/${a.id}`} /> },
  { header: "상태", cell: (a) => <ArticleStateCell row={a} /> },
  {
    header: "분류",
    cell: (a) => (
      <div className="text-sm leading-relaxed">
        <p>{a.section?.name ?? "섹션 없음"}</p>
        {a.issue ? <p className="text-ink-soft">{a.issue.title}</p> : null}
        {a.center ? <p className="text-ink-soft">{a.center.shortName} 센터</p> : null}
      </div>
    ),
    className: "whitespace-nowrap",
  },
  { header: "작성자", cell: (a) => a.author?.name ?? "—", className: "whitespace-nowrap" },
  {
    header: "수정",
    cell: (a) => <span className="text-sm whitespace-nowrap text-ink-soft">{formatDateTime(a.updatedAt)}</span>,
  },
];

/** The query string of the list with `changes` applied (page reset), for tabs and pagination. */
function filterParams(filters: ArticleFilters, changes: Partial<Record<string, string | null>> = {}) {
  const params: Record<string, string> = {};
  const base: Record<string, string | number | null> = {
    q: filters.q || null,
    status: filters.status,
    issue: filters.issueId,
    section: filters.sectionId,
    center: filters.centerId,
    author: filters.authorId,
  };
  for (const [key, value] of Object.entries({ ...base, ...changes })) if (value) params[key] = String(value);
  return params;
}

export default function AdminArticles() {
  const { articles, total, page, pageCount, counts, filters, options } = useLoaderData<typeof loader>();
  const all = Object.values(counts).reduce((sum, n) => sum + n, 0);
  const tabs = [
    { value: null, label: "전체", count: all },
    ...ARTICLE_STATUSES.map((s) => ({ value: s, label: STATUS_LABEL[s], count: counts[s] })),
  ];
  const href = (status: string | null) => {
    const qs = new URLSearchParams(filterParams(filters, { status })).toString();
    return qs ? `${BASE_PATH}?${qs}` : BASE_PATH;
  };
  const select = (name: string, label: string, value: number | null, items: { id: number; label: string }[]) => (
    <div className="min-w-36 flex-1 sm:flex-none">
      <label htmlFor={`filter-${name}`} className="mb-1 block text-sm font-bold text-teal-950">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className="input w-full">
        <option value="">전체</option>
        {items.map((item) => (
          <option key={item.id} value={item.id}>
            {item.label}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <>
      <AdminHeading
        title="기사"
        actions={
          <Link to={`${BASE_PATH}/new`} className="btn btn-primary">
            새 기사 쓰기
          </Link>
        }
      >
        센터가 검토를 요청한 기사는 ‘검토요청’에서 확인하세요.
      </AdminHeading>

      <nav aria-label="기사 상태" className="-mx-1 mb-4 flex gap-2 overflow-x-auto px-1 pb-1">
        {tabs.map((tab) => (
          <Link
            key={tab.label}
            to={href(tab.value)}
            aria-current={tab.value === filters.status ? "page" : undefined}
            className="tag min-h-11 shrink-0 px-4 whitespace-nowrap"
          >
            {tab.label} <span className="ml-1 tabular-nums opacity-80">{tab.count}</span>
          </Link>
        ))}
      </nav>

      <FilterBar resetTo={BASE_PATH}>
        {filters.status ? <input type="hidden" name="status" value={filters.status} /> : null}
        <div className="w-full min-w-48 sm:w-auto sm:flex-1">
          <label htmlFor="filter-q" className="mb-1 block text-sm font-bold text-teal-950">
            검색
          </label>
          <input
            id="filter-q"
            type="search"
            name="q"
            defaultValue={filters.q}
            placeholder="제목, 요약, 본문"
            className="input w-full"
          />
        </div>
        {select(
          "issue",
          "월호",
          filters.issueId,
          options.issues.map((i) => ({ id: i.id, label: i.title })),
        )}
        {select(
          "section",
          "섹션",
          filters.sectionId,
          options.sections.map((s) => ({ id: s.id, label: s.name })),
        )}
        {select(
          "center",
          "센터",
          filters.centerId,
          options.centers.map((c) => ({ id: c.id, label: c.shortName })),
        )}
        {select(
          "author",
          "작성자",
          filters.authorId,
          options.authors.map((u) => ({ id: u.id, label: u.name })),
        )}
      </FilterBar>

      <p className="mb-2 text-sm text-ink-soft" role="status">
        {total.toLocaleString("ko-KR")}건
      </p>
      <AdminTable
        caption="기사 목록"
        columns={columns}
        rows={articles}
        rowKey={(a) => a.id}
        empty={filters.q ? "검색 결과가 없습니다." : "해당하는 기사가 없습니다."}
      />
      <Pagination page={page} pageCount={pageCount} basePath={BASE_PATH} params={filterParams(filters)} />
    </>
  );
}

export const meta: MetaFunction = () => [{ title: "기사 | 관리" }, { name: "robots", content: "noindex" }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
