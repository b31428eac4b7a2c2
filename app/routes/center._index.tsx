import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { requireCenterStaff } from "~/accounts/session.server";
import {
  ActionMessages,
  PartActionButton,
  PartLines,
  Parcels,
  PartSummary,
  Recipient,
  ShipForm,
} from "~/fulfilment/center-order-parts";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Pagination, readPage } from "~/components/pagination";
import { handleCenterOrderAction } from "~/fulfilment/center-actions.server";
import { CENTER_ORDERS_PAGE_SIZE, listCenterOrders } from "~/fulfilment/center-orders.server";
import { FULFILMENT_STAFF_LABEL, FULFILMENT_STATUSES, isFulfilmentStatus } from "~/orders/part-states";
import { noticeText } from "~/fulfilment/notices";

export async function loader({ request }: LoaderFunctionArgs) {
  const staff = await requireCenterStaff(request);
  const params = new URL(request.url).searchParams;
  const rawStatus = params.get("status") ?? "NEW";
  const status = isFulfilmentStatus(rawStatus) ? rawStatus : "NEW";
  const q = (params.get("q") ?? "").slice(0, 50);
  const page = readPage(request);
  const { rows, total, counts } = await listCenterOrders({ centerId: staff.centerId, status, q, page });
  return { rows, total, counts, status, q, page, pageCount: Math.ceil(total / CENTER_ORDERS_PAGE_SIZE) };
}

export async function action({ request }: ActionFunctionArgs) {
  const staff = await requireCenterStaff(request);
  return handleCenterOrderAction(request, staff);
}

export default function CenterOrdersPage() {
  const { rows, counts, status, q, page, pageCount, total } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const notice = noticeText(params.get("notice"));
  const tabHref = (s: string) => `/center?${new URLSearchParams({ status: s, ...(q ? { q } : {}) })}`;
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-end gap-3">
        <h1 className="text-2xl font-extrabold text-teal-950">주문 관리</h1>
        <div className="ml-auto flex flex-wrap gap-2 text-sm font-semibold">
          <Link to="/center/shipping" className="btn btn-ghost min-h-11">
            발송 준비 (송장 일괄등록·출력)
          </Link>
        </div>
      </div>
      <ActionMessages notice={notice} actionData={actionData} />

      <nav aria-label="주문 상태" className="flex flex-wrap gap-2">
        {FULFILMENT_STATUSES.map((s) => (
          <Link
            key={s}
            to={tabHref(s)}
            aria-current={s === status ? "page" : undefined}
            className={`inline-flex min-h-11 shrink-0 items-center gap-1.5 rounded-full border px-4 font-bold ${
              s === status ? "border-teal-800 bg-teal-800 text-white" : "border-line bg-white text-teal-900"
            }`}
          >
            {FULFILMENT_STAFF_LABEL[s]}
            <span className={`rounded-full px-2 text-sm ${s === status ? "bg-white/20" : "bg-teal-50"}`}>
              {counts[s]}
            </span>
          </Link>
        ))}
      </nav>

      <Form method="get" role="search" className="flex gap-2">
        <input type="hidden" name="status" value={status} />
        <label htmlFor="order-search" className="sr-only">
          주문번호 또는 받는 분 이름
        </label>
        <input
          id="order-search"
          type="search"
          name="q"
          defaultValue={q}
          placeholder="주문번호 또는 받는 분 이름"
          className="input min-w-0 flex-1"
        />
        <button type="submit" className="btn btn-primary min-h-11 shrink-0">
          검색
        </button>
      </Form>

      {rows.length === 0 ? (
        <p className="rounded-xl border border-dashed border-line p-8 text-center text-ink-soft">
          {q
            ? `‘${q}’에 맞는 ${FULFILMENT_STAFF_LABEL[status]} 주문이 없습니다.`
            : `${FULFILMENT_STAFF_LABEL[status]} 주문이 없습니다.`}
        </p>
      ) : (
        <>
          {status === "NEW" ? (
            <Form method="post" id="bulk-accept" className="flex flex-wrap items-center gap-3 rounded-xl bg-cream p-3">
              <input type="hidden" name="intent" value="accept" />
              <p className="text-sm">발주확인할 주문을 고른 뒤 누르세요.</p>
              <button type="submit" className="btn btn-accent ml-auto min-h-11">
                선택한 주문 발주확인
              </button>
            </Form>
          ) : null}
          <ul className="space-y-3" aria-label={`${FULFILMENT_STAFF_LABEL[status]} 주문 ${total}건`}>
            {rows.map((part) => (
              <li key={part.id} className="rounded-xl border border-line bg-white p-4 shadow-sm">
                <div className="flex gap-3">
                  {status === "NEW" ? (
                    <input
                      type="checkbox"
                      name="fulfilmentId"
                      value={part.id}
                      form="bulk-accept"
                      aria-label={`${part.order.number} 선택`}
                      className="mt-1 size-6 shrink-0 accent-teal-800"
                    />
                  ) : null}
                  <div className="min-w-0 flex-1 space-y-3">
                    <PartSummary part={part} />
                    <PartLines items={part.items} />
                    <Recipient order={part.order} />
                    <Parcels shipments={part.shipments} />
                    {part.status === "NEW" ? (
                      <PartActionButton fulfilmentId={part.id} intent="accept" label="발주확인" />
                    ) : null}
                    {part.status === "ACCEPTED" ? (
                      <ShipForm
                        fulfilmentId={part.id}
                        lastResult={
                          actionData?.intent === "ship" && actionData.fulfilmentId === String(part.id)
                            ? actionData.result
                            : undefined
                        }
                      />
                    ) : null}
                    {part.status === "SHIPPED" ? (
                      <PartActionButton fulfilmentId={part.id} intent="deliver" label="배송완료로 변경" />
                    ) : null}
                  </div>
                </div>
              </li>
            ))}
          </ul>
          <Pagination page={page} pageCount={pageCount} basePath="/center" params={{ status, ...(q ? { q } : {}) }} />
        </>
      )}
    </div>
  );
}

export const meta: MetaFunction = () => [{ title: "주문 관리 | 센터 업무" }, { name: "robots", content: "noindex" }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
