import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/accounts/session.server";
import { AdminHeading } from "~/components/admin-ui";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FULFILMENT_STAFF_LABEL } from "~/orders/part-states";
import { listAdminRequests } from "~/orders/part-request-queries.server";
import {
  isPartRequestKind,
  isPartRequestStatus,
  PART_REQUEST_KIND_LABEL,
  PART_REQUEST_KINDS,
  PART_REQUEST_ORIGIN_LABEL,
  PART_REQUEST_STATUS_LABEL,
  PART_REQUEST_STATUSES,
  requestStateLabel,
} from "~/orders/part-request-rules";
import { formatDateTime } from "~/utils/format";

// Requests about the centers' parts: open ones first (the default filter); answered on the admin order page.
export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, ["ADMIN"]);
  const url = new URL(request.url);
  const kindParam = url.searchParams.get("kind");
  const statusParam = url.searchParams.get("status") ?? "OPEN";
  const kind = isPartRequestKind(kindParam) ? kindParam : null;
  const status = isPartRequestStatus(statusParam) ? statusParam : null;
  const { rows, open } = await listAdminRequests({ kind, status });
  return { rows, open, kind, status };
}

export default function AdminRequests() {
  const { rows, open, kind, status } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-5">
      <AdminHeading title="취소·반품·교환 요청">
        처리 대기 {open.toLocaleString("ko-KR")}건. 주문번호를 누르면 주문 화면에서 승인하거나 거절할 수 있습니다.
      </AdminHeading>
      <Form method="get" className="flex flex-wrap items-end gap-3">
        <label className="grid gap-1 text-sm font-semibold">
          종류
          <select name="kind" defaultValue={kind ?? ""} className="input">
            <option value="">전체</option>
            {PART_REQUEST_KINDS.map((k) => (
              <option key={k} value={k}>
                {PART_REQUEST_KIND_LABEL[k]}
              </option>
            ))}
          </select>
        </label>
        <label className="grid gap-1 text-sm font-semibold">
          상태
          <select name="status" defaultValue={status ?? "ALL"} className="input">
            <option value="ALL">전체</option>
            {PART_REQUEST_STATUSES.map((s) => (
              <option key={s} value={s}>
                {PART_REQUEST_STATUS_LABEL[s]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="btn">
          보기
        </button>
      </Form>
      {rows.length === 0 ? (
        <p className="text-ink-soft">해당하는 요청이 없습니다.</p>
      ) : (
        <ul className="divide-y divide-line rounded-xl border border-line bg-white">
          {rows.map((r) => (
            <li key={r.id} className="flex flex-wrap items-baseline gap-x-4 gap-y-1 px-4 py-3 text-[15px]">
              <Link to={`/admin/orders/${r.order.number}`} className="font-bold underline">
                {r.order.number}
              </Link>
              <span>
                {r.fulfilment.center.shortName} · {PART_REQUEST_KIND_LABEL[r.kind]} ·{" "}
                {PART_REQUEST_ORIGIN_LABEL[r.origin]}
                {r.origin === "CUSTOMER" ? ` ${r.order.ordererName}` : r.requestedBy ? ` ${r.requestedBy.name}` : ""}
              </span>
              <span className="font-semibold">{requestStateLabel(r)}</span>
              <span className="text-ink-soft">
                {r.reasonCode} · 상품 {FULFILMENT_STAFF_LABEL[r.fulfilment.status]} · {formatDateTime(r.createdAt)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export const meta: MetaFunction = () => [
  { title: "취소·반품·교환 요청 | 관리" },
  { name: "robots", content: "noindex" },
];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
