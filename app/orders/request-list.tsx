// The list of requests on /admin/requests and /center/requests: a filter by kind and state (GET, works without
// JavaScript) and one line per request linking to the order page where it is answered and carried on.
import { Form, Link } from "@remix-run/react";
import { FULFILMENT_STAFF_LABEL } from "./part-states";
import {
  isPartRequestKind,
  isPartRequestStatus,
  PART_REQUEST_KIND_LABEL,
  PART_REQUEST_KINDS,
  PART_REQUEST_ORIGIN_LABEL,
  PART_REQUEST_STATUS_LABEL,
  PART_REQUEST_STATUSES,
  requestStateLabel,
  type PartRequestKind,
  type PartRequestStatus,
} from "./part-request-rules";
import type { RequestRow } from "./part-request-summary";
import { formatDateTime } from "~/utils/format";
import type { FulfilmentStatus } from "~/generated/prisma/enums";

type ListRow = RequestRow & {
  order: { number: string; ordererName: string };
  fulfilment: { status: FulfilmentStatus; center: { shortName: string } };
};

/** Reads ?kind= and ?status= (OPEN unless ALL) for the list. */
export function requestFilter(url: URL) {
  const kindParam = url.searchParams.get("kind");
  const statusParam = url.searchParams.get("status") ?? "OPEN";
  return {
    kind: isPartRequestKind(kindParam) ? kindParam : null,
    status: isPartRequestStatus(statusParam) ? statusParam : null,
  };
}

export function RequestList({
  rows,
  kind,
  status,
  ordersPath,
}: {
  rows: ListRow[];
  kind: PartRequestKind | null;
  status: PartRequestStatus | null;
  /** /admin/orders or /center/orders */
  ordersPath: string;
}) {
  return (
    <>
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
              <Link to={`${ordersPath}/${r.order.number}`} className="font-bold underline">
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
    </>
  );
}
