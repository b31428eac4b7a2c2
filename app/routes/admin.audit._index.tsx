import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/accounts/session.server";
import { actionLabel, entityLabel } from "~/audit/audit-labels";
import { describeAuditTargets, type AuditTarget } from "~/audit/audit-targets.server";
import { auditFilterChoices, countAuditLog, listAuditLog, type AuditLogEntry } from "~/audit/audit.server";
import { AdminHeading, AdminTable, FilterBar, type AdminColumn } from "~/components/admin-ui";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Pagination, readPage } from "~/components/pagination";
import { formatDateTime } from "~/utils/format";
import { assertPageInRange } from "~/utils/http.server";

const PAGE_SIZE = 30;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, ["ADMIN"]);
  const search = new URL(request.url).searchParams;
  const choices = await auditFilterChoices();
  const entity = choices.entities.find((e) => e === search.get("entity"));
  const userParam = search.get("user") ?? "";
  const userId = /^\d{1,9}$/.test(userParam) ? Number(userParam) : undefined;
  const filter = { entity, userId };
  const page = readPage(request);
  const total = await countAuditLog(filter);
  const pageCount = Math.ceil(total / PAGE_SIZE);
  assertPageInRange(page, pageCount);
  const rows = await listAuditLog({ ...filter, take: PAGE_SIZE, skip: (page - 1) * PAGE_SIZE });
  const targets = await describeAuditTargets(rows);
  const entries = rows.map((row, i) => ({ ...row, target: targets[i]! }));
  return {
    entries,
    total,
    page,
    pageCount,
    choices,
    selected: { entity: entity ?? "", user: userId ? String(userId) : "" },
  };
}

type Row = Omit<AuditLogEntry, "createdAt"> & { createdAt: string | Date; target: AuditTarget };

const columns: AdminColumn<Row>[] = [
  {
    header: "내용",
    cell: (e) => (
      <div>
        <p className="font-bold text-teal-950">{actionLabel(e.action)}</p>
        {e.detail ? <p className="mt-0.5 break-words text-ink">{e.detail}</p> : null}
      </div>
    ),
  },
  {
    header: "대상",
    cell: ({ target }) =>
      target.href ? (
        <Link to={target.href} className="break-words text-teal-800 underline underline-offset-2">
          {target.label}
        </Link>
      ) : (
        <span className="break-words">{target.label}</span>
      ),
  },
  { header: "작업자", cell: (e) => e.user?.name ?? "시스템", className: "whitespace-nowrap" },
  {
    header: "시각",
    className: "whitespace-nowrap",
    cell: (e) => <time dateTime={new Date(e.createdAt).toISOString()}>{formatDateTime(e.createdAt)}</time>,
  },
];

export default function AuditLogPage() {
  const { entries, total, page, pageCount, choices, selected } = useLoaderData<typeof loader>();
  const params = Object.fromEntries(Object.entries(selected).filter(([, v]) => v !== ""));
  return (
    <>
      <AdminHeading title="작업 기록">
        관리 화면에서 한 일이 누가, 언제, 무엇을 했는지 남습니다. 시각은 한국 시간입니다.
      </AdminHeading>
      <FilterBar resetTo="/admin/audit">
        <label className="grid gap-1 text-sm font-bold text-teal-950">
          대상
          <select name="entity" defaultValue={selected.entity} className="input min-w-36 font-normal">
            <option value="">전체</option>
            {choices.entities.map((e) => (
              <option key={e} value={e}>
                {entityLabel(e)}
              </option>
            ))}
          </select>
        </label>
        <label className="grid gap-1 text-sm font-bold text-teal-950">
          작업자
          <select name="user" defaultValue={selected.user} className="input min-w-36 font-normal">
            <option value="">전체</option>
            {choices.users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </label>
      </FilterBar>
      <p className="mb-3 text-sm text-ink-soft" aria-live="polite">
        {total.toLocaleString("ko-KR")}건{pageCount > 1 ? ` · ${page}/${pageCount}쪽` : ""}
      </p>
      <AdminTable
        caption="작업 기록"
        columns={columns}
        rows={entries}
        rowKey={(e) => e.id}
        empty="조건에 맞는 기록이 없습니다."
      />
      <Pagination page={page} pageCount={pageCount} basePath="/admin/audit" params={params} />
    </>
  );
}

export const meta: MetaFunction = () => [{ title: "작업 기록 | 광주자활뉴스" }, { name: "robots", content: "noindex" }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
